"""A list item's label with a clause in brackets is quotable; the reading must stay linear in the sentence's length.

The pattern once held a repeated group of lazy runs ending in a space, which tried every split of a long bracket's
spaces when the sentence went on after the bracket: one guideline sentence took minutes, and its question's answer
with it. The `no_hang` alarm (tests/conftest.py) is a liveness bound (the reading takes microseconds), not a
speed target.
"""
from __future__ import annotations

from service.answer.scoring import bracketed_statement, quotable


def test_label_with_a_bracketed_clause_of_advice_is_quotable() -> None:
    assert bracketed_statement("Gizmozumab (use beyond 30 days is not recommended)")
    assert quotable("Gizmozumab (use beyond 30 days is not recommended)")


def test_short_or_adviceless_brackets_are_no_statement() -> None:
    assert not bracketed_statement("Wobblecillin (oral)")  # fewer than three words in the bracket
    assert not bracketed_statement("Level Q (opinion of the panel)")  # no advice in it
    assert not bracketed_statement("Zorbatide (see the dosing table for more on this)")  # a pointer


def test_long_bracket_followed_by_more_text_is_read_at_once(no_hang: None) -> None:
    words = " ".join(f"word{i}" for i in range(60))
    sentence = f"The panel suggests the plain schedule ({words} is not recommended) over the other schedule for most"
    assert not bracketed_statement(sentence)
    assert not bracketed_statement(f"Splendamab ({words} is not recommended")  # never closed
