"""A question's tail read as a few words must stay linear in a word's length.

Three patterns read "a few words" as a repeated group of a word run with optional spaces after it ("(?:[\\w\\-]+\\s*)"),
so one long word could be cut into pieces every way before the pattern gave up: a 40-letter hyphened name at the end of
a question took seconds, and more letters took minutes. The `no_hang` alarm (tests/conftest.py) is a liveness bound
(the readings take microseconds), not a speed target; the first test checks that the readings find what they
found.
"""
from __future__ import annotations

from service.answer.follow_up import as_whole_question
from service.answer.lead import asked_state
from service.answer.question import as_plain_wording

LONG_WORD = "-".join(["zorblatimexo"] * 6)  # a hyphened name of 77 characters, one word to the patterns


def test_short_tails_are_read_as_before() -> None:
    assert "wobblecillin" in asked_state("Can I give plimzumab if wobblecillin allergic?")
    assert as_plain_wording("Should a patient on snorvastin start taking quibble oil?") == (
        "Should quibble oil be started in a patient on snorvastin?")


def test_a_long_word_before_a_stray_mark_is_read_at_once(no_hang: None) -> None:
    assert asked_state(f"Can I give plimzumab if {LONG_WORD}, though") == frozenset()
    assert as_plain_wording(f"Should a patient on snorvastin start {LONG_WORD}, then?").startswith("Should a patient")
    assert as_whole_question(f"What if {LONG_WORD}, then", None)
