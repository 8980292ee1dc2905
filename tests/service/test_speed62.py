"""Readings of session 62 remembered per text: each answers as it did when computed every time, and a second asking of
the same text is served from memory (the statements an answer weighs come back question after question, and a
question's frame is asked at several stages of its answer)."""
from __future__ import annotations

from collections.abc import Callable
import pytest

from service.answer.asked_shape import BEGUN_STATED, names_later_line, stated_asked
from service.answer.case_state import _keeps_for_a_state
from service.answer.concepts import _acronym_letters
from service.answer.lead import echoes_asking
from service.answer.not_applying import asks_scope
from service.answer.polarity import asks_about_stopping, asks_need
from service.answer.question import asks_occurrence
from service.answer.reserved_state import kept_for
from service.answer.tested_first import _tested_states, advises_testing_first
from service.answer.time_point import time_points

KEPT = "Gizmo flushing should be reserved for adults with a wobbly valve."


def _asked_twice(reading: Callable[..., object], *arguments: object) -> object:
    """``reading(*arguments)`` asked twice: the second answer must be the first's, served from the reading's memory."""
    first = reading(*arguments)
    hits = reading.cache_info().hits  # type: ignore[attr-defined]
    assert reading(*arguments) == first
    assert reading.cache_info().hits == hits + 1  # type: ignore[attr-defined]
    return first


def test_a_restriction_of_use_is_read_once_per_statement() -> None:
    assert _asked_twice(kept_for, KEPT) == ("Gizmo flushing should be ", "adults with a wobbly valve")
    assert _asked_twice(kept_for, "Gizmo flushing helps most people.") is None
    assert _asked_twice(_keeps_for_a_state, KEPT)
    assert _asked_twice(_keeps_for_a_state, "Do not flush the valve unless it wobbles.")
    assert not _asked_twice(_keeps_for_a_state, "Flush the valve when it wobbles.")


@pytest.mark.parametrize(("text", "later"), [
    ("Zorbumab may be given as a third-line option.", True),
    ("Zorbumab is the usual first line choice.", False),
])
def test_a_later_line_is_read_once_per_statement(text: str, later: bool) -> None:
    assert _asked_twice(names_later_line, text) is later


def test_where_treatment_begins_is_read_once_per_statement_and_gives_the_same_place() -> None:
    text = "Adults should start with gizmotrexate at a low dose."
    first = BEGUN_STATED.search(text)
    assert first is not None and text[first.start():].startswith("start with")
    assert BEGUN_STATED.search(text) is first  # (the very match remembered, not a new scan)
    assert BEGUN_STATED.search("Gizmotrexate may be offered as a second-line choice; start low.") is None


def test_time_points_and_tested_states_are_read_once_per_text() -> None:
    assert _asked_twice(time_points, "Benefit was seen at 6 weeks and again at two years.") == frozenset({42, 730})
    states = _asked_twice(_tested_states, "Adults should be screened for frobnase deficiency before gizmozumab.")
    assert isinstance(states, tuple) and len(states) == 1 and len(states[0]) == 2
    assert advises_testing_first("Can a man with frobnase deficiency take gizmozumab?",
                                 "Adults should be screened for frobnase deficiency before gizmozumab.")
    assert not advises_testing_first("Should I test for frobnase deficiency before gizmozumab?",
                                     "Adults should be screened for frobnase deficiency before gizmozumab.")


def test_word_and_statement_cues_are_read_once() -> None:
    assert _asked_twice(_acronym_letters, "WOBs") == "wob"
    assert _asked_twice(_acronym_letters, "Wobble") is None
    assert _asked_twice(echoes_asking, "Parents often ask whether the wobble will pass.")
    assert not _asked_twice(echoes_asking, "The wobble usually passes within a week.")


def test_a_questions_frame_is_read_once_per_question() -> None:
    assert _asked_twice(stated_asked, "What target range for the frob level?") is not None
    assert _asked_twice(stated_asked, "Is gizmo flushing useful?") is None
    assert _asked_twice(asks_occurrence, "How common is wobblitis in toddlers?")
    assert _asked_twice(asks_about_stopping, "Should gizmolol be stopped before surgery?")
    assert _asked_twice(asks_need, "Are antibiotics needed for a wobbly valve?")
    assert _asked_twice(asks_scope, "Does the flushing advice apply to toddlers?")
