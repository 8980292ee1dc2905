"""A yes or a no is read from what a statement says of the question's topic: a negation in a clause about something
the question did not ask does not make the statement say no, and a lead that states the asked change in a verb of
its direction states the "yes" (service.answer.verdict.on_topic, no_allowed, against_lead; session 23)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from service.answer.lead import stating_lead
from service.answer.pipeline import answer_question
from service.answer.polarity import clauses
from service.answer.verdict import (VerdictModel, against_lead, decide, denied_by_lead, denies, no_allowed, on_topic,
                                    says_no)
from tests.service.test_verdict import _candidate
from tests.service.test_verdict_statement_lead import _direct

TOPIC = frozenset(tokenize("drugx gizmo stiffness"))
# A finding on the asked outcome, and a caveat on what the trial did not measure.
CAVEAT = "One trial found that drugx improved gizmo stiffness, but that trial did not measure bone density."
NOT_IMPROVED = "One trial found that drugx did not improve gizmo stiffness, but it was well tolerated."


def test_a_negation_about_something_not_asked_does_not_say_no() -> None:
    assert on_topic(CAVEAT, TOPIC) == "One trial found that drugx improved gizmo stiffness"
    assert not says_no(CAVEAT, TOPIC) and not denies(CAVEAT, TOPIC)
    assert says_no(CAVEAT) and denies(CAVEAT)  # read without the question's terms, as before


def test_a_negation_about_the_topic_still_says_no() -> None:
    assert says_no(NOT_IMPROVED, TOPIC) and denies(NOT_IMPROVED, TOPIC)
    # A clause whose subject is a pronoun speaks of the sentence's subject.
    assert says_no("Drugx was given for a year, but it did not change anything.", TOPIC)
    # One clause, or no clause naming the topic (other words for it): the whole statement is read.
    assert says_no("Pulse wave velocity did not differ between the groups.", TOPIC)
    assert says_no("In women with lower baseline stiffness, the difference was not significant.", TOPIC)


def test_a_semicolon_inside_brackets_does_not_cut_a_clause() -> None:
    text = "Regulators do not approve switching, and only drugx (DX; Gizmab, made by Acme) is approved."
    assert len(clauses(text)) == 1
    assert says_no(text, TOPIC)


def test_remembered_clauses_and_topic_readings_are_those_of_their_own_text_and_topic() -> None:
    """``clauses`` and ``on_topic`` are remembered per text (and topic): a caller changing the list it got changes no
    later answer, and the same statement read for another topic gives that topic's clause."""
    parts = clauses(CAVEAT)
    parts.append("not a clause of the statement")
    parts[0] = "changed"
    assert clauses(CAVEAT) == ["One trial found that drugx improved gizmo stiffness",
                               "that trial did not measure bone density."]
    assert on_topic(CAVEAT, TOPIC) == "One trial found that drugx improved gizmo stiffness"
    assert on_topic(CAVEAT, frozenset(tokenize("bone density"))) == "that trial did not measure bone density."
    assert on_topic(CAVEAT) == CAVEAT


def test_a_no_may_not_rest_on_findings_whose_only_negation_is_off_the_topic() -> None:
    assert not no_allowed([CAVEAT], TOPIC) and no_allowed([CAVEAT])
    assert no_allowed([CAVEAT, NOT_IMPROVED], TOPIC)
    # A model that reads "no" from the words: the statements report a finding and deny nothing on the topic.
    model = VerdictModel(weights={"s:not": -4.0}, intercept=0.0, relevant_floor=0.0)
    question = "Does drugx reduce gizmo stiffness?"
    finding = _candidate(CAVEAT, 0.9)
    assert decide(question, [finding], [], model, TOPIC)[0] == "yes"
    assert decide(question, [finding], [], model)[0] == "no"


def test_a_yes_keeps_a_lead_whose_only_negation_is_off_the_topic() -> None:
    lead = _direct(CAVEAT, "trial", 0.95)
    other = _direct("Gizmo stiffness improved with drugx over three years.", "other", 0.9)
    assert stating_lead("yes", lead, [lead, other], topic=TOPIC) is lead
    assert stating_lead("yes", lead, [lead, other]) is other  # its "did not" counted against it


@pytest.mark.parametrize(("verb", "lead", "expected"), [
    ("reduce", "Drugx lowered gizmo stiffness over three years.", "yes"),
    ("reduce", "Drugx produced a reduction in gizmo stiffness.", "yes"),
    ("increase", "Drugx raised the risk of gizmo stroke.", "yes"),
    ("reduce", "Drugx did not lower gizmo stiffness.", "no"),
    ("reduce", "Drugx raised gizmo stiffness.", "no"),        # the other direction
    ("reduce", "Drugx improved gizmo stiffness.", "no"),      # improving is reducing only for a harm
    ("affect", "Drugx lowered gizmo stiffness.", "no"),       # a verb of no direction
])
def test_a_no_above_a_lead_stating_the_asked_change_in_a_verb_of_its_direction_is_yes(
        verb: str, lead: str, expected: str) -> None:
    assert against_lead(verb, "no", lead, TOPIC) == expected


def test_a_null_result_off_the_topic_does_not_take_back_what_the_lead_states() -> None:
    lead = "Drugx increased the risk of gizmo stroke, but the difference in mortality was not significant."
    assert against_lead("increase", "no", lead, frozenset(tokenize("drugx gizmo stroke"))) == "yes"
    assert against_lead("increase", "no", lead) == "no"


def test_default_corpus_menaquinone_and_arterial_stiffness(loaded_index: Index) -> None:
    # Session 23: "No." stood above "... menaquinone-7 180 micrograms per day improved arterial stiffness, but that
    # trial did not measure calcification of any tissue", the "did not" of the clause on calcification counted.
    answer = answer_question(loaded_index, "Does menaquinone-7 reduce arterial stiffness?")
    lead = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "improved" in lead and not denies(lead)
    assert answer.verdict == "yes" and answer.bottom_line.text.startswith("Yes.")


DOES_NOT_SUPPORT = "The current evidence does not support drugx supplementation to slow gizmo stiffness."


def test_a_yes_above_a_lead_that_denies_the_asked_verb_is_its_no() -> None:
    assert denied_by_lead("slow", "yes", DOES_NOT_SUPPORT, TOPIC) == "no"
    assert denied_by_lead("reduce", "yes", DOES_NOT_SUPPORT, TOPIC) == "no"  # a verb of the same direction


def test_a_yes_stays_above_a_lead_whose_denial_is_not_of_the_asked_verb() -> None:
    assert denied_by_lead("slow", "yes", CAVEAT, TOPIC) == "yes"  # its "did not" is on something not asked
    assert denied_by_lead("increase", "yes", DOES_NOT_SUPPORT, TOPIC) == "yes"  # the other direction
    assert denied_by_lead("slow", "yes", "Drugx slowed gizmo stiffness but did not cure it.", TOPIC) == "yes"
    assert denied_by_lead("slow", "uncertain", DOES_NOT_SUPPORT, TOPIC) == "uncertain"


def test_a_clause_that_leaves_out_its_subject_before_a_copula_speaks_of_the_subject() -> None:
    # "... support the diagnosis but are not specific": the second clause's subject is the first's (the signs), so its
    # denial is on the topic; a left-out subject before a verb with an object of its own may speak of another thing.
    signs = frozenset(tokenize("gizmo fever diagnose"))
    text = "Gizmo fever and rash support the diagnosis but are not specific."
    assert on_topic(text, signs) == text and denies(text, signs)
    assert not denies("Drugx improved gizmo stiffness but did not reduce bone density.", TOPIC)
    assert not denies("Drugx improved gizmo stiffness but is rarely lower than placebo in cost.", TOPIC)


def test_a_finding_that_the_thing_failed_or_left_people_worse_founds_a_no() -> None:
    # "... was associated with poorer cognitive outcomes" reports a finding and negates nothing, yet it is no finding
    # for the thing's use: the model's "no" stands (it had turned into the "yes" such statements were taken to state).
    worse = ["Drugx was associated with poorer gizmo outcomes in a large trial."]
    assert no_allowed(worse, TOPIC, harm_is_asked=False)
    assert not no_allowed(worse, TOPIC, harm_is_asked=True)  # a harm asked of: that finding is its "yes"
    assert not no_allowed(["Drugx improved gizmo stiffness in two trials."], TOPIC, harm_is_asked=False)
    assert not no_allowed(["Drugx reduced admissions for heart failure in two trials."], TOPIC, harm_is_asked=False)
