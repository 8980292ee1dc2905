"""A follow-up's new state is named by a statement in another form of the same word ("pregnancy" for "she is now
pregnant"): the statement speaks to it, so its "no" stands (``follow_up_state.state_unnamed``) and, quoted before,
it is quoted again (``quoted_before.answers_anew``)."""
from __future__ import annotations

from service.answer.follow_up_state import state_unnamed
from service.answer.quoted_before import answers_anew, own_terms

BEFORE = "Should I start a gizmopril for her blood pressure?"
FOLLOW_UP = "and what if she is now pregnant?"
AGAINST_IN_STATE = "Gizmopril is contraindicated in pregnancy and should be stopped."


def test_a_statement_naming_the_state_in_another_form_keeps_its_no() -> None:
    assert not state_unnamed(FOLLOW_UP, BEFORE, [AGAINST_IN_STATE])


def test_a_statement_naming_no_form_of_the_state_gives_no_yes_or_no() -> None:
    assert state_unnamed(FOLLOW_UP, BEFORE, ["Offer gizmopril to adults with high blood pressure."])


def test_a_lead_naming_the_state_in_another_form_is_quoted_again() -> None:
    assert answers_anew(AGAINST_IN_STATE, FOLLOW_UP, own_terms(FOLLOW_UP, BEFORE))
