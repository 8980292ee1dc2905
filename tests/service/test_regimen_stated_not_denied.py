"""The bottom line never says its quotes state no dose or frequency of what was asked beside a quote that states it
(session 52's blind tester: "How often?" after a question on cervical screening said the statements "do not state how
often" above a quote of screening "every 3 years"; "How much fluid ...?" said they "do not state a dose of fluid"
above "a urine volume of at least 2.5 liters daily"). A frequency in years and an amount in litres are stated."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.regimen import states_amount, states_regimen
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built


def test_a_frequency_in_years_is_stated() -> None:
    for text in ("Routine screening is recommended every 3 years.", "Screen every three to five years.",
                 "Repeat the test at 5-year intervals.", "Patients should be reviewed annually.",
                 "Screening twice a year is not needed."):
        assert states_regimen(text, "frequency"), text
    # a rate, an age or a course is no frequency
    for text in ("The annual incidence is 2 percent.", "Women aged 30 years were included.",
                 "Treatment lasted 3 years."):
        assert not states_regimen(text, "frequency"), text


def test_an_amount_in_litres_is_stated() -> None:
    assert states_amount("Advise a fluid intake that achieves a urine volume of at least 2.5 liters daily.")
    assert states_amount("Patients should drink 2 to 3 litres a day.")
    assert not states_amount("Haemoglobin should rise by about 20 grams per litre.")
    assert not states_amount("Keep potassium above 4 mmol/L.")


GUIDELINE = """---
title: "Screening for gizmo cancer and management of gizmo stones"
type: guideline
year: 2024
---
# Screening for gizmo cancer and management of gizmo stones

## Screening for gizmo cancer

For adults aged 30 to 69 years, routine screening for gizmo cancer every 3 years is recommended. For adults younger
than 20 years, routine screening for gizmo cancer is not recommended. Screening for gizmo cancer reduces deaths from
gizmo cancer in adults.

## Gizmo stones

Clinicians should recommend to all patients with gizmo stones a fluid intake that will achieve a urine volume of at
least 2.5 liters daily. Gizmo stones recur in half of patients within ten years.

## Zapwave therapy for calcific gizmo tendinopathy

Zapwave therapy is recommended for patients with calcific gizmo tendinopathy whose symptoms persist after about three
to six months of conservative treatment. A typical course of focused zapwave therapy consists of one to three
sessions given one to two weeks apart.
"""

# Other sources, so that the corpus's word weights are a corpus's (``corpora.BACKGROUND``).
OTHERS = background_guidelines(
    "Exercise for knee osteoarthritis",
    "Iron deficiency anaemia in adults",
    "Asthma in children",
    "Fever in children",
)


@pytest.fixture(scope="module")
def gizmo(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "regimen-stated", {"gizmo.md": GUIDELINE, **OTHERS}))


def test_how_often_after_a_screening_question_quotes_the_interval(gizmo: Index) -> None:
    answer = chain(gizmo, "Should adults aged 30 to 69 be screened for gizmo cancer?", "How often?")
    assert "do not state" not in answer.bottom_line.text
    assert "every 3 years" in answer.bottom_line.text


def test_how_much_fluid_quotes_the_volume(gizmo: Index) -> None:
    answer = chain(gizmo, "How much fluid should patients with gizmo stones drink?")
    assert "do not state" not in answer.bottom_line.text
    assert "2.5 liters daily" in answer.bottom_line.text


def test_a_section_quote_stating_the_sessions_joins_the_bottom_line(gizmo: Index) -> None:
    answer = chain(gizmo, "How many sessions of zapwave therapy are usually given for calcific gizmo tendinopathy?")
    assert "do not state" not in answer.bottom_line.text
    assert "one to three sessions" in answer.bottom_line.text
