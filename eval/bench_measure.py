"""The in-process measurements of the service benchmark: the retrieval floor (what any answer must cost)
and ``answer_question`` itself, each as per-call wall and CPU latencies."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from eval.load import percentile_ms

if TYPE_CHECKING:
    from index.search import Index


@dataclass(frozen=True)
class LatencyStats:
    """Per-call latencies of one measured operation: wall time, and the CPU time of this process (which
    other programs on a busy machine inflate far less than the wall time)."""

    calls: int
    p50_ms: float
    p99_ms: float
    mean_ms: float
    cpu_p50_ms: float = 0.0

    @classmethod
    def of(cls, seconds: list[float], cpu_seconds: list[float] | None = None) -> "LatencyStats":
        return cls(calls=len(seconds), p50_ms=percentile_ms(seconds, 50), p99_ms=percentile_ms(seconds, 99),
                   mean_ms=float(np.mean(seconds) * 1000.0) if seconds else 0.0,
                   cpu_p50_ms=percentile_ms(cpu_seconds or [], 50))


def measure_floor(index: Index, questions: list[str], repeats: int = 3) -> tuple[LatencyStats, dict[str, float]]:
    """Per question: the index's embedder on the query, a raw FAISS search and a raw bm25s retrieval
    (the index's tokenizer + ``BM25.retrieve``), each at the depth hybrid search uses. Also the p50 of
    each part."""
    from index.lexical import tokenize

    depth = index.fusion.depth  # what one hybrid search asks each retriever for
    vocab = index.bm25.vocab_dict
    k_lex = min(depth, int(index.bm25.scores.get("num_docs", depth)))
    k_vec = min(depth, index.vectors.ntotal)
    parts: dict[str, list[float]] = {"encode": [], "faiss": [], "bm25": []}
    totals: list[float] = []
    cpu: list[float] = []

    def once(question: str) -> tuple[float, float, float]:
        t0 = time.perf_counter()
        vector = index.embedder.encode_query(question)
        t1 = time.perf_counter()
        index.vectors.search(vector.reshape(1, -1), k_vec)
        t2 = time.perf_counter()
        terms = [t for t in tokenize(question) if t in vocab]
        if terms:
            index.bm25.retrieve([terms], k=k_lex, show_progress=False, n_threads=0)
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2

    for question in questions:  # warm-up: first calls pay for lazy initialisation
        once(question)
    for _ in range(repeats):
        for question in questions:
            cpu_started = time.process_time()
            encode, faiss_s, bm25_s = once(question)
            cpu.append(time.process_time() - cpu_started)
            parts["encode"].append(encode)
            parts["faiss"].append(faiss_s)
            parts["bm25"].append(bm25_s)
            totals.append(encode + faiss_s + bm25_s)
    return LatencyStats.of(totals, cpu), {name: round(percentile_ms(v, 50), 2) for name, v in parts.items()}


def measure_answers(index: Index, questions: list[str], repeats: int = 3) -> LatencyStats:
    """Per question: ``answer_question`` on the loaded index, in this process."""
    from service.answer.pipeline import answer_question

    for question in questions:
        answer_question(index, question)
    seconds, cpu = [], []
    for _ in range(repeats):
        for question in questions:
            started, cpu_started = time.perf_counter(), time.process_time()
            answer_question(index, question)
            seconds.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    return LatencyStats.of(seconds, cpu)
