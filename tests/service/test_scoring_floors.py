"""Statement floors: the hand-set floors, and the learned model keeping what it believes past them."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates
from service.answer.tuning import AnswerTuning

TEXT = "Mosdepth computes genome-wide sequencing coverage quickly from alignment files."
STATS = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))


def _hit(dense: float) -> Hit:
    document = Document(id="d1", title="A tool", kind="research", source="Test", year=2020, authors="", url="",
                        path="d1", sha256="", sections=())
    chunk = Chunk(id="d1#0", doc_id="d1", heading=(), text=TEXT, sentences=((0, len(TEXT)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=1.0)


def _model(intercept: float) -> LinearModel:
    return LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), intercept, "test")


def _kept(dense: float, intercept: float, tuning: AnswerTuning) -> list[str]:
    q = read_question("What is mosdepth used for?")
    return [c.text for c in candidates(q, [_hit(dense)], STATS, None, None, tuning, model=_model(intercept))]


def test_a_passage_below_the_dense_floor_is_quoted_when_the_model_believes_it() -> None:
    tuning = AnswerTuning(min_dense=0.35, min_dense_any=0.2, keep_probability=0.5)
    assert _kept(0.3, 5.0, tuning) == [TEXT]  # P = 0.99
    assert _kept(0.3, -5.0, tuning) == []  # P = 0.01: the hand-set floor decides
    assert _kept(0.1, 5.0, tuning) == []  # too far from the question for anything


def test_the_hand_set_floors_alone_when_the_model_may_not_overrule_them() -> None:
    tuning = AnswerTuning(min_dense=0.35, min_dense_any=0.35, keep_probability=1.01)
    assert _kept(0.3, 5.0, tuning) == []
    assert _kept(0.5, -5.0, tuning) == [TEXT]  # past the floors, kept whatever the model says
