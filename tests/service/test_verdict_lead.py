"""A "no" is not said above a lead statement that states, in the question's own verb and outside any
negation, what the question asks (service.answer.verdict.against_lead; session 20)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.verdict import against_lead

QUESTION = "Does drugx increase the risk of gizmo stroke?"
VERB = read_question(QUESTION).verb


@pytest.mark.parametrize(("lead", "expected"), [
    # The lead says what was asked, in its verb, unnegated: the "no" contradicted it.
    ("Drugx without food was associated with an increase of 30 percent in the risk of gizmo stroke.", "yes"),
    ("Drugx increased the risk of gizmo stroke in older adults.", "yes"),
    # The verb negated, a null result, or another verb: the "no" stands.
    ("Drugx did not increase the risk of gizmo stroke.", "no"),
    ("Drugx produced no significant increase in the risk of gizmo stroke.", "no"),
    ("Drugx failed to increase the risk of gizmo stroke.", "no"),
    ("Drugx and drugy do not prevent gizmo palsy or increase the risk of gizmo stroke.", "no"),
    ("Drugx increased the risk of gizmo stroke without increasing mortality.", "yes"),
    ("Drugx reduced the risk of gizmo stroke by a third.", "no"),
])
def test_a_no_above_a_lead_stating_the_asked_effect_is_yes(lead: str, expected: str) -> None:
    assert against_lead(VERB, "no", lead) == expected


@pytest.mark.parametrize("verdict", ["yes", "uncertain", "insufficient", None])
def test_only_a_no_is_turned(verdict: str | None) -> None:
    lead = "Drugx increased the risk of gizmo stroke."
    assert against_lead(VERB, verdict, lead) == verdict  # type: ignore[arg-type]


def test_a_question_without_a_verb_of_effect_is_left_as_read() -> None:
    assert read_question("Is drugx effective for gizmo stroke?").verb is None
    assert against_lead(None, "no", "Drugx increased recovery.") == "no"
    assert VERB == "increase"
    assert read_question("Should adults be screened for gizmo stroke?").verb is None  # an act, not an effect
    assert against_lead(VERB, "no", None) == "no"


def test_default_corpus_calcium_and_myocardial_infarction(loaded_index: Index) -> None:
    # The words model read "No." above the meta-analysis's finding of a roughly 30 percent increase in the
    # risk of myocardial infarction, tipped by a neighbour statement's "non-significant".
    answer = answer_question(loaded_index, "Do calcium supplements increase the risk of myocardial infarction?")
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "increase" in lead and "myocardial infarction" in lead
    assert answer.verdict == "yes" and answer.bottom_line.text.startswith("Yes.")


def test_a_caution_to_avoid_leads_only_when_avoiding_is_asked(loaded_index: Index) -> None:
    # The merge of session 20 had made "Very high intermittent doses of vitamin D ... should be avoided because
    # some trials found more falls" a recommendation for every question, and it led the vitamin D answer over
    # the trials' null finding.
    works = answer_question(loaded_index, "Does vitamin D supplementation prevent fractures in older adults?")
    lead = next(s.text for s in works.bottom_line.statements if s.origin == "source")
    assert "have not shown that vitamin D supplements prevent fractures" in lead and works.verdict == "no"
    avoid = answer_question(loaded_index, "Should vitamin D be avoided in very high doses?")
    lead = next(s.text for s in avoid.bottom_line.statements if s.origin == "source")
    assert "should be avoided" in lead and avoid.verdict == "yes"


def test_the_verdict_under_a_meta_analysis_lead_reads_such_evidence(loaded_index: Index) -> None:
    # Session 21: "Yes." stood above an animal finding while the meta-analyses found no significant effect; the
    # meta-analysis now leads and the verdict reads the meta-analyses and trials, not the animal models.
    answer = answer_question(loaded_index, "Does vitamin K supplementation reduce vascular calcification?")
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert lead.startswith("Most meta-analyses found no significant effect")
    assert answer.verdict == "no"
