"""A question no shape reads a topic of, that judges a thing by a word of advice with no condition or with when it is
judged for ("Is the X test recommended?", "Is X recommended after a negative Y?"): the thing and the condition are a
guess, taken where the evidence bears it out; and advice against relying on a thing, put after a phrase ("In adults
with X, do not rely on Y to ..."). Every topic and name here is made up."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from service.answer import scoring
from service.answer.polarity import stance
from service.answer.question import judged_topic, read_question
from service.answer.relevance import relevance_model
from tests.service.corpora import answered, guideline_index


@pytest.mark.parametrize(("question", "intervention", "condition"), [
    ("Is the PCA9 urine test recommended?", "PCA9 urine test", None),
    ("Is the PCA9 urine test recommended after a negative gizmo biopsy?", "PCA9 urine test", "negative gizmo biopsy"),
    ("Are zorbistatins indicated after a wobble stroke?", "zorbistatins", "wobble stroke"),
])
def test_a_thing_judged_by_advice_is_the_guessed_topic(question: str, intervention: str, condition: str | None) -> None:
    assert read_question(question).intervention is None  # no shape reads it: a guess, taken where evidence bears it out
    assert judged_topic(question) == (intervention, condition)


def test_a_judged_clause_is_no_thing() -> None:
    assert judged_topic("Is it recommended?") is None
    assert judged_topic("Is there an option?") is None
    assert judged_topic("What is recommended for gizmo fracture?") is None


def test_advice_not_to_rely_on_a_thing_after_a_phrase_put_first_is_against_it() -> None:
    text = ("In adults with suspected gizmo attack, do not rely on the WOB5 score to identify those who can be safely "
            "discharged.")
    assert stance(text) == "against"
    assert stance("Patients who do not rely on the WOB5 score improved.") is None



ASSAY = ("The zorbatest assay should not be used for men whose gizmo biopsy was negative or unclear. Offer a repeat "
         "gizmo biopsy to men with rising wobble levels.")


@pytest.fixture(scope="module")
def assay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return guideline_index(tmp_path_factory, "assay72", "Gizmo cancer: diagnosis and management", ASSAY)


def test_a_lean_from_the_advice_on_the_judged_thing_is_settled_by_it(assay: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # (the model's lead floor out of reach, as on a real corpus for a guideline's advice: read with no topic, the
    # advice is closest evidence under a lean; read with the thing the question judges, it names the thing and the
    # condition, and the lean's "no" stands as the answer)
    monkeypatch.setattr(scoring, "relevance_model", lambda: replace(relevance_model(), lead_floor=1.01))
    answer = answered(assay, "Is the zorbatest assay recommended after a negative gizmo biopsy?")
    assert answer.verdict == "no" and answer.evidence.direct
    assert answer.bottom_line.text.startswith("No. The zorbatest assay should not be used")
