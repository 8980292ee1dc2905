"""Schedules read as doses a day, and a yes to one schedule above advice of another (service.answer.frequency)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.frequency import on_other_schedule, per_day
from service.answer.pipeline import answer_question


@pytest.mark.parametrize("text, doses", [
    ("Take it three times a day.", {3.0}),
    ("Given twice daily.", {2.0}),
    ("A single daily dose or alternate-day dosing is recommended.", {1.0, 0.5}),
    ("Once weekly injections.", {round(1 / 7, 4)}),
    ("Taken every other day.", {0.5}),
    ("Taken with food.", set()),
])
def test_a_schedule_is_read_as_doses_a_day(text: str, doses: set[float]) -> None:
    assert per_day(text) == frozenset(doses)


def test_only_a_schedule_asked_and_not_stated_is_another() -> None:
    advice = "A single daily dose or alternate-day dosing of drugx is recommended."
    assert on_other_schedule("Should drugx be taken three times a day?", advice)
    assert not on_other_schedule("Can drugx be taken every other day?", advice)
    assert not on_other_schedule("Should drugx be taken with food?", advice)
    assert not on_other_schedule("Should drugx be taken three times a day?", "Drugx is recommended.")


@pytest.mark.parametrize("question", ["Should oral iron be taken three times a day?",
                                      "Should oral iron be given twice daily for iron-deficiency anaemia?"])
def test_advice_of_another_schedule_answers_no(loaded_index: Index, question: str) -> None:
    # Review 49: "Yes." above "A single daily dose or alternate-day dosing of oral iron is recommended ...".
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. A single daily dose or alternate-day dosing")
    assert answer_question(loaded_index, "Can oral iron be taken every other day?").verdict == "yes"
