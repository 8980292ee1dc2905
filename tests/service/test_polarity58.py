"""Advice against in the subjunctive of a "that" clause (session 58's guidelines54 list: a "Yes." above "the task
force suggests that clinicians not use X")."""

from service.answer.polarity import AGAINST


def test_a_that_clause_with_not_before_its_verb_is_advice_against() -> None:
    assert AGAINST.search("The panel suggests that clinicians not use gizmozumab for sleep onset insomnia.")
    assert AGAINST.search("We recommend that wobblefarin not be given to adults with frailty.")


def test_not_only_in_a_that_clause_is_no_advice_against() -> None:
    text = "The panel suggests that clinicians not only prescribe gizmozumab but also review it after a month."
    assert not AGAINST.search(text)
