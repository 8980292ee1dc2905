"""A chain of follow-ups asked over an index, for the follow-up tests."""
from __future__ import annotations

from index.search import Index
from service.answer.models import Answer
from service.answer.pipeline import answer_question


def chain(index: Index, *questions: str) -> Answer:
    """The last answer of a chain of follow-ups, each asked after the one before."""
    answer = None
    for question in questions:
        answer = answer_question(index, question, follows=answer)
    assert answer is not None
    return answer
