"""Eating or drinking a thing is the act of taking it, no part of it ("Should patients stop eating vegetables?" asks of
vegetables): read with the act, the topic was one no source names, and the guideline's "Patients taking warfarin do
not need to avoid green vegetables" was only the closest evidence."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import lead_text


def test_the_act_of_eating_is_no_part_of_the_topic() -> None:
    assert read_question("Should patients on gizmodol stop eating zorb beans?").intervention == "zorb beans"
    assert read_question("Should patients on gizmodol avoid drinking zorb juice?").intervention == "zorb juice"


def test_the_follow_up_on_eating_is_answered_no(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Does vitamin K intake affect warfarin?")
    answer = answer_question(loaded_index, "Should patients stop eating vegetables?", follows=first)
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("Patients taking warfarin do not need to avoid green vegetables")
