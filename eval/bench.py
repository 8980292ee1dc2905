"""The service benchmark: how far answering is above raw retrieval, what HTTP serving sustains, and what
ingest costs beside the model's own encode, measured in one run on one index.

- floor: per question, the index's embedder on the query + a raw FAISS search + a raw bm25s retrieval
  (the least any answer must cost);
- answer: ``answer_question`` on the loaded index, in process;
- HTTP: a real ``medcite serve`` subprocess on 127.0.0.1 (a free port, its own answer database in a
  temporary folder), POST /v1/answers from 1, 4, 16 ... keep-alive clients (``eval.load``);
- ingest: ``eval.ingest_speed.measure_ingest`` (pipeline chunks/s beside raw encode chunks/s);
- memory: peak RSS of this process and of the server's processes.

This module runs them in order; each job is its own module: ``bench_questions`` (what is asked),
``bench_measure`` (floor and in-process answers), ``bench_server`` (the server subprocess), ``bench_proc``
(/proc readings of its processes) and ``bench_report`` (the result and its JSON).
"""
from __future__ import annotations

import os
import resource
from pathlib import Path
from typing import Callable

from eval.bench_measure import measure_answers, measure_floor
from eval.bench_report import BenchResult
from eval.bench_server import running_server, warm_up
from eval.load import run_load


def run_bench(index_dir: Path, corpus: Path | None, questions: list[str], concurrency: list[int],
              requests: int, workers: int, repeats: int = 3, time_cap: float = 60.0, threads: int | None = None,
              say: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Every measurement of the benchmark, in order: floor, in-process answers, HTTP, ingest.

    ``threads`` caps torch in this process (the in-process and ingest measurements); the server's
    workers get ``medcite serve``'s own default (cores / workers each).
    """
    import torch

    from index.search import open_index

    load_before = os.getloadavg()[0]
    if threads:
        torch.set_num_threads(threads)
    say(f"loading {index_dir}")
    index = open_index(index_dir)
    say("floor: embed + FAISS + bm25s")
    floor, parts = measure_floor(index, questions, repeats)
    say(f"floor p50 {floor.p50_ms:.1f} ms; in-process answers")
    answer = measure_answers(index, questions, repeats)
    say(f"answer p50 {answer.p50_ms:.1f} ms; starting the server ({workers} worker(s))")
    index.close()
    single, levels = None, []
    server_cpu_ms: dict[str, float] = {}
    with running_server(index_dir, workers) as server:
        url = f"{server.url}/v1/answers"
        warm_up(url, questions, workers)
        bodies = [{"question": q} for q in questions]
        single = run_load(url, bodies, concurrency=1, requests=max(len(questions) * repeats, 1),
                          time_cap=time_cap)
        say(f"http single client p50 {single.p50_ms:.1f} ms")
        for level in concurrency:
            cpu_before = server.cpu_seconds()
            result = run_load(url, bodies, concurrency=level, requests=requests, time_cap=time_cap)
            if result.answers:
                server_cpu_ms[str(level)] = round((server.cpu_seconds() - cpu_before) * 1000 / result.answers, 1)
            say(f"http c={level}: {result.answers_per_s:.1f} answers/s, {result.errors} errors, "
                f"server CPU {server_cpu_ms.get(str(level))} ms/answer")
            levels.append(result)
        server_rss = server.peak_rss_mb()
        server_pss = server.pss_mb()
    ingest = None
    if corpus is not None:
        from dataclasses import asdict

        from eval.ingest_speed import measure_ingest

        say(f"ingest of {corpus}")
        ingest = asdict(measure_ingest(corpus))
    return BenchResult(
        index=str(index_dir), corpus=str(corpus) if corpus else None, questions=len(questions), workers=workers,
        cores=len(os.sched_getaffinity(0)), floor=floor, floor_parts_ms=parts, answer=answer,
        http_single=single, http_levels=levels, ingest=ingest,
        bench_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        server_rss_mb=server_rss, server_pss_mb=server_pss, server_cpu_ms_per_answer=server_cpu_ms,
        threads=torch.get_num_threads(),
        load_average=(round(load_before, 2), round(os.getloadavg()[0], 2)),
    )
