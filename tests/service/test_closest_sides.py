"""Closest evidence on a question asking the difference between two things (session 42): the quotes name each
side alone, not one side twice and a sentence that only lists both (``pipeline.each_side``)."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.pipeline import closest_statements
from service.answer.question import compared_sides, read_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.tuning import AnswerTuning

TUNING = AnswerTuning(closest_statements=2, support_same_source=True)


def _candidate(text: str, score: float, doc: str = "d") -> Candidate:
    document = Document(id=doc, title="", kind=DocumentKind.RESEARCH, source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), False, False, False)


ONE_A = _candidate("Gizmo A1, also called zorbinol, is made by plants and is the main dietary form of gizmo.", 0.95)
ONE_B = _candidate("Green vegetables such as kale are the richest sources of gizmo A1.", 0.93)
TWO = _candidate("Gizmo A2 is the collective name for the menazorbs, which differ in their side chains.", 0.80)
BOTH = _candidate("Gizmo A3 is different from gizmo A1 and A2 and is not used in supplements.", 0.90)


def test_the_sides_of_a_difference_are_read_from_the_question() -> None:
    assert compared_sides("What is the difference between gizmo A1 and gizmo A2?") == ("gizmo A1", "gizmo A2")
    assert compared_sides("What are the differences between gizmo A1 and A2 in adults?") == ("gizmo A1", "gizmo A2")
    assert compared_sides("How does zorbinol differ from menazorb?") == ("zorbinol", "menazorb")
    assert compared_sides("How do zorbinol and menazorb differ?") == ("zorbinol", "menazorb")
    assert compared_sides("Is gizmo A1 better than gizmo A2?") is None


def test_closest_evidence_on_a_difference_names_each_side() -> None:
    q = read_question("What is the difference between gizmo A1 and gizmo A2?")
    assert q.intervention is None and q.condition is None
    quoted = closest_statements([ONE_A, ONE_B, BOTH, TWO], q, TUNING)
    assert quoted == [ONE_A, TWO]  # the second statement on A1 gives way to the one on A2
    # Any other question: as before, by relevance alone.
    other = read_question("What are gizmo A1 and gizmo A2?")
    assert closest_statements([ONE_A, ONE_B, BOTH, TWO], other, TUNING) == [ONE_A, ONE_B]
