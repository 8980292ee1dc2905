"""A judgement asked after a dash ("<X in a case> - appropriate?") asks whether X fits the case, not an act "to
appropriate" the case: the thing before the dash stays the question's intervention."""
from __future__ import annotations

from service.answer.question import read_question


def test_an_adjective_of_judgement_after_a_dash_keeps_the_thing_asked() -> None:
    q = read_question("wobble-scale gizmin in 85yo care home pt - appropriate?")
    assert q.intervention == "wobble-scale gizmin"
    assert not q.text.lower().startswith("should i appropriate")


def test_an_act_after_a_dash_is_still_done_to_the_case() -> None:
    # A verb after the dash is still the act asked of the case before it.
    q = read_question("70yo pt with gout on gizmin - switch to a zorbitide?")
    assert q.text.startswith("Should")
    assert "zorbitide" in (q.intervention or "")
