"""A question whose topic, as read, no retrieved statement mentions (service.answer.scoring.topic_candidates):
its statements are scored as for a question without a topic and quoted, if at all, only as closest evidence."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import concept
from service.answer.pipeline import closest_evidence
from service.answer.question import read_question
from service.answer.scoring import candidates, topic_candidates
from service.answer.tuning import AnswerTuning
from tests.service.test_closest_only import MODEL, STATS


def _hit(doc: str, *sentences: str, rank: int = 1) -> Hit:
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    document = Document(id=doc, title="", kind=DocumentKind.RESEARCH, source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    return Hit(chunk=Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=tuple(spans)),
               document=document, rank=rank, score=1.0, dense=0.8, lexical=2.0)


QUESTION = read_question("Does widening of the calyx funnel predict stone clearance after lithotripsy?")
# The sources name the topic in their own words ("SWL", "calyceal"): no statement mentions it as read.
HITS = [_hit("r1", "Lower calyceal stones cleared in 60 of 78 adults treated with SWL when the calyx was wide.",
             "Adults with a narrow infundibulum kept residual fragments more often after SWL."),
        _hit("r2", "Residual fragments after SWL were more common in adults with narrow infundibula.", rank=2)]


def _concepts() -> tuple:
    return (concept(QUESTION.intervention, STATS.lexicon, STATS.idf) if QUESTION.intervention else None,
            concept(QUESTION.condition, STATS.lexicon, STATS.idf, condition=True) if QUESTION.condition else None)


def test_a_topic_no_statement_mentions_gives_closest_only_statements_never_direct() -> None:
    i_concept, c_concept = _concepts()
    assert i_concept is not None or c_concept is not None
    assert candidates(QUESTION, HITS, STATS, i_concept, c_concept, model=MODEL) == []  # the topic filter as before
    found = topic_candidates(QUESTION, HITS, STATS, i_concept, c_concept, model=MODEL)
    assert {c.text for c in found} == {t for h in HITS for t in h.chunk.sentence_texts()}
    assert all(c.closest_only and not c.direct for c in found)
    # Quoted under the caveat when the relevance model believes them (here every statement at 0.5, so a floor
    # of 0.5 for a question with a topic), never otherwise.
    assert closest_evidence([], found, QUESTION, AnswerTuning(closest_floor=0.5))
    assert closest_evidence([], found, QUESTION, AnswerTuning(closest_floor=0.8)) == []


def test_a_topic_some_statement_mentions_keeps_the_topic_filter() -> None:
    hits = [*HITS, _hit("r3", "Stone clearance after lithotripsy was higher with a wide calyx funnel in adults.")]
    i_concept, c_concept = _concepts()
    assert any(not c.closest_only for c in candidates(QUESTION, hits, STATS, i_concept, c_concept, model=MODEL))
    assert topic_candidates(QUESTION, hits, STATS, i_concept, c_concept, model=MODEL) == \
        candidates(QUESTION, hits, STATS, i_concept, c_concept, model=MODEL)
    # A question without a topic is read as before.
    plain = read_question("What happens after lithotripsy?")
    assert topic_candidates(plain, HITS, STATS, None, None, model=MODEL) == \
        candidates(plain, HITS, STATS, None, None, model=MODEL)
