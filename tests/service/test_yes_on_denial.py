"""A "yes" from closest evidence only must not rest on a statement denying the question's own word: "any
interaction?" was read "leans yes" above "X does not interact with Y" (session 67, default list)."""
from __future__ import annotations

from service.answer.verdict_own_lead import yes_on_denial


def test_yes_above_a_denial_of_the_asked_word_is_unsure() -> None:
    assert yes_on_denial("on grumbazine, also taking florix - any interaction?", "yes",
                         "Florix does not interact with grumbazine through the liver.")


def test_yes_above_an_affirmed_word_stands() -> None:
    assert not yes_on_denial("on grumbazine, also taking florix - any interaction?", "yes",
                             "Florix interacts with grumbazine through the liver.")


def test_a_no_or_a_short_word_is_not_read() -> None:
    assert not yes_on_denial("any interaction between florix and grumbazine?", "no",
                             "Florix does not interact with grumbazine.")
    assert not yes_on_denial("can florix be used?", "yes", "Florix is not used alone; use it with grumbazine.")


def test_a_without_the_question_shares_is_no_denial() -> None:
    assert not yes_on_denial("Can a child with a gizmo rash be watched without creams at first?", "yes",
                             "Watching without immediate creams is a fair option for most children with a gizmo rash.")
