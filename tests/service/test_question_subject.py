"""The passive's subject a question is read with (Question.subject) is subject_population's: read_question
takes it from its one pass over the question shapes, the first shape that matches at all, even one the topic
reading passes over (a shape whose acted-on phrase names people)."""
from __future__ import annotations

from service.answer.question import read_question, subject_population

QUESTIONS = (
    "Should women with recurrent gizmo loss be tested for inherited zorbophilias?",
    "Should adults without symptoms be screened for gizmo cancer?",
    "Should the tumours of all patients with gizmo cancer be tested for zorb syndrome?",
    "Should elderly patients be treated for gizmoitis?",  # its first shape is passed over for the topic
    "Is zorbinol recommended for gizmoitis?",
    "What is the dose of zorbinol?",
)


def test_question_subject_is_the_subject_population_of_its_text() -> None:
    subjects = [read_question(q).subject for q in QUESTIONS]
    assert subjects == [subject_population(q) for q in QUESTIONS]
    assert subjects[:2] == ["women", "adults"] and subjects[2:] == [None] * 4
