"""Hand-built hits and candidates for the answer modules' unit tests (no index needed)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon, concept
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import Candidate, candidates, sentence_terms


def document(doc_id: str, kind: DocumentKind = DocumentKind.RESEARCH, flags: tuple = ()) -> Document:
    """A document with just the facts the answer side reads."""
    return Document(id=doc_id, title=f"Title of {doc_id}", kind=kind, source="S", year=2020, authors="", url="",
                    path="p", sha256="x", sections=(), flags=flags)


def hit(doc: Document, text: str, n: int = 0, rank: int = 1) -> Hit:
    """The ``n``-th chunk of ``doc`` holding one sentence, ``text``, as a search hit."""
    chunk = Chunk(id=f"{doc.id}#{n}", doc_id=doc.id, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=doc, rank=rank, score=1.0, dense=0.8)


def candidate(text: str, kind: DocumentKind = DocumentKind.RESEARCH, i: bool = False, c: bool = False) -> Candidate:
    """A scored sentence of a one-sentence chunk of a ``kind`` document; ``i``/``c``: it names the question's
    intervention/condition (both make it direct)."""
    h = hit(document(f"{kind}-doc", kind), text)
    return Candidate(text=text, hit=h, score=1.0, coverage=1.0, terms=frozenset(text.lower().split()),
                     mentions_intervention=i, mentions_condition=c, direct=i and c)


def scored(text: str, score: float, doc: str, kind: DocumentKind = DocumentKind.RESEARCH, i: bool = True,
           c: bool = True, direct: bool = False) -> Candidate:
    """A statement of its own document ``doc`` with the relevance ``score``, its terms as the index reads them, for
    a question that names a topic (anchored); ``i``/``c``: it names the intervention/condition."""
    document_ = Document(id=doc, title="", kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                         sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit_ = Hit(chunk=chunk, document=document_, rank=1, score=1.0, dense=0.8, lexical=2.0)
    return Candidate(text, hit_, score, 0.5, sentence_terms(text), i, c, direct, anchored=True)


def direct_candidate(text: str) -> Candidate:
    """``candidate`` naming both the intervention and the condition, its terms as the index reads them."""
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a hand-written passage whose sentences end with '. ' (what ``scoring.statements`` reads
    beside the text)."""
    spans, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


def passage(*sentences: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A passage of ``sentences`` joined by single spaces, with each sentence's span (what ``scoring.statements``
    reads beside the text)."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return text, tuple(spans)


def guideline_candidate(text: str, score: float, doc: str) -> Candidate:
    """``text`` as one statement of a guideline ``doc`` the relevance model scored ``score``, its terms as the index
    reads them, neither direct nor anchored (the lead and closest-evidence tests)."""
    document_ = Document(id=doc, title="A gizmo overview", kind=DocumentKind("guideline"), source="Test", year=2020,
                         authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit_ = Hit(chunk=chunk, document=document_, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit_, score, 0.8, sentence_terms(text), False, False)


def direct_by_doc(question: str, condition: str, *hits: Hit) -> dict[str, bool]:
    """Whether each hit's document gives a direct candidate for ``question`` (whose intervention must read "drugx"
    and condition ``condition``), scored by a flat model with every term weighing 1 and no corpus lexicon."""
    q = read_question(question)
    assert q.intervention == "drugx" and q.condition == condition
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    return {c.doc_id: c.direct for c in candidates(q, list(hits), stats, concept(q.intervention or ""),
                                                   concept(q.condition or "", condition=True), model=model,
                                                   floors=False)}
