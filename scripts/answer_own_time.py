"""The answer's own time: ``answer_question`` with the query vectors computed beforehand, so the encoder
(whose time is the floor's, and varies with its threads) is left out.

Usage: PYTHONPATH=. python scripts/answer_own_time.py INDEX_DIR [REPEATS]

Prints the p50 CPU time of the calling thread over the built-in bench questions x REPEATS. Use it to compare
two versions of the answer code on one index (alternate them: the machine's load moves the figure).
"""
from __future__ import annotations

import statistics
import sys
import time

import numpy as np
import torch

from eval.bench_questions import BUILTIN_QUESTIONS
from index.search import open_index
from service.answer.pipeline import answer_question


def main(index_dir: str, repeats: int = 5) -> None:
    """Print the p50 thread CPU time of an answer without the query encoder."""
    torch.set_num_threads(1)
    index = open_index(index_dir)
    encode = index.embedder.encode_query
    vectors = {q: encode(q) for q in BUILTIN_QUESTIONS}

    def cached(question: str) -> np.ndarray:
        return vectors[question] if question in vectors else encode(question)

    index.embedder.encode_query = cached  # type: ignore[method-assign]  # the encoder is the floor's time
    for question in BUILTIN_QUESTIONS:  # warm-up: lazy initialisation, caches
        answer_question(index, question)
    seconds = []
    for _ in range(repeats):
        for question in BUILTIN_QUESTIONS:
            started = time.thread_time()
            answer_question(index, question)
            seconds.append(time.thread_time() - started)
    print(f"{len(BUILTIN_QUESTIONS)} questions x {repeats}: answer without the encoder p50 "
          f"{1000 * statistics.median(seconds):.2f} ms CPU")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
