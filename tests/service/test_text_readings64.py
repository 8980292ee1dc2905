"""A statement's readings of its text alone are remembered per text (``qualifiers._text_qualifiers``,
``case_state._state_words``, ``_with_nouns``, ``_episodes``, ``_response``), so that a novel question does not read
every retrieved statement again. What depends on the question must still be read per question: the same statement
read against two questions, in either order, gives each question its own reading."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import case_state, qualifiers

SEVERE = "Severe flare-ups in adults over 65 years should be treated in hospital."
CARRIERS = "For asymptomatic carriers of the gizmo bacterium, treatment is not advised."
FIRST = "For a first episode of zorbitis, give drugq."


def _forget() -> None:
    """Empty the per-text and per-call memories, so each test reads afresh in its own order."""
    for memo in (qualifiers.qualifiers, qualifiers._text_qualifiers, case_state.for_another_state_text,
                 case_state._state_words, case_state._with_nouns, case_state._episodes, case_state._response):
        memo.cache_clear()


@pytest.mark.parametrize("order", [("gout", "asthma"), ("asthma", "gout")])
def test_a_degree_adjective_counts_only_for_the_question_whose_condition_it_describes(order: tuple[str, str]) -> None:
    """"Severe" describes the flare-ups: severity counts against a question on gout flare-ups, not one on wheezing,
    whichever is read first; the text's own ages and setting count for both."""
    _forget()
    terms = {"gout": frozenset(tokenize("flare-ups of gout")), "asthma": frozenset(tokenize("wheezing in asthma"))}
    read = {name: qualifiers.qualifiers(SEVERE, terms[name]) for name in order}
    assert read["gout"]["severity"] == frozenset({"high"})
    assert "severity" not in read["asthma"]
    for name in order:
        assert read[name]["setting"] == frozenset({"hospital"}) and read[name]["age"] == frozenset({"adult"})
    assert qualifiers.qualifiers(SEVERE)["severity"] == frozenset({"high"})  # no question's terms: every degree counts


@pytest.mark.parametrize("first", [True, False])
def test_a_state_statement_is_for_another_case_only_for_the_question_naming_the_other_state(first: bool) -> None:
    """Advice on asymptomatic carriers is for another case than a symptomatic carrier, not for an asymptomatic one nor
    for one whose state is not said; advice on a first episode is for another case than a recurrent one. Each answer
    is the same whichever question read the statement first."""
    _forget()
    asked = [("Should a symptomatic carrier of the gizmo bacterium be treated?", CARRIERS, True),
             ("Should an asymptomatic carrier of the gizmo bacterium be treated?", CARRIERS, False),
             ("Should a carrier of the gizmo bacterium be treated?", CARRIERS, False),
             ("How is recurrent zorbitis treated?", FIRST, True),
             ("How is a first episode of zorbitis treated?", FIRST, False)]
    for question, text, other in (asked if first else asked[::-1]):
        assert case_state.for_another_state_text(question, text) is other
