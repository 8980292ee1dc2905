"""Follow-ups that lost the thing asked before or took the answer before for their own (session 57's blind test): a
pronoun ("can pt on gizmo take it?") after a question that read no intervention ("gizmozumab wobble fever dose", a
string of nouns) stands for the thing that question named and its lead opens on; and a thing asked with a case of
what the person has ("gizmolol if she has wobble lung?") is read as whether it can be used in a patient with it, a
topic of its own, not a follow-up searched with the question before's words."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import thing_pointed_at
from service.answer.question import as_plain_wording, as_state_first, read_question
from tests.service.chains import chain
from tests.service.corpora import lead_text

LEAD = "Gizmozumab has been licensed for wobble fever since 1990 at 15 milligrams three times a day."


def test_a_pronoun_stands_for_the_thing_the_question_before_named() -> None:
    assert thing_pointed_at("can pt on drugw take it?", "gizmozumab wobble fever dose", None, LEAD) == "gizmozumab"
    # the question before read its intervention: the follow-up inherits that
    assert thing_pointed_at("can pt on drugw take it?", "gizmozumab for wobble fever", "gizmozumab", LEAD) is None
    # the follow-up points at nothing, or the lead opens on a thing the question did not name, or on people
    assert thing_pointed_at("what about drugw?", "gizmozumab wobble fever dose", None, LEAD) is None
    assert thing_pointed_at("can pt on drugw take it?", "wobble fever dose", None, LEAD) is None
    assert thing_pointed_at("is it safe?", "wobble fever in adults", None, "Most adults have wobble fever.") is None


def test_a_thing_asked_with_what_the_person_has() -> None:
    assert as_plain_wording("gizmolol if she has wobble lung?") == "Can gizmolol be used in a patient with wobble lung?"
    read = read_question("gizmolol if she has wobble lung?")
    assert (read.intervention, read.condition, read.yes_no) == ("gizmolol", "wobble lung", True)
    assert as_plain_wording("is gizmolol ok if the patient has wobble lung?") == \
        "is gizmolol safe for a patient with wobble lung?"
    # an act asked, or what she has had, is no thing used in her
    assert as_plain_wording("offer prevention if she has wobble lung?") == "offer prevention if she has wobble lung?"
    assert as_plain_wording("gizmolol if she has been pregnant?") == "gizmolol if she has been pregnant?"


def test_it_after_a_string_of_nouns_is_the_drug_named(loaded_index: Index) -> None:
    answer = chain(loaded_index, "menatetrenone osteoporosis dose", "can pt on warfarin take it?")
    assert answer.intervention == "menatetrenone", answer.bottom_line.text
    assert answer.verdict == "no", answer.bottom_line.text
    assert "contraindicated" in lead_text(answer), answer.bottom_line.text


def test_a_drug_asked_with_her_condition_after_a_question_on_prevention(loaded_index: Index) -> None:
    answer = chain(loaded_index, "migraine 4 days a month - offer prophylaxis?", "propranolol if she has asthma?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "avoided in people with asthma" in lead_text(answer), answer.bottom_line.text


def test_a_state_said_by_an_adjective_of_the_person_first() -> None:
    assert as_state_first("34-year-old woman pregnant with wobble shoulder, can she have gizmowave?") == \
        "Can gizmowave be used in a 34-year-old pregnant woman with wobble shoulder?"
    assert as_state_first("she is pregnant, can she have gizmowave?") == "Can gizmowave be used in a pregnant patient?"
    # what she has said first, with "can she have" the thing asked of
    assert as_state_first("she has wobble lung, can she have gizmolol?") == \
        "Can gizmolol be used in a patient with wobble lung?"
    # an adjective of no state is no state said first
    assert as_state_first("woman tired with wobble shoulder, can she have gizmowave?") == \
        "woman tired with wobble shoulder, can she have gizmowave?"
    read = read_question("34F pregnant w wobble shoulder, can she have gizmowave?")
    assert read.intervention == "gizmowave" and read.yes_no


def test_a_pregnant_woman_said_first_asks_of_shockwave_in_pregnancy(loaded_index: Index) -> None:
    answer = chain(loaded_index, "34F pregnant w calcific shoulder, can she have shockwave?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "should not be used in pregnancy" in lead_text(answer), answer.bottom_line.text
