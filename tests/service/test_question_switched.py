"""A switch from one treatment to another ("Can a patient with a mechanical gizmo valve be switched from drugx to
drugz?") is asked as whether the new one may be used instead of the old in those people, and whether people set apart
by a state may take a thing ("Can patients with wheezitis take drugp?") as whether it may be used in them
(``question.as_switched``, ``question.as_used_in_people``; session 52: read as no topic, the answers leaned "yes" from
the closest statements on the people's condition, "Patients with some mechanical heart valves require higher INR
targets." above a switch from warfarin to a DOAC)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.api.render import verdict_label
from tests.service.corpora import background_guidelines, built


@pytest.mark.parametrize(("question", "read_as", "condition"), [
    ("Can a patient with a mechanical gizmo valve be switched from drugx to drugz?",
     "Can drugz be used in a patient with a mechanical gizmo valve on drugx?", "a mechanical gizmo valve on drugx"),
    ("Can a patient with a mechanical gizmo valve switch from drugx to drugz?",
     "Can drugz be used in a patient with a mechanical gizmo valve on drugx?", "a mechanical gizmo valve on drugx"),
    ("Can patients with gizmo fibrillation be switched from drugx to drugz?",
     "Can drugz be used in patients with gizmo fibrillation on drugx?", "gizmo fibrillation on drugx"),
    # People named by what they take: that is the old treatment; people named by nothing else are patients.
    ("Should patients on drugx be switched to drugz?", "Should drugz be used in patients on drugx?", "patients on drugx"),
    ("Should I switch my patient from drugx to drugz?", "Should drugz be used in patients on drugx?",
     "patients on drugx"),
    ("Should I switch drugx to drugz in gizmo fibrillation?",
     "Should drugz be used in patients on drugx in gizmo fibrillation?", "patients on drugx in gizmo fibrillation"),
    ("Can drugx be swapped for drugz?", "Can drugz be used in patients on drugx?", "patients on drugx"),
    # Taking a thing instead of another, as people set apart by a state: on the other, as in a switch.
    ("Can a patient with a mechanical gizmo valve take drugz instead of drugx?",
     "Can drugz be used in a patient with a mechanical gizmo valve on drugx?", "a mechanical gizmo valve on drugx"),
])
def test_a_switch_is_the_new_treatment_used_in_people_on_the_old(question: str, read_as: str, condition: str) -> None:
    q = read_question(question)
    assert (q.text, q.as_asked) == (read_as, question)
    assert (q.intervention, q.condition, q.yes_no) == ("drugz", condition, True)


@pytest.mark.parametrize("question", [
    "Can the dose be switched from 5 mg to 10 mg?",  # what is switched is neither people nor a treatment
    "Can I switch to drugz?",  # nothing it replaces
])
def test_other_switches_are_read_as_written(question: str) -> None:
    assert read_question(question).text == question


@pytest.mark.parametrize(("question", "read_as", "condition"), [
    ("Can patients with wheezitis take drugp?", "Can drugp be used in patients with wheezitis?", "wheezitis"),
    ("Can people with gizmo kidney disease take drugm?", "Can drugm be used in people with gizmo kidney disease?",
     "gizmo kidney disease"),
    ("Can a pregnant woman take a drugp inhibitor?", "Can a drugp inhibitor be used in a pregnant woman?",
     "pregnant woman"),
])
def test_people_set_apart_by_a_state_taking_a_thing(question: str, read_as: str, condition: str) -> None:
    q = read_question(question)
    assert q.text == read_as and q.condition == condition and q.intervention is not None


@pytest.mark.parametrize("question", [
    "Can a patient take drugp?",  # one person set apart by nothing
    "Can pregnant women take drugp?",  # people named by an adjective: the population asked of, as before
    "Can people on drugx take drugp?",  # people on a treatment: the two taken together, as before
    "Can a patient with zorb allergy take drugq for wheezitis?",  # a purpose: advice for the condition, as before
    "Should patients with wheezitis take drugp?",  # advice, which a shape reads
])
def test_other_people_taking_a_thing_are_read_as_before(question: str) -> None:
    assert read_question(question).text == question


GUIDELINE = """---
title: "Drugx and gizmo clotting"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Drugx and gizmo clotting

## Background

Drugx and other gizmo antagonists are used to prevent and treat thrombosis in conditions such as gizmo fibrillation
and mechanical gizmo valves. The INR target for most indications of drugx is 2.0 to 3.0. Patients with some
mechanical gizmo valves require higher INR targets.

## Monitoring

The INR should be checked at least every four weeks in stable patients taking drugx.
"""

WHEEZITIS = """---
title: "Drugs to use with care in wheezitis"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Drugs to use with care in wheezitis

## Recommendations

Drugp should be avoided in people with wheezitis because it can trigger bronchospasm. Inhaled zorbinol is
recommended for people with wheezitis who have frequent symptoms.
"""

# Other sources, so that the corpus's word weights are a corpus's (``corpora.BACKGROUND``).
OTHERS = background_guidelines(
    "Exercise for knee osteoarthritis",
    "Iron deficiency anaemia in adults",
    "Migraine prevention",
    "Eczema in children",
)


@pytest.fixture(scope="module")
def switched_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "switched", {"drugx.md": GUIDELINE, "wheezitis.md": WHEEZITIS,
                                                           **OTHERS}))


@pytest.mark.parametrize("question", [
    "Can a patient with a mechanical gizmo valve be switched from drugx to drugz?",
    "Can a patient with a mechanical gizmo valve switch from drugx to drugz?",
])
def test_no_lean_yes_to_a_switch_no_source_speaks_of(switched_index: Index, question: str) -> None:
    answer = answer_question(switched_index, question)
    assert answer.verdict not in ("yes", "no"), verdict_label(answer)
    assert (answer.intervention, answer.condition) == ("drugz", "a mechanical gizmo valve on drugx")


# The same guideline with advice to consider the switch that excepts the people asked about.
EXCEPTING = GUIDELINE + """
## Switching

Clinicians should consider whether drugz is a suitable alternative when a patient on drugx has unstable INR values,
unless drugx is specifically required, such as with a mechanical gizmo valve.
"""


@pytest.fixture(scope="module")
def excepting_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "excepting", {"drugx.md": EXCEPTING, "wheezitis.md": WHEEZITIS,
                                                            **OTHERS}))


def test_advice_that_excepts_the_asked_people_says_no(excepting_index: Index) -> None:
    for question in ("Can a patient with a mechanical gizmo valve be switched from drugx to drugz?",
                     "Can a patient with a mechanical gizmo valve take drugz instead of drugx?"):
        answer = answer_question(excepting_index, question)
        assert answer.verdict == "no", question
        assert "unless drugx is specifically required, such as with a mechanical gizmo valve" in \
            answer.bottom_line.text
    # People the exception does not name: no "no" from it.
    answer = answer_question(excepting_index, "Can patients with gizmo fibrillation be switched from drugx to drugz?")
    assert answer.verdict != "no"


def test_advice_against_a_thing_in_people_with_a_state_answers_whether_they_may_take_it(switched_index: Index) -> None:
    answer = answer_question(switched_index, "Can patients with wheezitis take drugp?")
    assert answer.verdict == "no"
    assert answer.bottom_line.text.startswith("No. Drugp should be avoided in people with wheezitis")


def test_on_the_default_corpus(loaded_index: Index) -> None:
    for question in ("Can a patient with a mechanical heart valve be switched from warfarin to a DOAC?",
                     "Can a patient with a mechanical heart valve switch from warfarin to a DOAC?",
                     "Can a patient with a mechanical heart valve take a DOAC instead of warfarin?",
                     # (main: "Yes." above the advice whose exception names them, "DOAC" not read as its long name)
                     "Can a DOAC be used in a patient with a mechanical heart valve on warfarin?"):
        answer = answer_question(loaded_index, question)
        assert answer.verdict == "no", question
        assert "unless warfarin is specifically required, such as with a mechanical heart valve" in \
            answer.bottom_line.text
    # The advice itself, for the people it is for (main: "Yes.").
    answer = answer_question(loaded_index, "Should a patient with unstable INR on warfarin be switched to a direct oral "
                                           "anticoagulant?")
    assert answer.verdict == "yes"
    for question in ("Can patients with atrial fibrillation be switched from warfarin to apixaban?",
                     "Should patients on warfarin be switched to rivaroxaban?",
                     "Can people with CKD take metformin?"):
        assert answer_question(loaded_index, question).verdict not in ("yes", "no"), question
    for question in ("Can patients with asthma take propranolol?", "Can a pregnant woman take an ACE inhibitor?"):
        answer = answer_question(loaded_index, question)
        assert answer.verdict == "no" and answer.evidence.level != "indirect", question


@pytest.mark.parametrize(("question", "read_as"), [
    ("Can a pt with wheezitis take drugp?", "Can drugp be used in a patient with wheezitis?"),
    ("Is drugz useful in gizmo pts?", "Is drugz useful in gizmo patients?"),
    ("Is my pt's INR too high on drugx?", "Is my patient's INR too high on drugx?"),
])
def test_the_shorthand_for_a_patient_is_written_out(question: str, read_as: str) -> None:
    assert read_question(question).text == read_as


@pytest.mark.parametrize("question", ["Is PT prolonged on drugx?", "Is the pt/INR ratio raised on drugx?"])
def test_other_pts_are_left_alone(question: str) -> None:
    assert read_question(question).text == question


def test_a_pt_is_a_patient(switched_index: Index) -> None:
    answer = answer_question(switched_index, "Can a pt with wheezitis take drugp?")
    assert answer.verdict == "no" and answer.bottom_line.text.startswith("No. Drugp should be avoided")


def test_a_pt_is_a_patient_on_the_default_corpus(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "which BP tablet first for a black african-caribbean pt")
    assert "Black patients of African or Caribbean origin" in answer.bottom_line.text
