"""An adverb of degree that closes a question ("... avoid leafy green vegetables completely?") is no part of the asked
thing: the topic is read without it, and the source that says there is no need to avoid the thing answers."""
from __future__ import annotations

from index.search import Index
from service.answer.closing_adverb import without_closing_adverb
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import lead_text


def test_the_closing_adverb_is_left_out() -> None:
    assert without_closing_adverb("Should people avoid zorbs completely?") == "Should people avoid zorbs?"
    assert without_closing_adverb("Should gizmodol be stopped for good?") == "Should gizmodol be stopped?"
    # Not one inside the question, nor another word ending in -ly.
    assert without_closing_adverb("Should gizmodol be stopped completely in adults?") == \
        "Should gizmodol be stopped completely in adults?"
    assert without_closing_adverb("Should gizmodol be taken daily?") == "Should gizmodol be taken daily?"


def test_the_topic_is_read_without_it() -> None:
    q = read_question("Should people with gizmo arthritis avoid zorb exercise entirely?")
    assert (q.intervention, q.condition) == ("zorb exercise", "gizmo arthritis")
    assert q.text.endswith("entirely?")  # the question itself keeps its words


def test_no_need_to_avoid_answers_no(loaded_index: Index) -> None:
    # The default corpus: read as "leafy green vegetables completely", the question found no source ("insufficient").
    answer = answer_question(loaded_index, "Should a patient on warfarin avoid leafy green vegetables completely?")
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("Patients taking warfarin do not need to avoid green vegetables")
