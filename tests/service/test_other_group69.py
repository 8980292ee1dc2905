"""Session 69: a guideline's rule for another group of the same patients does not lead, and a recommendation graded in
its own brackets is not a note on the grading scheme. Invented words throughout.

- "high-glim" and "low-glim" qualify one head; a note may type the group with a space ("low glim") or cut the head
  short ("standard-wid" for "standard-width"). A rule naming only the other group is for another case.
- "inglomable" negates a word the stemmer cuts short ("inglom"); "standard glomative risk" names its positive side, so
  the rule for it is for another case than an inglomable patient.
- "When using a standard-definition gizmoscope, dyeoscopy is recommended ... (Strong recommendation, Low-quality
  evidence)." is advice graded in its brackets; its "definition" made it read as a note on the grading scheme.
"""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.appraisal import without_grade_lines
from service.answer.case_state import for_another_state_text
from service.answer.scoring import Candidate, sentence_terms


def _candidate(text: str) -> Candidate:
    document = Document(id="g", title="Test", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                        url="", path="g", sha256="", sections=())
    chunk = Chunk(id="g#0", doc_id="g", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, sentence_terms(text), True, True, True, anchored=True)


HIGH = "Clinicians should offer 24 months of zorbinol with gizmotherapy to men electing it for high-glim blorbus."
LOW = "Clinicians should not add zorbinol to gizmotherapy for low-glim localized blorbus."


@pytest.mark.parametrize("question", [
    "68M low-glim blorbus, chose gizmotherapy. add zorbinol?",
    "68M low-glim blorbus, chose gizmotherapy - add zorbinol?",
    "68M low glim blorbus, chose gizmotherapy, add zorbinol?",
    "Should zorbinol be added to gizmotherapy for low-glim blorbus?",
])
def test_a_rule_for_another_qualifier_of_the_same_head_is_for_another_case(question: str) -> None:
    assert for_another_state_text(question, HIGH)
    assert not for_another_state_text(question, LOW)


def test_a_rule_naming_the_asked_group_among_others_is_for_the_case() -> None:
    rule = "Zorbinol may be added for intermediate- or low-glim blorbus."
    assert not for_another_state_text("low-glim blorbus - add zorbinol?", rule)
    assert for_another_state_text("high-glim blorbus - add zorbinol?", "Zorbinol for low- or intermediate-glim blorbus.")


def test_a_head_cut_short_in_the_note_is_the_same_head() -> None:
    question = "we only have a standard-wid gizmoscope. dyeoscopy or plain grey light?"
    assert for_another_state_text(question, "When using a high-width gizmoscope, dyeoscopy is suggested.")
    assert not for_another_state_text(question, "When using a standard-width gizmoscope, dyeoscopy is recommended.")


def test_words_that_qualify_nothing_make_no_group() -> None:
    # ("since injury" is a time, "sex. genital" crosses a sentence: neither names a group of "injury" or "genital".)
    assert not for_another_state_text("move through phases by time since injury or by goals?",
                                      "Goals rest on how well the patient moved before the injury.")
    assert not for_another_state_text("reports oral and anal sex. genital swabs enough or also throat?",
                                      "Without swabs from other sites, the infection can be missed.")


def test_a_function_word_is_no_head_cut_short() -> None:
    # ("treatment for mild" is no "for-" group of "zorb-formoterol"; a two-drug name is no group either way.)
    rule = "For mild wheezitis, as-needed low-dose zorbide-formoterol is a recommended reliever option."
    assert not for_another_state_text("What is the first-line treatment for mild persistent wheezitis?", rule)
    assert not for_another_state_text("is it ok to prescribe zalmeterol alone for a wheezer?", rule)
    # (Nor a determiner or a numeral: "every other day" is "alternate-day", a "two-question" tool no group.)
    assert not for_another_state_text("Should drugz be taken every other day instead of daily?",
                                      "A single daily dose or alternate-day dosing of drugz is recommended.")
    assert not for_another_state_text("which screening questionnaire for glumosis after birth?",
                                      "Clinicians can use the two-question glumosis questionnaire as a first screen.")


def test_the_course_a_patient_is_on_names_no_group() -> None:
    rule = "Patients still uncontrolled despite medium-dose zorbide therapy should be referred to a specialist."
    assert not for_another_state_text("wheezitis not controlled on a low-dose zorbide - next step?", rule)
    assert not for_another_state_text("12 yo with wheezitis on low dose zorbide still wheezy. next step?", rule)
    assert for_another_state_text("low-dose zorbide wheezitis - next step?", rule)


def test_a_negating_prefix_the_stemmer_cuts_short_still_reads_as_the_other_state() -> None:
    question = "medically inglomable stage I blorbus, central lesion. gizmotherapy ok?"
    rule = ("For patients with standard glomative risk and stage I blorbus, gizmotherapy is not recommended as an "
            "alternative to surgery.")
    assert for_another_state_text(question, rule)
    assert not for_another_state_text(question, "Gizmotherapy is recommended for medically inglomable stage I "
                                                "blorbus.")


def test_a_recommendation_graded_in_its_own_brackets_is_not_a_grading_note() -> None:
    advice = _candidate("When using a standard-definition gizmoscope, dyeoscopy is recommended rather than grey-light "
                        "gizmoscopy (Strong recommendation, Low-quality evidence).")
    note = _candidate("Definitions of evidence quality (High, Low) and of recommendation strength (Strong, "
                      "Conditional) are given at the end.")
    kept = without_grade_lines([advice, note])
    assert advice in kept and note not in kept
