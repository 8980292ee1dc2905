"""Retrieval remembers per chunk whether it has a quotable statement and one worded as advice: the memory must
answer as the functions it stands for, for the chunk's own text, spans and tuning (a rebuilt index may give
another text the same chunk id)."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import Chunk
from service.answer import retrieval
from service.answer.guideline import passage_gives_advice
from service.answer.scoring import has_quotable
from service.answer.tuning import TUNING

ADVICE = "Clinicians should offer oral iron as the first treatment for iron deficiency anaemia."
FINDING = "Oral iron raised haemoglobin by a mean of 1.2 g/dL over eight weeks in the trial."


def _chunk(text: str, chunk_id: str = "doc#0") -> Chunk:
    return Chunk(id=chunk_id, doc_id="doc", heading=("Section",), text=text, sentences=((0, len(text)),))


def test_the_memory_answers_as_the_functions_do_and_follows_a_new_text_under_the_same_id() -> None:
    for text in (ADVICE, FINDING, "Not applicable", ADVICE, "Not applicable"):
        chunk = _chunk(text)
        assert retrieval._quotable(chunk, TUNING) == has_quotable(chunk.text, chunk.sentences, TUNING)
        assert retrieval._gives_advice(chunk, TUNING) == passage_gives_advice(chunk.text, chunk.sentences, TUNING)
    assert retrieval._quotable(_chunk(ADVICE), TUNING) and retrieval._gives_advice(_chunk(ADVICE), TUNING)
    assert retrieval._quotable(_chunk(FINDING), TUNING) and not retrieval._gives_advice(_chunk(FINDING), TUNING)
    assert not retrieval._quotable(_chunk("Not applicable"), TUNING)


def test_the_memory_follows_the_spans_and_the_tuning() -> None:
    chunk = _chunk(FINDING, "doc#1")
    assert retrieval._quotable(chunk, TUNING)
    assert not retrieval._quotable(replace(chunk, sentences=((0, 10),)), TUNING)  # a fragment only
    assert not retrieval._quotable(chunk, replace(TUNING, min_chars=len(FINDING) + 1))
    assert retrieval._quotable(chunk, TUNING)
