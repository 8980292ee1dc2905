"""Answer latency over the retrieval floor, interleaved per question so both see the same machine load.

Usage: PYTHONPATH=. python scripts/answer_over_floor.py INDEX_DIR [REPEATS]

The floor is what `eval.bench_measure.measure_floor` times (query embedding, raw FAISS and raw bm25s at the hybrid
depth); the answer is `answer_question`. One torch thread, as each serving worker has.

A second line gives the same p50s in CPU time of the calling thread, which other programs on a busy machine
inflate far less than wall time (an answer preempted by another process waits a whole time slice). The
encoder's own worker threads are not counted in it, so if anything it understates the floor.

A third line gives the p50s of each call's thread CPU time less its encoder call's: the part of the answer its code
decides (and of the floor, raw FAISS and bm25s). Both run right after the encoder, with the CPU caches it has
filled, so they cost several times what the same calls cost repeated warm (``answer_own_time.py``): the figure to
compare two versions of the answer code by, in place, where the ratio also moves with the encoder's own time.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from typing import Callable

import numpy as np
import torch

from eval.bench_questions import BUILTIN_QUESTIONS
from index.lexical import tokenize
from index.search import Index, open_index
from service.answer.pipeline import answer_question


def floor(index: Index, question: str) -> None:
    """Embed the question and run both raw retrievers at the depth the answer's hybrid search asks each
    of them for (the index's fusion depth): what no answer can be faster than."""
    depth = index.fusion.depth
    vector = index.embedder.encode_query(question)
    index.vectors.search(vector.reshape(1, -1), min(depth, index.vectors.ntotal))
    terms = [t for t in tokenize(question) if t in index.bm25.vocab_dict]
    if terms:
        k = min(depth, int(index.bm25.scores.get("num_docs", depth)))
        index.bm25.retrieve([terms], k=k, show_progress=False, n_threads=0)


def main(index_dir: str, repeats: int = 3) -> None:
    """Print floor p50, answer p50 and their ratio."""
    torch.set_num_threads(1)
    index = open_index(index_dir)
    encode = index.embedder.encode_query

    def timed_encode(text: str) -> np.ndarray:  # the encoder's thread CPU time, kept for the third line
        started = time.thread_time()
        try:
            return encode(text)
        finally:
            _ENCODER[0] += time.thread_time() - started

    index.embedder.encode_query = timed_encode  # type: ignore[method-assign]
    for question in BUILTIN_QUESTIONS:  # warm-up: lazy initialisation, caches
        floor(index, question)
        answer_question(index, question)
    # Interleaved per question, so that both see the same load: (wall, thread CPU, encoder CPU) seconds of each.
    pairs = [(_timed(floor, index, q), _timed(answer_question, index, q))
             for _ in range(repeats) for q in BUILTIN_QUESTIONS]
    floors, floors_cpu = [f[0] for f, _ in pairs], [f[1] for f, _ in pairs]
    answers, answers_cpu = [a[0] for _, a in pairs], [a[1] for _, a in pairs]
    f, a = statistics.median(floors), statistics.median(answers)
    print(f"{len(BUILTIN_QUESTIONS)} questions x {repeats}: floor p50 {1000 * f:.1f} ms, "
          f"answer p50 {1000 * a:.1f} ms, answer/floor {a / f:.2f}")
    f, a = statistics.median(floors_cpu), statistics.median(answers_cpu)
    print(f"CPU time of this thread: floor p50 {1000 * f:.1f} ms, answer p50 {1000 * a:.1f} ms, "
          f"answer/floor {a / f:.2f} (load average {os.getloadavg()[0]:.1f})")
    f = statistics.median(cpu - encoder for (_, cpu, encoder), _ in pairs)
    a = statistics.median(cpu - encoder for _, (_, cpu, encoder) in pairs)
    print(f"... less the encoder's: floor p50 {1000 * f:.2f} ms, answer p50 {1000 * a:.2f} ms")


_ENCODER = [0.0]  # thread CPU seconds spent in the encoder since the last call to _timed began


def _timed(call: Callable[[Index, str], object], index: Index, question: str) -> tuple[float, float, float]:
    """(wall, thread CPU, thread CPU in the encoder) seconds of one call."""
    _ENCODER[0] = 0.0
    started, cpu = time.perf_counter(), time.thread_time()
    call(index, question)
    return time.perf_counter() - started, time.thread_time() - cpu, _ENCODER[0]


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
