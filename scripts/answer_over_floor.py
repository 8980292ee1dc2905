"""Answer latency over the retrieval floor, interleaved per question so both see the same machine load.

Usage: PYTHONPATH=. python scripts/answer_over_floor.py INDEX_DIR [REPEATS]

The floor is what `eval.bench_measure.measure_floor` times (query embedding, raw FAISS and raw bm25s at the hybrid
depth); the answer is `answer_question`. One torch thread, as each serving worker has.

A second line gives the same p50s in CPU time of the calling thread, which other programs on a busy machine
inflate far less than wall time (an answer preempted by another process waits a whole time slice). The
encoder's own worker threads are not counted in it, so if anything it understates the floor.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from typing import Callable

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
    for question in BUILTIN_QUESTIONS:  # warm-up: lazy initialisation, caches
        floor(index, question)
        answer_question(index, question)
    # Interleaved per question, so that both see the same load: (wall, thread CPU) seconds of each call.
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


def _timed(call: Callable[[Index, str], object], index: Index, question: str) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.thread_time()
    call(index, question)
    return time.perf_counter() - started, time.thread_time() - cpu


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
