"""Advice asked in the first person of a thing for a purpose, or of people for a condition, is read as the passive
the shapes know (tA52: "Should I screen all adults for depression?" read no topic and leaned "no" from background
sentences beside the advice to screen; tB52: "Should I give X to prevent Y?" read "prevent Y" as the condition)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import as_plain_wording, read_question


@pytest.mark.parametrize("question, plain, intervention, condition", [
    ("Should I give zorbinol to prevent gizmo falls?", "Should zorbinol be given to prevent gizmo falls?",
     "zorbinol", "gizmo falls"),
    ("Should I screen all adults for zorbosis?", "Should all adults be screened for zorbosis?", "screening",
     "zorbosis"),
    ("Can we offer zorbinol for gizmo palsy?", "Can zorbinol be offered for gizmo palsy?", "zorbinol", "gizmo palsy"),
])
def test_first_person_advice_is_read_as_the_passive(question: str, plain: str, intervention: str,
                                                     condition: str) -> None:
    assert as_plain_wording(question) == plain
    q = read_question(question)
    assert (q.intervention, q.condition) == (intervention, condition)
    assert q.as_asked == question


@pytest.mark.parametrize("question", [
    "Should I give zorbinol first line for gizmo palsy?",  # the rank asked: _ACTIVE_FIRST's
    "Should I give zorbinol to a patient with gizmo palsy?",  # to whom, no purpose
    "Should I test for zorbosis?",  # nothing acted on
])
def test_other_first_person_questions_are_not_read_so(question: str) -> None:
    assert not as_plain_wording(question).startswith(question.split()[0] + " zorbinol be given to")
    assert "be screened" not in as_plain_wording(question) and "be tested" not in as_plain_wording(question)


def test_screening_all_adults_answers_yes_on_the_default_corpus(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should I screen all adults for depression?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "recommends screening for depression in the general adult population" in a.bottom_line.text
