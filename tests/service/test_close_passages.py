"""A question in words the corpus does not use: when no statement passes the relevance floors, which weigh the
question's words, the passages the embedder finds close to the question are quoted as closest evidence rather
than an answer that no relevant evidence was found (service.answer.scoring.topic_candidates; session 27)."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from tests.service.test_answering import assert_verifiable


def test_a_question_in_other_words_quotes_the_close_passage(loaded_index: Index) -> None:
    # "X-ray" where the corpus says "radiographs": every statement fell below the coverage floor and the answer
    # said that medcite found no relevant evidence, beside a passage on exactly this.
    answer = answer_question(loaded_index, "Can calcific tendinitis be seen on X-ray?")
    assert answer.evidence.level == "indirect"
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert any("adiograph" in text for text in quoted)
    assert answer.verdict == "insufficient"  # closest evidence carries no yes or no
    assert_verifiable(answer)


def test_a_question_far_from_every_passage_still_cites_nothing(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "What is the airspeed velocity of an unladen swallow?")
    assert answer.evidence.level == "none" and answer.references == []
