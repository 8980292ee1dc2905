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


def test_a_yes_or_no_to_taking_apart_needs_a_statement_of_their_timing() -> None:
    from index.lexical import tokenize
    from service.answer.verdict import on_taking_apart
    asked = "Should drugx be taken at a different time from drugy?"
    sides = (frozenset(tokenize("drugx")), frozenset(tokenize("drugy")))
    separated = "Drugx can reduce absorption of drugy, so doses should be separated."
    both = "Drugx and drugy are recommended alongside other treatment."
    other = "Drugx can reduce absorption of drugz, so doses should be separated."
    assert on_taking_apart(asked, "yes", [separated], sides) == "yes"
    assert on_taking_apart(asked, "yes", [both], sides) == "uncertain"
    assert on_taking_apart(asked, "no", [other], sides) == "uncertain"
    # not asked whether to take them apart
    assert on_taking_apart("Should drugx be taken with drugy?", "yes", [both], sides) == "yes"


def test_vitamin_d_and_calcium_advised_together_say_nothing_of_taking_them_apart(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Should vitamin D be taken at a different time from calcium?")
    assert answer.verdict == "uncertain", answer.bottom_line.text
