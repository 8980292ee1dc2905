"""An age said as what a person is ("once she is 76?", ``bounds._PERSON_IS_AGED``) is not read from a number that is
one of a pair or too large for an age: weeks of pregnancy ("16/40", "12+3"), a blood pressure, a height."""
from __future__ import annotations

import pytest

from service.answer.bounds import asked_values

AGE = ("age", "")


@pytest.mark.parametrize("question", [
    "she is 16/40 pregnant - is gizmo safe?",
    "she is 12+3 weeks - dating scan?",
    "pt is 140/90 on drugx - add another?",
    "he is 6'2 - weight-based dose?",
    "she is 150 - what next?",
    "he is 37.5 - paracetamol?",
    "she is 1,200 - what next?",
])
def test_a_number_that_is_no_age_is_not_read_as_her_age(question: str) -> None:
    assert all(measure != AGE for measure, _ in asked_values(question))


@pytest.mark.parametrize(("question", "age"), [("once she is 76?", 76.0), ("pt is 82 - full dose?", 82.0),
                                               ("once she is 76, stop it?", 76.0),
                                               ("when he turns 80.", 80.0)])
def test_an_age_said_of_her_is_read(question: str, age: float) -> None:
    assert (AGE, age) in asked_values(question)
