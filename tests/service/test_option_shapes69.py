"""Two plain ways a clinician asks of a treatment name its thing and condition (``question._SHAPES``): "Is X a
reasonable treatment option for Y?" and "Should X be added to Z in Y?"; a rank asked with "the" is read by the shapes
of ranks, not as an option."""
from __future__ import annotations

import pytest

from service.answer.question import read_question


@pytest.mark.parametrize(("typed", "thing", "condition"), [
    ("Is blip nerve stimulation a reasonable treatment option for blip neuralgia?", "blip nerve stimulation",
     "blip neuralgia"),
    ("Is zorbicillin an option for gloopitis?", "zorbicillin", "gloopitis"),
    ("Are blenamide patches a useful alternative in chronic gloopitis?", "blenamide patches", "chronic gloopitis"),
    ("Should blenamide be added to zorbicillin in severe gloopitis?", "blenamide", "severe gloopitis"),
    ("Can blenamide be added on top of zorbicillin for gloopitis?", "blenamide", "gloopitis"),
])
def test_an_option_or_an_add_on_names_its_thing_and_condition(typed: str, thing: str, condition: str) -> None:
    q = read_question(typed)
    assert (q.intervention, q.condition) == (thing, condition)


def test_it_or_a_rank_is_no_option_shape() -> None:
    assert read_question("Is it a good option for gloopitis?").intervention is None
    assert read_question("Is zorbicillin the first approved treatment for gloopitis?").intervention != "zorbicillin"
