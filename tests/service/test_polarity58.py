"""Advice against in the subjunctive of a "that" clause (session 58's guidelines54 list: a "Yes." above "the task
force suggests that clinicians not use X")."""

from service.answer.polarity import AGAINST


def test_a_that_clause_with_not_before_its_verb_is_advice_against() -> None:
    assert AGAINST.search("The panel suggests that clinicians not use gizmozumab for sleep onset insomnia.")
    assert AGAINST.search("We recommend that wobblefarin not be given to adults with frailty.")


def test_not_only_in_a_that_clause_is_no_advice_against() -> None:
    text = "The panel suggests that clinicians not only prescribe gizmozumab but also review it after a month."
    assert not AGAINST.search(text)


def test_alternatives_preferred_to_what_a_sentence_names_is_advice_against_it() -> None:
    # (session 58's guidelines56 list: "Yes." to "gizmotriptyline in an ultrarapid metabolizer?" above "... a higher
    # probability of failing gizmotriptyline ..., and alternate agents are preferred")
    assert AGAINST.search("Ultrarapid metabolizers often fail gizmotriptyline, and alternate agents are preferred.")
    assert AGAINST.search("In them, other medicines are usually preferred.")
    assert not AGAINST.search("Other things matter more than the dose.")
