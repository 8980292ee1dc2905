"""``medcite-eval bench``: answer latency against the retrieval floor, HTTP throughput, ingest speed, memory."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from eval.bench import BenchResult, read_questions, run_bench
from index.errors import IndexError_
from ingest.errors import CorpusError

err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the ``bench`` command to the medcite-eval app."""
    app.command("bench")(bench)


def bench(
    index: Path = typer.Option(..., "--index", help="Index directory to answer from (and serve)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus",
                                          help="Corpus folder for the ingest measurement (skipped without)."),
    concurrency: str = typer.Option("1,4,16", "--concurrency", help="Comma-separated HTTP client counts."),
    requests: int = typer.Option(200, "--requests", min=1, help="Requests per concurrency level."),
    questions: Optional[Path] = typer.Option(None, "--questions",
                                             help="File of questions, one a line (default: 30 built in)."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Server worker processes."),
    repeats: int = typer.Option(3, "--repeats", min=1, help="In-process passes over the questions."),
    time_cap: float = typer.Option(60.0, "--time-cap", min=1.0, help="Seconds at most per HTTP level."),
    threads: Optional[int] = typer.Option(
        None, "--threads", min=1, help="Torch threads in this process (default: torch's, capped to the cores)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object as the last stdout line."),
) -> None:
    """Measure the retrieval floor, in-process and HTTP answer latency, HTTP throughput per concurrency,
    ingest against raw encode, and peak memory, in one run."""
    try:
        levels = [int(part) for part in concurrency.split(",") if part.strip()]
        if not levels or min(levels) < 1:
            raise ValueError
    except ValueError:
        err.print(f"error: --concurrency must list positive integers, e.g. 1,4,16 (got {concurrency!r})")
        raise typer.Exit(2) from None
    try:
        result = run_bench(index, corpus, read_questions(questions), levels, requests, workers, repeats,
                           time_cap, threads, say=lambda line: err.print(f"[dim]{line}[/dim]"))
    except (IndexError_, CorpusError, ValueError, OSError, RuntimeError) as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(result.to_json()))
        return
    _print(result)


def _print(result: BenchResult) -> None:
    data = result.to_json()
    out = Console()
    out.print(f"index {result.index}: {result.questions} questions, {result.workers} worker(s), {result.cores} cores, "
              f"{result.threads} torch thread(s) in process; load average {result.load_average}")
    out.print(f"floor (embed+FAISS+bm25s) p50 {data['floor_p50_ms']} ms  parts {data['floor_parts_p50_ms']}")
    out.print(f"answer in-process         p50 {data['answer_p50_ms']} ms  p99 {data['answer_p99_ms']} ms  "
              f"({data['answer_over_floor']}x floor; CPU p50 {data['answer_cpu_p50_ms']} vs "
              f"{data['floor_cpu_p50_ms']} ms)")
    out.print(f"answer over HTTP, 1 client p50 {data['http_p50_ms']} ms  p99 {data['http_p99_ms']} ms")
    for level in result.http_levels:
        out.print(f"  concurrency {level.concurrency:>3}: {level.answers_per_s:7.1f} answers/s  "
                  f"p50 {level.p50_ms:7.1f} ms  p99 {level.p99_ms:7.1f} ms  errors {level.errors}")
    if result.ingest:
        out.print(f"ingest {data['ingest_chunks_per_s']} chunks/s vs raw encode {data['raw_encode_chunks_per_s']} "
                  f"chunks/s (ratio {data['ingest_ratio']})")
    out.print(f"peak RSS: bench {result.bench_rss_mb} MB; server {data['rss_mb']['server_peak_by_pid']} MB "
              f"(PSS {result.server_pss_mb} MB)")
