"""Scoring remembers each chunk's statements by chunk id (``scoring.chunk_parts``): the memory must give what
``passage_statements`` and ``passage_closest_only`` give for the chunk's own text, spans and tuning, also when a
rebuilt index gives another text the same chunk id."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import Chunk
from service.answer.scoring import chunk_parts, passage_closest_only, passage_statements
from service.answer.tuning import TUNING, AnswerTuning

FINDING = "Oral iron raised haemoglobin by a mean of 1.2 g/dL over eight weeks in the trial."
AIM = "We evaluated whether intravenous iron shortens the recovery of anaemic patients after surgery."
OTHER = "Ferric carboxymaltose corrected anaemia faster than oral iron in the randomized trial of 300 women."


def _chunk(text: str, chunk_id: str = "doc#0") -> Chunk:
    return Chunk(id=chunk_id, doc_id="doc", heading=("Section",), text=text, sentences=((0, len(text)),))


def _expected(chunk: Chunk, tuning: AnswerTuning = TUNING, closest: bool = False) -> tuple:
    own = passage_statements(chunk.text, chunk.sentences, tuning)
    return (own, passage_closest_only(chunk.text, chunk.sentences, tuning)) if closest else (own,)


def test_the_parts_are_the_passage_s_statements_and_follow_a_new_text_under_the_same_id() -> None:
    for text in (FINDING, AIM, OTHER, FINDING, AIM):
        chunk = _chunk(text)
        for closest in (False, True, False):
            assert chunk_parts(chunk, TUNING, closest) == _expected(chunk, closest=closest)
    assert chunk_parts(_chunk(FINDING), TUNING)[0].texts == (FINDING,)
    assert chunk_parts(_chunk(AIM), TUNING, True)[0].texts == ()  # a statement of aim: closest evidence only
    assert chunk_parts(_chunk(AIM), TUNING, True)[1].texts == (AIM,)


def test_the_parts_follow_the_spans_and_the_tuning() -> None:
    chunk = _chunk(OTHER, "doc#1")
    assert chunk_parts(chunk, TUNING)[0].texts == (OTHER,)
    assert chunk_parts(replace(chunk, sentences=((0, 10),)), TUNING)[0].texts == ()  # a fragment only
    shorter = replace(TUNING, max_chars=len(OTHER) - 1)
    assert chunk_parts(chunk, shorter)[0].texts == () == _expected(chunk, shorter)[0].texts
    assert chunk_parts(chunk, TUNING)[0].texts == (OTHER,)
