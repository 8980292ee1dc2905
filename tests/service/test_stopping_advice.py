"""Advice on stopping a treatment for the condition at large answers whether to stop it once the condition is
controlled (``service.answer.stopping``). Session 47: "Should inhaled corticosteroids be stopped completely in an adult
whose asthma has been well controlled for a year?" answered "insufficient" above "Inhaled corticosteroids should not be
stopped completely in adults with asthma."."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.stopping import occasion_terms


@pytest.mark.parametrize(("question", "condition", "terms"), [
    ("Should drugx be stopped in adults whose gizmoitis has been well controlled for a year?",
     "adults whose gizmoitis has been well controlled for a year", {"well", "control", "year"}),
    ("Can drugx be withdrawn in stable gizmoitis?", "stable gizmoitis", {"stabl"}),
    # not asked whether to stop, or the condition not said to be controlled: nothing is its occasion
    ("Should drugx be used in well-controlled gizmoitis?", "well-controlled gizmoitis", set()),
    ("Should drugx be stopped in severe gizmoitis?", "severe gizmoitis", set()),
])
def test_a_controlled_condition_is_the_occasion_of_a_stopping_question(question: str, condition: str,
                                                                       terms: set[str]) -> None:
    assert occasion_terms(question, condition) == frozenset(terms)


@pytest.mark.parametrize("question", [
    "Should inhaled corticosteroids be stopped completely in an adult whose asthma has been well controlled for a "
    "year?",
    "Should inhaled corticosteroids be stopped in adults with well-controlled asthma?",
])
def test_advice_against_stopping_answers_for_a_controlled_condition(loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith(
        "No. Inhaled corticosteroids should not be stopped completely in adults with asthma.")
