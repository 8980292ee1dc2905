"""A thing added to a treatment, asked in plain words ("Should X be added to Z in Y?"), names its thing and condition
(``question._SHAPES``)."""
from __future__ import annotations

import pytest

from service.answer.question import read_question


@pytest.mark.parametrize(("typed", "thing", "condition"), [
    ("Should blenamide be added to zorbicillin in severe gloopitis?", "blenamide", "severe gloopitis"),
    ("Can blenamide be added on top of zorbicillin for gloopitis?", "blenamide", "gloopitis"),
])
def test_an_add_on_names_its_thing_and_condition(typed: str, thing: str, condition: str) -> None:
    q = read_question(typed)
    assert (q.intervention, q.condition) == (thing, condition)

