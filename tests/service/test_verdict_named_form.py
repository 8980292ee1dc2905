"""A "no" does not stand above a statement that names the asked thing in the very form the question asks it can take
("Single-gizmo Q-seq detects ..." for "Can Q-seq be employed in single-gizmo mode?"), and the rule reads only a form
named as one (session 54)."""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide
from service.answer.verdict_named_form import asked_form, names_in_asked_form

# A model that leans "no" on anything.
LEANING_NO = VerdictModel(weights={}, intercept=0.2, no_below=0.6, yes_above=0.6, relevant_floor=0.0)


def _research(text: str) -> Candidate:
    document = Document(id="r1", title="A study", kind="research", source="Test", year=2020, authors="",
                        url="", path="r1", sha256="", sections=())
    chunk = Chunk(id="r1#0", doc_id="r1", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, frozenset(), True, True, True, anchored=True)


def _verdict(question: str, text: str) -> str:
    c = _research(text)
    return decide(question, [c], [c], LEANING_NO)[0]


QUESTION = "Can Q-seq be employed in single-gizmo mode?"


def test_the_asked_form_is_read_from_the_question() -> None:
    assert asked_form(QUESTION) == (["q", "seq"], ["single", "gizmo"])
    assert asked_form("Can drugx be used in children?") is None  # people, not a form
    assert asked_form("Does Q-seq work in single-gizmo mode?") is None


def test_a_statement_naming_the_asked_form_is_no_no() -> None:
    text = "Single-gizmo Q-seq detects open widgets in individual gizmos."
    assert names_in_asked_form(QUESTION, [text])
    assert _verdict(QUESTION, text) == "yes"


@pytest.mark.parametrize("text", [
    "Q-seq detects open widgets in pooled gizmos.",  # the form not named
    "Single-gizmo Q-seq is not feasible with current widgets.",  # named, and denied
    "Q-seq of single gizmos remains out of reach.",  # the words, not as a name of the form
])
def test_a_statement_without_the_named_form_keeps_its_no(text: str) -> None:
    assert not names_in_asked_form(QUESTION, [text])
    assert _verdict(QUESTION, text) == "no"
