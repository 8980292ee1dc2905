"""A guideline's advice for the case in which what was given failed ("For patients whose pain persists despite ...,
clinicians should consider ..."), kept under the relevance floors for a question naming no topic whose case says the
treatment failed ("3 mo splint no better - next step?"): it shares none of the case's words, and without it the answer
quoted the first-line advice the patient had already had (``scoring._branch_kept``)."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates

from tests.service.candidates import passage

_FIRST = "A sore wrist in a 51F: splint and rest first, a next step only later."
_BRANCH = ("For patients whose pain persists despite three months of splinting, clinicians should consider a zib "
           "injection.")
_NOTE = "Pain often persists despite splinting in older hands."


def _hit(doc_id: str, sentences: tuple[str, ...], dense: float = 0.7) -> Hit:
    text, spans = passage(*sentences)
    chunk = Chunk(id=f"{doc_id}#0", doc_id=doc_id, heading=(), text=text, sentences=spans)
    document = Document(id=doc_id, title="Sore hands", kind=DocumentKind.GUIDELINE, source="Test", year=2020,
                        authors="", url="", path=doc_id, sha256="", sections=())
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=1.0)


def _kept(question: str, *hits: Hit) -> list[str]:
    """The statements ``candidates`` keeps for ``question`` (read with no topic) under a model that believes nothing,
    with every term weighing 1."""
    q = read_question(question)
    assert q.intervention is None and q.condition is None
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -4.0, "test")
    return [c.text for c in candidates(q, list(hits), stats, None, None, model=model)]


def test_advice_for_the_failed_case_is_kept_from_a_found_source() -> None:
    kept = _kept("51F, sore wrist, 3 mo splint + rest no better - next step?", _hit("g1", (_FIRST, _BRANCH, _NOTE)))
    assert _FIRST in kept and _BRANCH in kept
    assert _NOTE not in kept  # (a failure said, but no advice)


def test_advice_for_the_failed_case_is_not_kept_from_a_source_found_for_nothing_else() -> None:
    kept = _kept("51F, sore wrist, 3 mo splint + rest no better - next step?", _hit("g1", (_FIRST,)),
                 _hit("g2", (_BRANCH,)))
    assert _BRANCH not in kept


def test_nothing_is_kept_where_the_case_states_no_failure_or_asks_what_comes_before_a_step() -> None:
    assert _BRANCH not in _kept("51F, sore wrist, 3 mo splint + rest - next step?", _hit("g1", (_FIRST, _BRANCH)))
    assert _BRANCH not in _kept("51F, sore wrist, splint + rest no better - what to check before stepping up?",
                                _hit("g1", (_FIRST, _BRANCH)))


def test_advice_for_the_failed_case_is_not_kept_from_a_passage_far_from_the_question() -> None:
    # (Its source found by another sentence of a far passage: another topic's advice for its own failed case.)
    far = _hit("g1", (_FIRST, _BRANCH), dense=0.45)
    assert _BRANCH not in _kept("51F, sore wrist, 3 mo splint + rest no better - next step?", far)
