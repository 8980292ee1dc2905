"""A case named before a dash and a thing given (or a test sent for) after it, the "should I" left out as a note does
("pt w wobble liver failure - start zorbicillin?", "... - ok to just put her on quinabin?", "... - send GZV
testing?"), asks whether to give that thing (do that test) in that case: the thing and the case are the question's
intervention and condition, so that the recommendation on the thing for the case leads the bottom line and carries
the yes or the no. Read as written, the verb joined the thing's name ("start zorbicillin") or nothing was read, and the
answer said "insufficient" above the very recommendation it quoted. A phrase naming a test by an abbreviation the
corpus defines ("GZV testing") is met by a statement writing the long form ("testing for gizmo zoster virus")."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept
from service.answer.question import read_question
from tests.service.corpora import answered, background_guidelines, built, lead_text

WOBBLE = """---
title: "Wobble liver failure in adults"
type: guideline
year: 2022
---
# Wobble liver failure in adults

Wobble liver failure is a rare and rapid loss of liver function in people without earlier liver disease. Gizmo zoster
virus (GZV) is one of the infections that can bring it about, and plumbol poisoning is another.

## Recommendations

Recommendation 4: In patients presenting with wobble liver failure, the panel suggests testing for gizmo zoster virus
and treatment of patients with gizmo zoster virus.

Recommendation 5: In patients presenting with wobble liver failure, the panel recommends the use of zorbicillin.

Recommendation 6: Quinabin should be avoided in routine care of patients with wobble liver failure because of the
potential for toxicity.
"""

BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                   "Migraine prevention", "Asthma in children", "Fever in children")


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "dashgiven61", {"wobble.md": WOBBLE, **BACKGROUND})


@pytest.mark.parametrize(("question", "read", "thing"), [
    ("pt w wobble liver failure - start zorbicillin?",
     "Should I start zorbicillin in a patient with wobble liver failure?", "zorbicillin"),
    ("toddler w frobnic rash on the face - ok to use plumbamycin cream?",
     "Should I use plumbamycin cream in a toddler with frobnic rash on the face?", "plumbamycin cream"),
    ("old man w wobble cramps - ok to just put him on quinabin?",
     "Should I start quinabin in an old man with wobble cramps?", "quinabin"),
])
def test_a_thing_given_after_a_dash_is_the_intervention_and_the_case_the_condition(question: str, read: str,
                                                                                  thing: str) -> None:
    q = read_question(question)
    assert q.text == read
    assert q.intervention == thing
    assert any(word in (q.condition or "") for word in ("wobble", "frobnic"))


def test_a_test_sent_for_after_a_dash_is_asked_as_done_in_the_case() -> None:
    q = read_question("pt w wobble liver failure - send GZV testing?")
    assert q.text == "Should GZV testing be done in a patient with wobble liver failure?"
    assert (q.intervention, q.condition) == ("GZV testing", "wobble liver failure")


def test_a_thing_given_on_its_own_is_asked_alone() -> None:
    q = read_question("adult w gizmo outbursts - just start zorbidone on its own?")
    assert q.intervention == "zorbidone alone"


def test_a_verb_without_an_object_is_left_to_the_act_reading() -> None:
    # "- switch to X?" has no object of its own: the case is whom it is done to (``_DASH_ACT``), as before.
    q = read_question("70yo pt with gout on gizmin - switch to a zorbitide?")
    assert "zorbitide" in (q.intervention or "")
    assert "switch" not in (q.intervention or "")


def test_a_phrase_with_a_defined_abbreviation_is_met_by_its_long_form_whole() -> None:
    lexicon = Lexicon({"GZV": ["gizmo zoster virus"]})
    testing = concept("GZV testing", lexicon)
    assert testing.mentioned_in(frozenset(tokenize("the panel suggests testing for gizmo zoster virus")))
    # whole only: the virus named without the testing is no mention of testing for it
    assert not testing.mentioned_in(frozenset(tokenize("gizmo zoster virus is a rare cause")))


def test_a_recommended_test_sent_for_after_a_dash_is_a_yes(wobble_index: Path) -> None:
    answer = answered(wobble_index, "pt w wobble liver failure - send GZV testing?")
    assert answer.verdict == "yes"
    assert "suggests testing for gizmo zoster virus" in lead_text(answer)
    assert "insufficient evidence" not in answer.bottom_line.text


def test_a_recommended_thing_given_after_a_dash_is_a_yes(wobble_index: Path) -> None:
    answer = answered(wobble_index, "pt w wobble liver failure - start zorbicillin?")
    assert answer.verdict == "yes"
    assert "recommends the use of zorbicillin" in lead_text(answer)


@pytest.mark.parametrize("question", ["pt w wobble liver failure - ok to just put her on quinabin?",
                                      "pt w wobble liver failure - give quinabin?"])
def test_a_thing_to_avoid_given_after_a_dash_is_a_no_from_direct_evidence(wobble_index: Path, question: str) -> None:
    answer = answered(wobble_index, question)
    assert answer.verdict == "no"
    assert answer.evidence.direct  # the advice against it leads, not quoted as closest evidence only
    assert "Quinabin should be avoided" in lead_text(answer)


def test_a_case_now_in_a_state_after_an_arrival_is_asked_in_people_with_that_state() -> None:
    q = read_question("pt came in after a plumbol overdose, now in wobble liver failure - start zorbicillin?")
    assert q.text == "Should I start zorbicillin in a patient with wobble liver failure after a plumbol overdose?"
    assert q.condition == "wobble liver failure after a plumbol overdose"


def test_a_name_joining_two_things_is_not_written_out() -> None:
    # Written out, "GZI plus ZRB" was met by a list that names the two as alternatives, and "Yes." stood above the
    # advice not to combine them.
    lexicon = Lexicon({"GZI": ["gizmo zoster inhibitor"], "ZRB": ["zorb receptor blocker"]})
    joined = concept("GZI plus ZRB", lexicon)
    listing = "Three classes are first-line: gizmo zoster inhibitors, zorb receptor blockers and wobble diuretics."
    assert not joined.mentioned_in(frozenset(tokenize(listing)))


def test_a_single_letter_or_an_acronym_defined_two_ways_is_not_written_out() -> None:
    # A guideline's key of grades defines "D" as a level of evidence: "vitamin D" written out so was met by advice on
    # vitamin A.
    lexicon = Lexicon({"D": ["levels of evidence"], "ZT": ["zorb therapy", "zap test"], "GZV": ["gizmo zoster virus"]})
    assert lexicon.acronyms_written("vitamin D") == []
    assert lexicon.acronyms_written("ZT dose") == []
    assert lexicon.acronyms_written("GZV testing") == ["gizmo zoster virus testing"]


def test_a_case_with_details_after_a_comma_is_left_to_the_other_shapes() -> None:
    # Read into the condition, the details ("CrCl ~20") were words no statement names, and the closest evidence's lean
    # the note's words found as typed was lost.
    for question in ("pt w wobble liver failure, CrCl ~20 - ok to start zorbicillin?",
                     "wobble pt who never tried plumbol - start zorbicillin?"):
        assert not read_question(question).text.startswith("Should I start zorbicillin in")
