"""A "yes" to whether a thing is the best of its kind needs a statement that ranks (``verdict.on_ranking``): session
29's unseen list asked "Is ultrasound the best test to find calcium deposits in the rotator cuff?" and got "Yes."
above a guideline sentence that ultrasound-guided needle lavage is an effective option, which says nothing of which
test is best."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import asks_best
from service.answer.verdict import on_ranking

BEST = "Is gizmography the best test to find wheezitis?"


@pytest.mark.parametrize("question, expected", [
    (BEST, True),
    ("Is drugx the most accurate method for detecting wheezitis?", True),
    ("Is drugx the gold standard for wheezitis?", True),
    ("Is drugx effective for wheezitis?", False),
    ("What is the best treatment for wheezitis?", False),  # asks which, not whether
])
def test_a_question_on_the_best_of_its_kind(question: str, expected: bool) -> None:
    assert asks_best(question) is expected


def test_a_yes_without_a_rank_is_uncertain() -> None:
    assert on_ranking(BEST, "yes", ["Gizmography-guided lavage is an effective option for wheezitis."]) == "uncertain"


@pytest.mark.parametrize("statement", [
    "Gizmography is the standard first test to detect wheezitis.",
    "Gizmography is the investigation of choice for wheezitis.",
    "Gizmography was more sensitive than radiography for wheezitis.",
    "Gizmography is the most accurate test for wheezitis.",
])
def test_a_yes_with_a_rank_stands(statement: str) -> None:
    assert on_ranking(BEST, "yes", [statement]) == "yes"


@pytest.mark.parametrize("verdict", ["no", "uncertain", "insufficient", None])
def test_only_a_yes_is_read(verdict: str | None) -> None:
    assert on_ranking(BEST, verdict, ["Gizmography-guided lavage is an effective option."]) == verdict


def test_another_question_keeps_its_yes() -> None:
    assert on_ranking("Is gizmography useful for wheezitis?", "yes", ["Gizmography is useful."]) == "yes"


def test_default_corpus_best_test_is_not_a_yes_above_a_treatment(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is ultrasound the best test to find calcium deposits in the rotator cuff?")
    assert answer.verdict != "yes"
