"""Verdicts that pointed the wrong way on the session-65 blind set, each by a general cause (session 66):

- a scope sentence naming its people by a negation ("The advice applies to ... who do not ...") was read as a denial,
  and turned a weak recommendation for the asked thing into a "no";
- asked whether one already on a treatment must stop it, advice against starting it gave "yes" while the sentence after
  it let those already on it go on;
- asked "- do I need an X?", a lean rested on a statement that names no X (a diagnostic manoeuvre's advice).
"""
from __future__ import annotations

import pytest

from index.lexical import tokenize

from service.answer.guideline import verdict_of
from service.answer.polarity import asks_about_going_on, lets_users_go_on
from service.answer.verdict import denies, on_stopping, says_no
from service.answer.verdict_unnamed import lean_off_needed_thing, needed_thing
from tests.service.candidates import guideline_candidate


@pytest.mark.parametrize(("text", "denying"), [
    # a scope sentence: its "do not"/"never" say whom the advice is for
    ("The advice on gizmo checks applies to teenagers aged 12 to 19 who do not ride scooters at present, whether they "
     "have never ridden or gave it up, and who do not have a balance disorder.", False),
    ("These steps apply to adults who have not had a frobnitis flare in the past year.", False),
    # a denial in the main clause still denies
    ("The advice on gizmo checks does not apply to teenagers who ride scooters.", True),
    ("Gizmo checks did not lower scooter falls, whether riders were young or old.", True),
    # a participle "applied" opens no scope clause: the predicate after it still denies
    ("Gizmo gel applied where the graze had festered did not speed up healing.", True),
    # nor a bare "whether" with no alternatives: what follows it is no restriction
    ("Riders were asked whether they wore helmets and gizmo checks did not lower falls.", True),
])
def test_a_scope_sentence_names_its_people_and_denies_nothing(text: str, denying: bool) -> None:
    assert denies(text) is denying
    assert says_no(text) is denying


LET_GO_ON = ("Frobnizumab is not recommended for severe widget disease in adults whose first two drugs failed. "
             "Anyone currently on frobnizumab may continue it for as long as they and their doctor find it worth it.")
FROB = frozenset(tokenize("frobnizumab"))


@pytest.mark.parametrize(("text", "thing", "letting"), [
    (LET_GO_ON, FROB, True),
    ("Those already taking gizmotide can continue it during the trip.", frozenset(tokenize("gizmotide")), True),
    # no word of present use, or the going on denied: no leave to go on
    ("Frobnizumab should be able to continue to work for months.", FROB, False),
    ("People currently receiving frobnizumab should not continue it after surgery.", FROB, False),
    # leave to go on with another thing, or a passive of care, gives no leave for the asked one
    ("Avoid frobnizumab in pregnancy; women already on plonkazole may continue it.", FROB, False),
    ("Frobnizumab is to be halted in pregnancy. Mothers with existing frobnizumab rashes should continue to be "
     "watched.", FROB, False),
    # no thing known: nothing to check the leave against
    (LET_GO_ON, frozenset(), False),
])
def test_a_sentence_letting_those_already_on_it_go_on(text: str, thing: frozenset[str], letting: bool) -> None:
    assert lets_users_go_on(text, thing) is letting


@pytest.mark.parametrize(("question", "expected"), [
    ("she has been on frobnizumab for half a year now - must it be stopped?", "no"),
    ("she has been on frobnizumab for half a year now - can she carry on with it?", "yes"),
])
def test_advice_against_starting_does_not_stop_those_already_on_it(question: str, expected: str) -> None:
    lead = guideline_candidate(LET_GO_ON, 0.9, "g-widget")
    assert asks_about_going_on(question)
    assert verdict_of("no", lead, question, FROB) == expected


@pytest.mark.parametrize(("lead_text", "question"), [
    # leave to go on with another drug than the asked one
    ("Do not give frobnizumab to nursing mothers; mothers already taking plonkazole can continue it.",
     "Can a nursing mother continue frobnizumab?"),
    # the question asks about starting too: the leave is for those not asked of
    ("Starting frobnizumab is advised against. Those currently on frobnizumab may continue their dose.",
     "Should I start frobnizumab and continue my inhaler?"),
    # "continue to be" is care given to them, not a drug they go on with
    ("Frobnizumab is not advised for widget disease. Patients with existing frobnizumab allergy should continue to be "
     "checked yearly.", "Widget disease and on frobnizumab - continue it?"),
])
def test_leave_to_go_on_needs_the_asked_thing_and_a_question_of_going_on(lead_text: str, question: str) -> None:
    lead = guideline_candidate(lead_text, 0.9, "g-widget")
    assert verdict_of("no", lead, question, FROB, FROB) == "no"


def test_a_going_on_question_asks_of_no_start() -> None:
    assert not asks_about_going_on("Should I start frobnizumab and continue my inhaler?")
    # a start in the past tells how long: still a question of going on
    assert asks_about_going_on("She started frobnizumab in May - can she continue it?")


def test_a_lean_to_stop_from_closest_evidence_gives_way_to_leave_to_go_on() -> None:
    question = "Should frobnizumab be stopped in a man on it for months?"
    assert on_stopping(question, "yes", [LET_GO_ON], closest_only=True, thing=FROB) == "no"
    # (without such a sentence, closest evidence gives no ground either way, as before)
    assert on_stopping(question, "yes", ["Frobnizumab is not recommended for severe widget disease."],
                       closest_only=True, thing=FROB) == "uncertain"


@pytest.mark.parametrize("statement", [
    "Frobnizumab should be stopped once the skin turns yellow. Patients already taking plonkazole can continue it.",
    "Stop frobnizumab in pregnancy. Women with existing frobnizumab rashes should continue to be watched.",
])
def test_a_stop_stands_beside_leave_for_another_thing_or_care(statement: str) -> None:
    question = "Yellow skin while on frobnizumab - must she stop it?"
    assert on_stopping(question, "yes", [statement], thing=FROB) == "yes"


DIAGNOSTIC = ("Clinicians should diagnose wobble vertigo when a spinning feeling is provoked by the roll-over test, "
              "performed with the head turned to one side.")


@pytest.mark.parametrize(("question", "off"), [
    # the statement names no word of the thing, nor of what its abbreviation stands for: the lean gives way
    ("70M wobble vertigo on the roll-over test, no other signs - do I need an MRI spine?", True),
    # it names the thing, or what its abbreviation stands for: the lean stands
    ("70M wobble vertigo, no other signs - do I need the roll-over test?", False),
])
def test_a_need_lean_needs_a_statement_naming_the_thing(question: str, off: bool) -> None:
    assert needed_thing(question)
    assert lean_off_needed_thing(question, [guideline_candidate(DIAGNOSTIC, 0.8, "g-wobble")]) is off


def test_a_need_lean_stands_on_a_statement_naming_the_long_form() -> None:
    imaging = guideline_candidate("Magnetic resonance imaging is advised when wobble vertigo comes with weakness.",
                                  0.8, "g-wobble")
    assert not lean_off_needed_thing("wobble vertigo with leg weakness - do I need an MRI spine?", [imaging])
    # no thing after a verb of need: nothing to hold a lean to
    assert not needed_thing("wobble vertigo with leg weakness - is it safe to drive?")


def test_a_need_lean_stands_on_a_statement_of_need_in_other_words() -> None:
    said = guideline_candidate("Wobble vertigo can be diagnosed at the bedside; scans are not needed to confirm it.",
                               0.8, "g-wobble")
    assert not lean_off_needed_thing("70M wobble vertigo - do I need an MRI spine?", [said])
