"""Questions of session 47's unseen lists that medcite read wrongly on the default corpus: a word of fitness before a
rank ("Is X suitable first-line for Y?") read as part of the thing asked, so no statement named it."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("text, intervention, condition", [
    # base: "thiazide diuretic suitable", "drugm appropriate", "oral iron an option", "drugm suitable as"
    ("Is a thiazide diuretic suitable first-line for an older adult with high blood pressure?", "thiazide diuretic",
     "older adult with high blood pressure"),
    ("Is drugm appropriate first-line for plimgraine?", "drugm", "plimgraine"),
    ("Is oral iron an option first-line for iron-deficiency anaemia?", "oral iron", "iron-deficiency anaemia"),
    ("Is drugm suitable as first-line treatment for plimgraine?", "drugm", "plimgraine"),
    ("Are beta blockers a reasonable choice first line for hypertension?", "beta blockers", "hypertension"),
    # as before
    ("Is an ACE inhibitor recommended first line for high blood pressure?", "ACE inhibitor", "high blood pressure"),
    ("Is propranolol a suitable first-line drug for migraine prevention?", "propranolol", "migraine prevention"),
])
def test_a_word_of_fitness_before_a_rank_is_no_part_of_the_thing_ranked(text: str, intervention: str,
                                                                        condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition)


def test_a_thiazide_suitable_first_line_is_answered_by_the_first_line_classes(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is a thiazide diuretic suitable first-line for an older adult with high "
                                           "blood pressure?")
    # base: "insufficient direct evidence", the thing asked being "thiazide diuretic suitable"
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Four drug classes are recommended as first-line treatment")
