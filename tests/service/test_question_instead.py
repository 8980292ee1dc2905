"""What is used in place of a treatment ("What can be used instead of amoxicillin for pneumonia in someone allergic
to penicillin?", "What is an alternative to X for Y?") asks which treatment the condition calls for, for the people
asked, as "Which antibiotic is recommended for Y?" does (service.answer.question.as_instead; session 43: read no
topic, and the bottom line opened with a statement of the usual treatment). Whether people the guideline advises
another treatment for should get the usual one is a no (service.answer.subgroup)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import built, lead_text


@pytest.mark.parametrize(("question", "condition"), [
    ("What can be used instead of drugq for wheezitis in someone allergic to zorb?",
     "wheezitis in someone allergic to zorb"),
    ("What is an alternative to drugq for wheezitis in patients with zorb allergy?",
     "wheezitis in patients with zorb allergy"),
    ("What are the alternatives to drugq for wheezitis?", "wheezitis"),
    ("Which antibiotic can be used instead of drugq for wheezitis?", "wheezitis"),
])
def test_what_replaces_a_treatment_is_asked_of_the_condition(question: str, condition: str) -> None:
    asked = read_question(question)
    assert (asked.type, asked.condition, asked.intervention) == ("therapy", condition, None)


def test_one_treatment_used_instead_of_another_is_still_a_comparison() -> None:
    asked = read_question("Can watchful waiting be used instead of drugq for a toddler with wheezitis?")
    assert (asked.intervention, asked.comparator) == ("watchful waiting", "drugq")


GUIDELINE = """---
title: "Drug treatment of wheezitis in adults"
type: guideline
source: "Test Guideline Group"
year: 2022
---
# Drug treatment of wheezitis in adults

## Recommendations

Drugq is the recommended first-line treatment for wheezitis in adults. Drugz or a gizmolide is recommended for
patients with zorb allergy. Treatment should be reviewed after five days. Clinicians should assess children with
persistent ear pain after wheezitis for hearing problems.
"""


@pytest.fixture(scope="module")
def wheezitis_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "instead", {"wheezitis.md": GUIDELINE}))


@pytest.mark.parametrize("question", [
    "What is an alternative to drugq for wheezitis in patients with zorb allergy?",
    # "someone" names the people as "patients" does: no word a statement must name (session 43: the brief's own
    # question stayed "Indirect evidence" for want of a source sentence saying "someone")
    "What can be used instead of drugq for wheezitis in someone with zorb allergy?",
])
def test_the_alternative_for_the_people_asked_opens_the_answer(wheezitis_index: Index, question: str) -> None:
    answer = answer_question(wheezitis_index, question)
    assert "Drugz or a gizmolide" in lead_text(answer), answer.bottom_line.text
    assert not answer.bottom_line.text.startswith(("Closest evidence", "Indirect evidence")), answer.bottom_line.text


@pytest.mark.parametrize(("question", "condition"), [
    ("Can a patient with zorb allergy take drugq for wheezitis?", "wheezitis in a patient with zorb allergy"),
    ("Should children who are allergic to zorb get drugq for wheezitis?",
     "wheezitis in children who are allergic to zorb"),
    ("Should kids with wheezitis who are allergic to zorb get drugq?", "wheezitis in kids who are allergic to zorb"),
])
def test_whom_a_treatment_is_asked_for_stays_part_of_the_condition(question: str, condition: str) -> None:
    asked = read_question(question)
    assert (asked.intervention, asked.condition) == ("drugq", condition)


@pytest.mark.parametrize("question", [
    "Can a patient with zorb allergy take drugq for wheezitis?",
    "Should patients with wheezitis who have a zorb allergy get drugq?",
    "Should drugq be given for wheezitis in patients with zorb allergy?",
    # the people set apart by one side of "and", which the usual advice's statement does not name (session 43:
    # "Should children with acute otitis media and penicillin allergy be given amoxicillin?" said "Yes." above
    # "Amoxicillin is the recommended first-line antibiotic for acute otitis media ...")
    "Should patients with chronic wheezitis and zorb allergy be given drugq?",
])
def test_the_usual_treatment_is_a_no_for_people_the_guideline_gives_another(wheezitis_index: Index,
                                                                            question: str) -> None:
    # Session 43: "Can a patient with penicillin allergy take amoxicillin for pneumonia?" read no topic and answered
    # "Yes." above "Doxycycline or a macrolide ... is recommended for patients with penicillin allergy"; "Should kids
    # with ear infections who are allergic to penicillin get amoxicillin?" was "insufficient" beside "Amoxicillin is
    # the recommended first-line antibiotic ...". For those people the guideline advises another drug: a no
    # (service.answer.subgroup).
    answer = answer_question(wheezitis_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Drugz or a gizmolide"), answer.bottom_line.text


def test_the_usual_treatment_for_people_without_the_exception_is_still_a_yes(wheezitis_index: Index) -> None:
    answer = answer_question(wheezitis_index, "Should drugq be given for wheezitis in adults?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert "Drugq is the recommended first-line" in lead_text(answer)


def test_other_advice_for_people_the_question_names_is_no_no(wheezitis_index: Index) -> None:
    # Session 43, first cut: "Has amoxicillin been shown to shorten ear pain in children with otitis media?" read
    # "No." above "Clinicians should assess children with persistent middle ear effusion after acute otitis media
    # for hearing problems": advice to do something else, for people defined by more than the question says.
    answer = answer_question(wheezitis_index, "Has drugq been shown to shorten ear pain in children with wheezitis?")
    assert answer.verdict != "no", answer.bottom_line.text
    assert "hearing problems" not in answer.bottom_line.text


OTHER_GUIDELINE = """---
title: "Drug treatment of gizmo disease"
type: guideline
source: "Another Guideline Group"
year: 2021
---
# Drug treatment of gizmo disease

## Recommendations

Drugz is recommended for patients with gizmo disease. Kidney function should be checked before drugz is started.
"""


def test_a_guideline_that_never_names_the_asked_drug_says_no_no_to_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    # A treatment recommended for people with a second condition, by a guideline that never names the asked drug, is
    # no exception to advice on it: "SGLT2 inhibitors are recommended for patients with diabetes" says nothing
    # against metformin for them.
    index = open_index(built(tmp_path_factory, "exception", {"wheezitis.md": GUIDELINE,
                                                             "gizmo.md": OTHER_GUIDELINE}))
    try:
        answer = answer_question(index, "Should patients with wheezitis who have gizmo disease get drugq?")
    finally:
        index.close()
    assert answer.verdict != "no", answer.bottom_line.text


def test_what_a_question_asks_a_replacement_for_never_leads(wheezitis_index: Index) -> None:
    # Session 43 review: "What is an alternative to metformin for type 2 diabetes?" opened with metformin's own
    # recommendation, read as "which treatment is recommended for type 2 diabetes".
    assert read_question("What is an alternative to drugq for wheezitis?").instead_of == "drugq"
    answer = answer_question(wheezitis_index, "What is an alternative to drugq for wheezitis?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert not (quoted and quoted[0].startswith("Drugq is the recommended")), answer.bottom_line.text
    # Nor does the bottom line say no source addresses wheezitis: the guideline does; none names an alternative.
    assert "addresses wheezitis" not in answer.bottom_line.text, answer.bottom_line.text


ADDED_GUIDELINE = """---
title: "Drug treatment of wheezitis with zorb allergy"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Drug treatment of wheezitis with zorb allergy

## Recommendations

Drugq is the recommended first-line treatment for wheezitis in adults. Drugz is also recommended for patients with
zorb allergy. Drugy is recommended for patients with zorb allergy and kidney disease.
"""


@pytest.mark.parametrize("question", [
    # People defined by what they are not are not those the exception is for.
    "Should patients with wheezitis who are not allergic to zorb get drugq?",
    # Advice of an added treatment, or of one for people defined by more, is no exception.
    "Should patients with wheezitis who have zorb allergy get drugq?",
    # An effect asked is not answered by advice of another treatment for those people.
    "Does drugq reduce wheezing in patients with zorb allergy?",
])
def test_no_exception_is_read_where_the_guideline_makes_none(tmp_path_factory: pytest.TempPathFactory,
                                                             question: str) -> None:
    index = open_index(built(tmp_path_factory, "added", {"wheezitis.md": ADDED_GUIDELINE}))
    try:
        answer = answer_question(index, question)
    finally:
        index.close()
    assert answer.verdict != "no", answer.bottom_line.text


@pytest.mark.parametrize("question", [
    # A clause of "if" or "now that" may hold what is asked: not read as a clause of when (session 43 review).
    "Is it okay to stop breastfeeding if I take ibuprofen?",
    "Can I stop taking my statin if I get muscle pain?",
    "Can I stop metformin now that my HbA1c is normal?",
])
def test_stopping_with_a_clause_of_if_is_not_read_as_stopping_alone(question: str) -> None:
    asked = read_question(question)
    assert asked.intervention not in ("breastfeeding", "statin", "metformin that my HbA1c is normal")
