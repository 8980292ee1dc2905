"""Question shapes medcite read no topic of in session 45 (what people defined by something take for a condition,
which they start with, how soon a thing is given, whether a test is needed to tell a condition), and the answers on
the default corpus that become direct once they are read."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_need_to_tell
from service.answer.question import asked_kind, read_question


def test_what_people_defined_by_something_take_for_a_condition_is_asked_of_the_condition_in_them() -> None:
    q = read_question("What gizmocillin can a child with zorbinol allergy take for a gizmo infection?")
    assert (q.type, q.intervention, q.yes_no) == ("therapy", None, False)
    assert q.condition == "gizmo infection in a child with zorbinol allergy"
    assert asked_kind("What gizmocillin can a child with zorbinol allergy take for a gizmo infection?") == "gizmocillin"
    assert read_question("Which gizmocillin should an adult who is allergic to zorbinol get for gizmo pneumonia?"
                         ).condition == "gizmo pneumonia in an adult who is allergic to zorbinol"
    # An amount asked is no kind of treatment, and which people is asked of whom: neither is read so.
    assert read_question("What dose should a child with gizmo otitis take for pain?").condition is None
    assert read_question("Which patients with gizmo asthma should take zorbinol for flares?").condition is None


def test_which_treatment_people_with_a_condition_start_with_is_the_treatment_recommended_for_them() -> None:
    q = read_question("Which gizmotensive should a patient with gizmo diabetes start with?")
    assert (q.type, q.intervention, q.condition) == ("therapy", None, "gizmo diabetes")
    # People named by what sets them apart, with no condition said, are whom the treatment is asked for, as "What is
    # the first-choice drug for a Black patient?" reads them; people named by their noun alone name nothing.
    q = read_question("Which gizmotensive should a Black adult of Caribbean origin start with?")
    assert (q.type, q.condition) == ("therapy", "Black adult of Caribbean origin")
    assert read_question("Which gizmotensive should an adult start with?").condition is None


@pytest.mark.parametrize("text", ["How quickly should gizmocillin be started for gizmo pneumonia?",
                                  "How soon should gizmocillin be given for gizmo pneumonia?",
                                  "When should gizmocillin be started in gizmo pneumonia?"])
def test_how_soon_a_thing_is_given_is_asked_of_the_thing_and_the_condition(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.yes_no) == ("gizmocillin", "gizmo pneumonia", False)
    # Not how soon a condition does something of itself.
    assert read_question("How quickly should haemoglobin rise on zorbinol?").intervention is None


@pytest.mark.parametrize("text", ["Are gizmographs needed to confirm gizmo arthritis?",
                                  "Is a gizmo scan required to diagnose gizmo arthritis?",
                                  "Is a gizmo scan necessary to rule out gizmo arthritis?",
                                  "Are gizmographs needed to confirm the diagnosis of gizmo arthritis?"])
def test_whether_a_test_is_needed_to_tell_a_condition_reads_the_test_and_the_condition(text: str) -> None:
    q = read_question(text)
    assert q.intervention in ("gizmographs", "gizmo scan")
    assert (q.condition, q.yes_no) == ("gizmo arthritis", True)
    assert asks_need_to_tell(text)
    # A need for a purpose that tells nothing is not such a question.
    assert not asks_need_to_tell("Is zorbinol needed to prevent gizmo arthritis?")


def test_default_corpus_what_a_child_with_penicillin_allergy_takes_for_an_ear_infection(loaded_index: Index) -> None:
    # Read as no topic, the guideline sentence that answers was quoted only as "Closest evidence".
    answer = answer_question(loaded_index, "What antibiotic can a child with penicillin allergy take for an ear "
                                           "infection?")
    assert answer.bottom_line.text.startswith("A macrolide or another alternative is used for children with "
                                              "penicillin allergy.")
    assert answer.evidence.level != "indirect"


def test_default_corpus_which_antihypertensive_a_black_adult_of_caribbean_origin_starts_with(
        loaded_index: Index) -> None:
    # Read as no topic, the guideline sentence was quoted only as "Closest evidence". Read as asked for the people, it
    # must count as the guideline's advice ("is often preferred") and name the kind asked ("antihypertensive": its
    # passage is on drugs for hypertension), or the answer quotes nothing.
    answer = answer_question(loaded_index, "Which antihypertensive should a Black adult of Caribbean origin start "
                                           "with?")
    assert answer.bottom_line.text.startswith("A calcium channel blocker or thiazide-like diuretic is often preferred "
                                              "as the first drug for Black patients")
    assert answer.evidence.level != "indirect"


def test_default_corpus_how_quickly_antibiotics_start_for_pneumonia_in_hospital(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "How quickly should antibiotics be started for pneumonia in hospital?")
    assert answer.bottom_line.text.startswith("Antibiotic treatment should start as soon as possible after diagnosis, "
                                              "and within four hours of arrival in hospital.")
    assert answer.evidence.level != "indirect"


def test_default_corpus_radiographs_not_needed_to_confirm_knee_osteoarthritis_is_no(loaded_index: Index) -> None:
    # Read as no topic, "Yes." stood above "Radiographs are not needed ..." quoted as closest evidence: the sentence
    # reported nothing (its "when the diagnosis is uncertain" read as a gap in the evidence, its need as no finding).
    answer = answer_question(loaded_index, "Are radiographs needed to confirm knee osteoarthritis?")
    assert answer.verdict == "no"
    assert answer.bottom_line.text.startswith("No. Radiographs are not needed to confirm typical knee osteoarthritis")


def test_default_corpus_a_test_named_in_treatment_advice_gives_no_yes_to_its_need(loaded_index: Index) -> None:
    # Session 38 took this reading out: "Yes." stood above "Ultrasound-guided needle lavage is recommended ...". A
    # "yes" now needs a statement of the need or of telling the condition.
    answer = answer_question(loaded_index, "Is imaging needed to diagnose calcific tendinopathy?")
    assert answer.verdict == "no" and "not needed for routine diagnosis" in answer.bottom_line.text
    answer = answer_question(loaded_index, "Is ultrasound needed to diagnose calcific tendinitis?")
    lead = answer.bottom_line.text.removeprefix("Yes. ")
    assert answer.verdict != "yes" or lead.startswith("Clinicians should confirm the presence")
