"""Whether a question asks if a thing is contraindicated (``polarity.asks_against``): asked in any part of a note that
asks, "known" or not; a contraindication the case states (none, another thing's, the patient's) asks nothing."""
from __future__ import annotations

import pytest

from service.answer.polarity import asks_against


@pytest.mark.parametrize("question", [
    "Are there known contraindications to gizmo in pregnancy?",
    "Any known contraindication to gizmo with drugx?",
    "is gizmo contraindicated - she has frobnitis?",
    "Is gizmo contraindicated? - pt on drugx",
    "pt with 3 previous ops - is that a contraindication to gizmoscopy?",
])
def test_a_contraindication_asked_asks_against(question: str) -> None:
    assert asks_against(question)


@pytest.mark.parametrize("question", [
    "woman with night sweats and no contraindications - start zentrolone?",
    "hormone therapy contraindicated - can I use gizmo?",
    "pt with known contraindications to drugx, can I give gizmo?",
])
def test_a_contraindication_the_case_states_asks_nothing(question: str) -> None:
    assert not asks_against(question)
