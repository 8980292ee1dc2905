"""A denial of a "Does X do Y?" claim answers it whatever amount of the thing the question names, where the statement
names no number of its own (session 59's blind test: "uncertain" for whether one thing makes a large daily dose of
another safe, above a statement that it should not be relied on to make high doses of it safe: the question's amount
and its "taking" were claim words the statement lacked)."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import _taken_as_said, answer_question
from service.answer.verdict import denies_claim

DENIAL = ("Brelox does not lower gizmo acid and should not be counted on to make large doses of quorin gentle on "
          "the gut.")


def test_an_amount_and_how_often_are_not_claim_words() -> None:
    question = _taken_as_said("Does adding brelox make taking 1,500 mg of quorin a day gentle on the gut?")
    assert denies_claim(question, DENIAL)
    assert denies_claim(_taken_as_said("Does brelox make 3 g quorin daily gentle on the gut?"), DENIAL)
    assert denies_claim("Does brelox make 900 milli units of quorin a day gentle on the gut?", DENIAL)


def test_a_claim_the_statement_does_not_deny_stays_undenied() -> None:
    # (the amount dropped, the rest of the claim must still be the statement's: another effect is not denied)
    assert not denies_claim("Does brelox make taking 1,500 mg of quorin a day cheaper?", DENIAL)
    # a name with a digit in it is no number of the statement's own: the amount still goes
    assert denies_claim("Does brelox make 1,500 mg of zorb2 a day gentle on the gut?",
                        "Brelox should not be counted on to make large doses of zorb2 gentle on the gut.")


def test_on_the_default_corpus(loaded_index: Index) -> None:
    for question in ("Will vitamin K2 make 8,000 IU of vitamin D daily safe?",
                     "Does vitamin K2 make 6000 IU vitamin D a day safe?"):
        assert answer_question(loaded_index, question).verdict == "no", question
