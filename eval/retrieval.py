"""Document-level retrieval evaluation: run every query through ``Index.search`` and score with ranx.

A document's score is its best chunk's score, so corpora cut into several chunks per document are judged
on the documents the qrels name. Metrics come from ranx; the retrievers are compared with a paired test.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import ranx

from eval.datasets import Query
from index.search import MODES, Index, SearchMode

METRICS = ("ndcg@10", "recall@10", "recall@100", "mrr@10", "map@100")
RETRIEVERS = MODES  # every search mode, each retriever alone before the fused one
RECALL_CUTOFFS = (1, 3, 5, 10, 20, 50, 100)
STAT_TEST = "student"  # paired t-test, ranx's default; significance at p < MAX_P
MAX_P = 0.01

Run = dict[str, dict[str, float]]  # query id -> doc id -> score
Tick = Callable[[int], None]  # hears how many queries (or texts) were done since the last call


@dataclass(frozen=True)
class Comparison:
    """ranx.compare's verdict for one retriever: which others it beats significantly, per metric."""

    beats: dict[str, tuple[str, ...]]  # metric -> names of retrievers it is significantly better than
    p_values: dict[str, dict[str, float]]  # metric -> other retriever -> p value


@dataclass(frozen=True)
class RetrievalResult:
    """The scores of every retriever on one data set, and what the figures rest on."""

    dataset: str
    split: str
    queries: int
    metrics: dict[str, dict[str, float]]  # retriever -> metric -> mean
    recall_at_k: dict[str, dict[int, float]]  # retriever -> cutoff -> mean recall
    comparison: dict[str, Comparison] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # retriever -> query time
    settings: dict = field(default_factory=dict)


def embed_queries(index: Index, queries: list[Query], tick: Tick | None = None) -> np.ndarray:
    """All query vectors in one batched pass (shape: queries x dimension), in query order."""
    return index.embedder.encode([q.text for q in queries], on_batch=tick)


def chunks_per_document(index: Index) -> float:
    """Average chunks per document of the index (at least 1)."""
    counts = index.manifest.counts
    return max(1.0, counts.get("chunks", 1) / max(1, counts.get("documents", 1)))


def run_queries(index: Index, queries: list[Query], mode: SearchMode, k: int = 100,
                vectors: np.ndarray | None = None, tick: Tick | None = None) -> Run:
    """The document-level run of one retriever: top ``k`` documents per query, a document scored by its
    best chunk.

    The index is asked for ``k`` times the average chunks per document, so a multi-chunk corpus still
    yields about ``k`` documents; ``vectors`` (from embed_queries) spares a model call per query.
    """
    chunk_k = int(math.ceil(k * chunks_per_document(index)))
    run: Run = {}
    for i, query in enumerate(queries):
        vector = vectors[i] if vectors is not None and mode != SearchMode.BM25 else None
        hits = index.search(query.text, k=chunk_k, mode=mode, query_vector=vector)
        run[query.id] = document_scores([(h.chunk.doc_id, h.score) for h in hits], k)
        if tick:
            tick(1)
    return run


def document_scores(chunk_scores: list[tuple[str, float]], k: int) -> dict[str, float]:
    """Best chunk score per document, the top ``k`` documents kept.

    Ties keep the search order, which ranx would otherwise break by document id: scores are nudged
    down by rank so the run file reproduces the ranking the user saw.
    """
    best: dict[str, float] = {}
    for doc_id, score in chunk_scores:
        if doc_id not in best:
            best[doc_id] = float(score)
    ranked = list(best.items())[:k]
    out: dict[str, float] = {}
    for rank, (doc_id, score) in enumerate(ranked):
        out[doc_id] = score - rank * 1e-9
    return out


def evaluate(qrels: dict[str, dict[str, int]], runs: dict[str, Run],
             metrics: tuple[str, ...] = METRICS) -> dict[str, dict[str, float]]:
    """Mean metric values per retriever (queries a run misses count as 0)."""
    judged = _qrels(qrels)
    return {name: _mean_scores(ranx.evaluate(judged, _run(run, name, qrels), list(metrics),
                                             make_comparable=True))
            for name, run in runs.items()}


def recall_curve(qrels: dict[str, dict[str, int]], runs: dict[str, Run],
                 cutoffs: tuple[int, ...] = RECALL_CUTOFFS) -> dict[str, dict[int, float]]:
    """Mean Recall@k per retriever at each cutoff (for the Recall@k plot)."""
    names = [f"recall@{c}" for c in cutoffs]
    scores = evaluate(qrels, runs, tuple(names))
    return {r: {c: scores[r][n] for c, n in zip(cutoffs, names)} for r in runs}


def compare(qrels: dict[str, dict[str, int]], runs: dict[str, Run],
            metrics: tuple[str, ...] = METRICS) -> dict[str, Comparison]:
    """Paired significance tests between every pair of retrievers (ranx.compare)."""
    if len(runs) < 2:
        return {name: Comparison(beats={}, p_values={}) for name in runs}
    report = ranx.compare(_qrels(qrels), [_run(run, name, qrels) for name, run in runs.items()],
                          metrics=list(metrics), stat_test=STAT_TEST, max_p=MAX_P, make_comparable=True)
    data = report.to_dict()
    out = {}
    for name in runs:
        p_values = {m: {other: float(values[m]) for other, values in data[name]["comparisons"].items()}
                    for m in metrics}
        beats = {m: tuple(other for other, p in p_values[m].items()
                          if p < MAX_P and data[name]["scores"][m] > data[other]["scores"][m])
                 for m in metrics}
        out[name] = Comparison(beats=beats, p_values=p_values)
    return out


def _qrels(qrels: dict[str, dict[str, int]]) -> ranx.Qrels:
    return ranx.Qrels.from_dict({q: dict(d) for q, d in qrels.items()})


def _run(run: Run, name: str, qrels: dict[str, dict[str, int]]) -> ranx.Run:
    # ranx needs every judged query present; an empty answer list is a legitimate zero.
    filled = {q: (run.get(q) or {}) for q in qrels}
    return ranx.Run.from_dict({q: d if d else {"__none__": 0.0} for q, d in filled.items()}, name=name)


def _mean_scores(scores: dict[str, float] | float) -> dict[str, float]:
    return {k: float(v) for k, v in scores.items()} if isinstance(scores, dict) else {"score": float(scores)}
