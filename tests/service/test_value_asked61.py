"""A case, a dash and a noun phrase asking a value or the next step ("- max gizmo dose/day?", "- upper limit for the
frob temperature?", "- next imaging?") asks what, not whether: no yes or no (session 61: the unseen blind set's
"... - max X dose/day?" carried a "yes" and "... - upper limit for ...?" a "No.")."""
from __future__ import annotations

from service.answer.question import asks_yes_or_no


def test_a_value_or_next_step_after_a_dash_asks_what() -> None:
    assert not asks_yes_or_no("frobnitis w swelling, symptomatic - max gizmozone dose/day?")
    assert not asks_yes_or_no("gizmo pump warming - upper limit for outlet frob temp?")
    assert not asks_yes_or_no("suspected wobble of the hip, films normal - next imaging?")
    assert not asks_yes_or_no("pt on drugz for frob clots - target gizmo ratio?")


def test_a_value_judged_after_a_dash_still_asks_whether() -> None:
    assert asks_yes_or_no("frobnitis in an older pt - max gizmozone dose ok?")
    assert asks_yes_or_no("gizmo pump warming - lower dose of drugz safe?")
