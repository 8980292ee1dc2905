"""Two things asked as taken together: the reading keeps what they are taken for, and the answer opens on the
statement that speaks of the two together, not on one naming each apart (service.answer.question, lead.on_aspect)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("text", [
    "Can I take zorbinol and gizmotab together for gizmo pressure?",
    "Is it safe to take zorbinol and gizmotab together for gizmo pressure?",
])
def test_what_two_taken_together_are_for_is_the_condition(text: str) -> None:
    # Session 49: "together for hypertension" read no topic (first person) or "zorbinol and gizmotab" as one thing.
    q = read_question(text)
    assert (q.intervention, q.condition, q.combined) == ("zorbinol with gizmotab", "gizmo pressure", True)


@pytest.mark.parametrize("question", [
    "Should we give an ACE inhibitor and an ARB together?",
    "Is it safe to take an ACE inhibitor and an ARB together for hypertension?",
    "Can I take an ACE inhibitor and an ARB together for hypertension?",
])
def test_advice_against_combining_answers_a_question_on_the_two_together(loaded_index: Index,
                                                                         question: str) -> None:
    # Session 49: "Yes." above "Four drug classes are recommended as first-line treatment ...", which names the two
    # apart, while the guideline says "ACE inhibitors and angiotensin receptor blockers should not be combined with
    # each other".
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no"
    assert "should not be combined with each other" in answer.bottom_line.text
