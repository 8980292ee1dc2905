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

A fourth line gives, per answer (means), what its thread pays besides the interpreter's own instructions: the cyclic
garbage collector's passes and their thread CPU time (``gc.callbacks``), the page faults and the system (kernel) part
of its CPU time (``getrusage(RUSAGE_THREAD)``). Session 61 found them small (GC ~0.02 ms, no faults, no system
time): the answer's cost is its own work, made dearer by the caches the encoder has just filled.
"""
from __future__ import annotations

import gc
import os
import resource
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
    costs = [_COSTS[k] for k in range(1, len(_COSTS), 2)]  # the answers' (the floors' come first in each pair)
    mean = {key: statistics.fmean(c[key] for c in costs) for key in costs[0]}
    print(f"per answer (means): {mean['passes']:.2f} GC passes ({mean['full']:.3f} full) taking "
          f"{1000 * mean['gc']:.3f} ms, {mean['faults']:.1f} minor and {mean['major']:.1f} major page faults, "
          f"system CPU {1000 * mean['system']:.3f} ms of {1000 * (mean['user'] + mean['system']):.2f} ms")


_ENCODER = [0.0]  # thread CPU seconds spent in the encoder since the last call to _timed began
_COSTS: list[dict[str, float]] = []  # per timed call, in order: what its thread paid besides its instructions
_COLLECTING = {"passes": 0.0, "full": 0.0, "gc": 0.0, "started": 0.0}  # the garbage collector's, this call


def _on_collection(phase: str, info: dict[str, int]) -> None:
    """A ``gc.callbacks`` hook: count each pass of the cyclic collector and its thread CPU time."""
    if phase == "start":
        _COLLECTING["started"] = time.thread_time()
        return
    _COLLECTING["gc"] += time.thread_time() - _COLLECTING["started"]
    _COLLECTING["passes"] += 1
    _COLLECTING["full"] += info["generation"] == 2


def _timed(call: Callable[[Index, str], object], index: Index, question: str) -> tuple[float, float, float]:
    """(wall, thread CPU, thread CPU in the encoder) seconds of one call; what its thread paid besides its
    instructions goes to ``_COSTS`` (read outside the timed span, so the reading costs the times nothing)."""
    _ENCODER[0] = 0.0
    _COLLECTING.update(passes=0.0, full=0.0, gc=0.0)
    if _on_collection not in gc.callbacks:
        gc.callbacks.append(_on_collection)
    before = resource.getrusage(resource.RUSAGE_THREAD)
    started, cpu = time.perf_counter(), time.thread_time()
    call(index, question)
    timed = time.perf_counter() - started, time.thread_time() - cpu, _ENCODER[0]
    after = resource.getrusage(resource.RUSAGE_THREAD)
    _COSTS.append({"passes": _COLLECTING["passes"], "full": _COLLECTING["full"], "gc": _COLLECTING["gc"],
                   "faults": after.ru_minflt - before.ru_minflt, "major": after.ru_majflt - before.ru_majflt,
                   "user": after.ru_utime - before.ru_utime, "system": after.ru_stime - before.ru_stime})
    return timed


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
