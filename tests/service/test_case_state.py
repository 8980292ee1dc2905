"""A guideline statement (or a rated table row) for a case in another state than the asked patient's carries no yes or
no for them and does not lead (session 60's blind test: "leans yes" to a procedure from the row for the poorly
responding or recurrent case, asked of a first episode that got better; a Class IIa "reasonable" for symptomatic or
second-degree block tilting the answer for an asymptomatic first-degree one)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.case_state import for_another_state, for_another_state_text, opens_on_unasked_case
from service.answer.cutoffs import threshold_met
from tests.service.candidates import candidate
from tests.service.corpora import answered, background_guidelines, built, lead_text


@pytest.mark.parametrize(("question", "statement", "other"), [
    # a negator before a word is its negating prefix: "not controlled" is "uncontrolled"
    ("blorp wobble uncontrolled on drugq - zinging?", "For blorp wobble not controlled on drugq, add zinging.", False),
    ("blorp wobble uncontrolled on drugq - zinging?", "For blorp wobble controlled on drugq, stop zinging.", True),
    # a negating prefix, by a word of the asked thing: "with symptoms" / "symptomatic" for an asymptomatic patient
    ("asymptomatic blorp wobble on a routine scan - zinging?", "Zinging is reasonable for blorp wobble with symptoms "
     "of fainting.", True),
    ("asymptomatic blorp wobble on a routine scan - zinging?", "Zinging is reasonable for symptomatic blorp wobble.",
     True),
    ("asymptomatic blorp wobble on a routine scan - zinging?", "Zinging is not indicated for asymptomatic blorp "
     "wobble.", False),
    ("symptomatic blorp wobble - zinging?", "Zinging is not indicated for asymptomatic blorp wobble.", True),
    # ... not a state said of something else, far from the asked thing
    ("asymptomatic blorp wobble - zinging?", "Zinging was first described in 1970 by a team that studied the "
     "anxious feelings and the symptoms of travellers.", False),
    # an ordinal grade of the same noun: "second-degree" for "first-degree", also where another reading is alike
    ("asymptomatic 1st degree blorp wobble - zinging?", "Zinging is reasonable for asymptomatic second-degree blorp "
     "wobble.", True),
    ("asymptomatic 1st degree blorp wobble - zinging?", "Zinging is reasonable in first- or second-degree blorp "
     "wobble without symptoms.", False),
    ("type 2 glumosis - is drugq advised?", "Drugq is advised in type 1 glumosis.", True),
    ("type 2 glumosis - is drugq advised?", "Drugq is advised in type 1 and type 2 glumosis.", False),
    # which episode, of the same thing
    ("first febrile glumosis in a 5 year old - gizmography?", "Gizmography is usually appropriate in recurrent "
     "febrile glumosis.", True),
    ("first febrile glumosis in a 5 year old - gizmography?", "Gizmography is usually appropriate in a first "
     "febrile glumosis.", False),
    ("first-line drug for glumosis - drugq?", "Drugq is advised in recurrent glumosis.", False),  # no episode asked
    # how the case responds
    ("glumosis, better within 2 days on drugq - gizmography?", "Gizmography is advised where there is a poor response "
     "to drugq within 2 days.", True),
    ("glumosis, better within 2 days on drugq - gizmography?", "Gizmography is advised in glumosis not responding "
     "well to drugq.", True),
    ("glumosis, better within 2 days on drugq - gizmography?", "Gizmography may be considered after a good response "
     "to drugq.", False),
    ("glumosis not responding to drugq - gizmography?", "Gizmography may be considered after a good response to "
     "drugq.", True),
    ("glumosis not responding to drugq - gizmography?", "Gizmography is advised in glumosis not responding well to "
     "drugq.", False),
    # "no better" denies the response as "not better" does: the advice on the refractory case is for this patient
    ("glumosis, no better after 3 weeks of drugq - gizmography?", "Gizmography is advised in glumosis refractory to a "
     "3-week trial of drugq.", False),
    ("glumosis, no better after 3 weeks of drugq - gizmography?", "Gizmography may be considered after a good response "
     "to drugq.", True),
    # ... but a statement's "no better than" compares two things and names no case that failed them
    ("glumosis, better within 2 days on drugq - gizmography?", "Gizmography was no better than a dummy pill for "
     "glumosis.", False),
    # ... and so do a contracted "n't" and "not" before the plain verb
    ("glumosis, hasn't improved on drugq - gizmography?", "Gizmography may be considered after a good response to "
     "drugq.", True),
    ("glumosis on drugq - what if she does not improve after 2 days?", "Gizmography may be considered after a good "
     "response to drugq.", True),
    ("glumosis, hasn't responded to drugq - gizmography?", "Gizmography is advised in glumosis refractory to drugq.",
     False),
    # nothing said of a state: nothing to hold against
    ("first febrile glumosis, better within 2 days - gizmography?", "Gizmography exposes a child to a small dose of "
     "radiation.", False),
])
def test_statement_for_another_state(question: str, statement: str, other: bool) -> None:
    assert for_another_state_text(question, statement) is other


def test_a_study_finding_is_not_read() -> None:
    # A study's finding names the people it studied: the readings of findings weigh it, not this.
    question = "asymptomatic blorp wobble - zinging?"
    text = "Zinging improved fainting in patients with symptomatic blorp wobble."
    assert for_another_state(question, candidate(text, DocumentKind.GUIDELINE)) is True
    assert for_another_state(question, candidate(text, DocumentKind.RESEARCH)) is False


ROWS = """---
title: "Imaging in glumosis of children"
type: guideline
year: 2022
---
# Recommendations

Scenario 1: Child, first febrile glumosis with good response to drugq.

Procedure
Rating
Comments

Plain ultrasound of the flank
7
The first test in most children.

Gizmography
3
Rarely needed after a first episode that settles.

Score Key: 1-3 Usually not appropriate; 4-6 May be appropriate; 7-9 Usually appropriate

Scenario 2: Child, poor response to drugq within 2 days, or recurrent febrile glumosis.

Procedure
Rating
Comments

Plain ultrasound of the flank
8
Done first.

Gizmography
8
Looks for a backflow that needs surgery.

Score Key: 1-3 Usually not appropriate; 4-6 May be appropriate; 7-9 Usually appropriate

In complicated glumosis (not responding well to drugq within 2 days) or recurrent glumosis, children should have
gizmography as well as ultrasound.
"""


@pytest.fixture(scope="module")
def rows_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "case-state-rows", {"rows.md": ROWS, **background_guidelines(
        "Fever in children", "Asthma in children", "Eczema in children")})


def test_rows_for_the_other_case_give_no_yes(rows_index: Path) -> None:
    answer = answered(rows_index, "5 yo first febrile glumosis, better within 2 days on drugq - does she need "
                                  "gizmography?")
    assert answer.verdict != "yes"


PACING = """---
title: "Zinging for blorp wobble in adults"
type: guideline
year: 2021
---
# Recommendations

Zinging is reasonable in first- or second-degree blorp wobble with symptoms of fainting or low blood pressure.

Zinging is reasonable for asymptomatic second-degree blorp wobble with a wide trace.

Zinging is recommended for third-degree blorp wobble at any level.

Zinging is not indicated in asymptomatic first-degree blorp wobble.
"""


@pytest.fixture(scope="module")
def pacing_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "case-state-pacing", {"pacing.md": PACING, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


def test_advice_for_the_asked_state_answers(pacing_index: Path) -> None:
    answer = answered(pacing_index, "asymptomatic 1st degree blorp wobble found on a routine trace - needs zinging?")
    assert answer.verdict == "no"
    assert "not indicated in asymptomatic first-degree" in answer.bottom_line.text


def test_advice_for_a_patient_in_the_state_keeps_its_yes(pacing_index: Path) -> None:
    answer = answered(pacing_index, "third-degree blorp wobble - is zinging recommended?")
    assert answer.verdict == "yes"


# A measure's range ("a frailty score of 0 to 1") is a state a value the question gives lies outside.
@pytest.mark.parametrize(("question", "statement", "met"), [
    ("glumosis, frailty score 2 - which drug?", "Drugq plus drugz is advised for a frailty score of 0 to 1.", "unmet"),
    ("glumosis, frailty score 1 - which drug?", "Drugq plus drugz is advised for a frailty score of 0 to 1.", "met"),
    ("glumosis, frailty score 2 - which drug?", "Drugq plus drugz is advised for a frailty score 0-3.", "met"),
    # a target range is what to reach, not whom the advice is for
    ("glumosis, frailty score 2 - which drug?", "Aim for a frailty score of 0 to 1 with drugq.", None),
    # a dose range names no measure the question gives
    ("glumosis, frailty score 2 - which drug?", "Give drugq 10-20 mg once a day.", None),
])
def test_a_range_on_the_given_measure(question: str, statement: str, met: str | None) -> None:
    assert threshold_met(question, statement) == met


RANGES = """---
title: "Drug treatment of spread glumosis"
type: guideline
year: 2022
---
# Recommendations

Drugq plus drugz plus drugw is recommended as first treatment for patients with spread glumosis and a Blick frailty
score of 0 to 1, with good organ function and a wish for intensive treatment.

Drugq alone is recommended as first treatment for patients with spread glumosis and a Blick frailty score of 2.

Patients with a Blick frailty score of 3 or more should be offered drug treatment case by case.
"""


@pytest.fixture(scope="module")
def ranges_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "case-state-ranges", {"ranges.md": RANGES, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


def test_the_row_of_the_given_value_leads(ranges_index: Path) -> None:
    answer = answered(ranges_index, "spread glumosis, Blick frailty score 2 - what first treatment?")
    assert lead_text(answer).startswith("Drugq alone")


@pytest.mark.parametrize(("question", "statement", "unasked"), [
    ("clotting glumosis - is drugq ok?", "If severe kidney failure: do NOT use drugq or drugz.", True),
    ("clotting glumosis - is drugq ok?", "In patients with a gizmo allergy: drugz is preferred.", True),
    # a clause ended by a comma is too often an event of the asked case ("If a patient ... starts ..., check ...")
    ("clotting glumosis - is drugq ok?", "In patients with a gizmo allergy, drugz is preferred.", False),
    # a threshold in it the question's value meets: the rule is for the patient
    ("clotting glumosis, CrCl 20 - is drugq ok?", "If severe kidney failure: do NOT use drugz or drugq (CrCl <15 "
     "mL/min for drugz, CrCl <25 mL/min for drugq).", False),
    # the case opened on is the asked one, or part of it
    ("clotting glumosis with kidney failure - is drugq ok?", "If severe kidney failure: do NOT use drugq.", False),
    ("clotting glumosis - is drugq ok?", "If glumosis clots again, switch drugq to drugz.", False),
    # no case opened on
    ("clotting glumosis - is drugq ok?", "Drugq should not be used in severe kidney failure.", False),
])
def test_a_statement_opening_on_an_unasked_case(question: str, statement: str, unasked: bool) -> None:
    assert opens_on_unasked_case(question, statement) is unasked


RHYTHM = """---
title: "Preventing strokes and clots in gizmo rhythm"
type: guideline
year: 2012
---
# Recommendations

Drugq, drugz or drugw is recommended to prevent strokes and other clots in patients with gizmo rhythm.

Drugz is a tablet taken once a day with food.

If impaired kidney function: take care and adjust doses when using drugq, drugz or drugw.

If severe kidney failure: do NOT use drugq, drugz or drugw.
"""


@pytest.fixture(scope="module")
def rhythm_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "case-state-rhythm", {"rhythm.md": RHYTHM, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


def test_advice_for_an_unasked_case_is_no_closest_evidence(rhythm_index: Path) -> None:
    # (The kidney advice is for patients with kidney failure, which the question never names: no bottom line of it.)
    answer = answered(rhythm_index, "tumour-associated clots - is drugz ok?")
    assert answer.verdict not in ("yes", "no")
    assert "kidney" not in answer.bottom_line.text


def test_advice_keeping_the_act_for_a_state_is_read_for_everyone() -> None:
    # "reserved for symptomatic ..." is the no for an asymptomatic patient (``reserved_state``), not advice for others.
    question = "asymptomatic blorp wobble - zinging?"
    for text in ("Zinging should be reserved for patients with symptomatic blorp wobble.",
                 "Zinging is not advised unless the blorp wobble is symptomatic."):
        assert for_another_state(question, candidate(text, DocumentKind.GUIDELINE)) is False


@pytest.mark.parametrize(("question", "statement"), [
    # a negated verb is no state with an opposite: only a prefix or "without"/"no" makes one
    ("Does drugk interact with drugq?", "Drugk supplements do not interact with drugq."),
    ("Are scans needed to confirm blorp wobble?", "Scans are not needed to confirm typical blorp wobble."),
])
def test_a_negated_verb_is_no_state(question: str, statement: str) -> None:
    assert for_another_state_text(question, statement) is False


@pytest.mark.parametrize(("question", "statement", "other"), [
    # "without X" is the opposite only of "with X" (or a prefixed word), not of the word X anywhere
    ("Can a child with blorp wobble be watched without drugq at first?", "Watching without immediate drugq is an "
     "option for many children with blorp wobble.", False),
    ("Can a child with blorp wobble be watched without drugq at first?", "Immediate drugq is advised for children "
     "with blorp wobble.", False),
    ("blorp wobble in a 60 yo with 10 min morning stiffness - scan?", "Blorp wobble is diagnosed without a scan in "
     "people with no morning stiffness.", False),
    ("blorp wobble without fainting - zinging?", "Zinging is advised for blorp wobble with fainting.", True),
])
def test_with_and_without(question: str, statement: str, other: bool) -> None:
    assert for_another_state_text(question, statement) is other


def test_with_or_without_after_an_act_is_how_it_is_done_not_the_patients_state() -> None:
    # (session 61: the default corpus's "Does screening without collaborative care improve ...?" lost its "No.", the
    # contrast "screening combined with joint care helps" read as advice for another case)
    asked = "Does gizmo checking without joint care improve frob outcomes?"
    assert not for_another_state_text(asked, "Reviews show that gizmo checking combined with joint care improves frob "
                                             "outcomes.")
    # ... while the patient's own "without" still is a state
    assert for_another_state_text("gizmo pt without frob rash - start drugz?",
                                  "Drugz is advised for gizmo patients with frob rash.")
