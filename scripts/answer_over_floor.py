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
    floors, answers, floors_cpu, answers_cpu = [], [], [], []
    for _ in range(repeats):
        for question in BUILTIN_QUESTIONS:
            started, cpu = time.perf_counter(), time.thread_time()
            floor(index, question)
            floors.append(time.perf_counter() - started)
            floors_cpu.append(time.thread_time() - cpu)
            started, cpu = time.perf_counter(), time.thread_time()
            answer_question(index, question)
            answers.append(time.perf_counter() - started)
            answers_cpu.append(time.thread_time() - cpu)
    f, a = statistics.median(floors), statistics.median(answers)
    print(f"{len(BUILTIN_QUESTIONS)} questions x {repeats}: floor p50 {1000 * f:.1f} ms, "
          f"answer p50 {1000 * a:.1f} ms, answer/floor {a / f:.2f}")
    f, a = statistics.median(floors_cpu), statistics.median(answers_cpu)
    print(f"CPU time of this thread: floor p50 {1000 * f:.1f} ms, answer p50 {1000 * a:.1f} ms, "
          f"answer/floor {a / f:.2f} (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
