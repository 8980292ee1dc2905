"""Question readings session 53's blind tester found lost: a follow-up after "which/best X" asks of the thing the
answer gave (``follow_up.answered_choice``), texted modal verbs ("shud"), a case named before a dash with the act asked
after it (``question._dash_act``)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.follow_up import answered_choice, asks_of_a_thing
from service.answer.pipeline import answer_question
from service.answer.question import as_dash_question, read_question

LEAD = "Drugzine is one of the most effective single medicines for gizmo cessation."


@pytest.mark.parametrize("question", ["best single drug for quitting gizmo",
                                      "What is the best drug for quitting gizmo?",
                                      "Which medicines help people quit gizmo?"])
def test_a_follow_up_after_which_or_best_asks_of_what_the_answer_gave(question: str) -> None:
    intervention = read_question(question).intervention
    assert answered_choice(question, intervention, "quitting gizmo", LEAD) == "drugzine"


def test_a_question_that_named_its_thing_keeps_it() -> None:
    # Asked of a thing it names, or with no choice asked, the answer's subject is no new topic.
    assert answered_choice("Is drugzine effective for quitting gizmo?", "drugzine", "quitting gizmo", LEAD) is None
    assert answered_choice("How common is gizmo?", None, "gizmo", "Gizmo is common in adults.") is None
    assert answered_choice("Is drugp a first-choice drug to prevent gizmo?", None, None, "Drugp is first-line.") is None
    # A lead that opens on people, a quantifier or the condition names no thing.
    for lead in ("Most patients relapse within a year.", "Patients should be offered help.",
                 "Quitting gizmo is hard for most."):
        assert answered_choice("best drug for quitting gizmo", "best drug", "quitting gizmo", lead) is None


def test_a_follow_up_asking_of_a_thing_it_names_keeps_it() -> None:
    assert asks_of_a_thing("pt has long QT, is drugc ok?")
    assert asks_of_a_thing("Is drugc safe in pregnancy?")
    assert not asks_of_a_thing("how long should the course be")
    assert not asks_of_a_thing("Is it safe in pregnancy?")
    # A person taking a thing the follow-up names asks of it ("Can she take topiramate ...?" after "What drugs are first
    # line for migraine prevention?" had been read as asked of the propranolol the answer led with).
    assert asks_of_a_thing("Can she take drugc if she is planning pregnancy?")
    assert asks_of_a_thing("Should the patient be given drugc?")
    assert not asks_of_a_thing("Can she take it while pregnant?")


def test_texted_modal_verbs_are_read_as_written() -> None:
    q = read_question("how long shud the course be")
    assert q.type == read_question("how long should the course be").type == "dosing"
    assert q.as_asked == "how long shud the course be"


def test_a_case_before_a_dash_is_whom_the_act_after_it_is_done_to() -> None:
    assert as_dash_question("AF patient on drugw with erratic INRs - should I switch to a DOAC?") == \
        "Should I switch AF patient on drugw with erratic INRs to a DOAC?"
    q = read_question("AF pt on drugw with erratic INRs - should I switch to a DOAC?")
    assert (q.intervention, q.condition) == ("DOAC", "AF patient on drugw with erratic INRs")
    # A finding in the case's people: the people, the finding after them (no lab value read as the topic).
    assert as_dash_question("Hb 75 in a stable woman with IDA - should I transfuse?") == \
        "Should I transfuse a stable woman with IDA with Hb 75?"
    assert read_question("Hb 75 in a stable woman with IDA - should I transfuse?").intervention != "Hb 75"
    # A pronoun for the person is replaced by the case; a case naming no people, or an act with its own object, stays.
    assert as_dash_question("woman with gizmosis - should I start her on drugx?") == \
        "Should I start woman with gizmosis on drugx?"
    assert as_dash_question("drugw - should I stop before surgery?") == "drugw - should I stop before surgery?"
    # (An act with its own object is asked of the thing in the case's people since session 56, ``_dash_use``.)
    assert as_dash_question("man with gout - can I give drugc?") == "Can I give drugc in a man with gout?"


def test_on_the_default_corpus(loaded_index: Index) -> None:
    migraine = answer_question(loaded_index, "What drugs are first line for migraine prevention?")
    topiramate = answer_question(loaded_index, "Can she take topiramate if she is planning pregnancy?",
                                 follows=migraine)
    assert topiramate.verdict == "no" and "avoided in pregnancy" in topiramate.bottom_line.text, \
        topiramate.bottom_line.text
    first = answer_question(loaded_index, "best single drug for quitting smoking")
    for follow_up in ("how long shud the course be", "how long should the course be"):
        answer = answer_question(loaded_index, follow_up, follows=first)
        assert "usually lasts about 12 weeks" in answer.bottom_line.text, answer.bottom_line.text
    # (The case before the dash is now read, "AF patient on warfarin with erratic INRs", and no INR target is quoted
    # as if it answered; since session 54 "erratic" is read as the corpus's "unstable", and that advice is quoted.)
    switch = answer_question(loaded_index, "AF pt on warfarin with erratic INRs - should I switch to a DOAC?")
    assert switch.intervention == "DOAC" and "INR target" not in switch.bottom_line.text, switch.bottom_line.text
    assert "unstable INR values" in switch.bottom_line.text, switch.bottom_line.text
    # ("IDA", a longer acronym the corpus never writes, is still not spelled out: spelling such acronyms in questions
    # that read no topic changed the lead of "Which antibiotics for moderate severity CAP admitted to hospital?".)
    transfuse = read_question("Hb 75 in a stable asymptomatic woman with IDA - should I transfuse?")
    assert transfuse.intervention != "Hb 75"
