"""Two things taken apart ("Should X be taken at a different time from Y?") or at the same time ("Can X be taken at
the same time as Y?"): read as the two, so that a statement naming both answers, and advice to separate doses is a
yes to taking them apart and a no to taking them together."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("text", ["Should zorbical be taken at a different time from gizmotab?",
                                  "Should zorbical be taken separately from gizmotab?",
                                  "Should zorbical be taken apart from gizmotab?"])
def test_taken_apart_reads_the_two_not_together(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.together) == ("zorbical", "gizmotab", False)


def test_taken_at_the_same_time_reads_the_two_together() -> None:
    q = read_question("Can zorbical be taken at the same time as gizmotab?")
    assert (q.intervention, q.condition, q.together) == ("zorbical", "gizmotab", True)


def test_advice_to_separate_doses_is_a_yes_to_taking_them_apart(loaded_index: Index) -> None:
    # The default corpus: "Calcium supplements can reduce absorption of levothyroxine, ..., so doses should be
    # separated." (Read as no two things, the question once got a "No." beside a sentence on who takes calcium.)
    apart = answer_question(loaded_index, "Should calcium supplements be taken at a different time from levothyroxine?")
    assert apart.verdict == "yes" and "doses should be separated" in apart.bottom_line.text
    together = answer_question(loaded_index, "Can calcium supplements be taken at the same time as levothyroxine?")
    assert together.verdict == "no" and "doses should be separated" in together.bottom_line.text
