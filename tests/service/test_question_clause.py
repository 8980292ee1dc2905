"""A relative clause after the condition says how it runs ("that does not settle", "which has not improved"): it
qualifies the condition, it is not part of its name, nor of what a statement is asked to cover (``match_text``)."""
from __future__ import annotations

import pytest

from service.answer.question import read_question


@pytest.mark.parametrize(("question", "condition"), [
    ("Is surgery needed for calcific tendinopathy that does not settle?", "calcific tendinopathy"),
    ("Is surgery needed for calcific tendinopathy that persists?", "calcific tendinopathy"),
    ("Is shockwave therapy recommended for calcific tendinopathy which has not improved after six months?",
     "calcific tendinopathy"),
])
def test_a_relative_clause_after_the_condition_is_no_part_of_its_name(question: str, condition: str) -> None:
    q = read_question(question)
    assert q.condition == condition
    assert q.match_text == question[:question.index(condition) + len(condition)]
    assert q.search_text == question  # retrieval still reads the whole question


def test_people_named_by_a_relative_clause_keep_it() -> None:
    q = read_question("Is varenicline safe for women that are pregnant?")
    assert q.condition == "women that are pregnant"
    assert q.match_text == q.text
