"""``medcite-eval retrieval``: BM25, dense and hybrid retrieval scored on a BEIR-layout data set."""
from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from eval.cache import cached_index, default_cache_dir
from eval.datasets import HALVES, Dataset, load_dataset, select_half
from eval.errors import EvalOptionError
from eval.report import LABELS, write_report
from eval.console import user_errors
from eval.retrieval import (METRICS, RETRIEVERS, RetrievalResult, compare, embed_queries, evaluate,
                            recall_curve, run_queries)
from index.embedder import load_embedder
from index.search import SearchMode, open_index
from ingest.chunking import ChunkingParams

err = Console(stderr=True)
_STAGES = {"read": "Reading corpus", "embed": "Embedding passages"}


def register(app: typer.Typer) -> None:
    """Add the ``retrieval`` command to the medcite-eval app."""
    app.command("retrieval")(retrieval)


def retrieval(
    dataset: Path = typer.Option(..., "--dataset", help="BEIR-layout folder (corpus.jsonl, queries.jsonl, qrels/)."),
    retrievers: str = typer.Option(",".join(RETRIEVERS), "--retrievers",
                                   help=f"Comma-separated: {', '.join(RETRIEVERS)}."),
    split: str = typer.Option("test", "--split", help="qrels split (qrels/<split>.tsv)."),
    k: int = typer.Option(100, "--k", min=1, max=1000, help="Documents retrieved per query."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder (default ./eval-out/<dataset>)."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as one JSON object, the last line."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="sentence-transformers model folder (default: packaged MiniLM)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Index cache (default: MEDCITE_EVAL_CACHE_DIR, "
                                             "else ~/.cache/medcite/eval)."),
    half: str = typer.Option("all", "--half",
                             help="Queries: all, or the fixed hash halves dev / heldout (for tuning)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild the cached index even if it is current."),
) -> None:
    """Score retrievers on DATASET with nDCG@10, Recall@10/100, MRR@10, MAP@100 and a paired t-test."""
    with user_errors():
        names = _retrievers(retrievers)
        if half not in ("all", *HALVES):
            raise EvalOptionError(f"unknown --half {half!r} (choose from all, {', '.join(HALVES)})")
        data = load_dataset(dataset, split=split)
        if half != "all":
            data = select_half(data, half)
        result, runs = evaluate_dataset(data, names, k, model, cache_dir or default_cache_dir(), rebuild)
        default_out = Path("eval-out") / (data.name if half == "all" else f"{data.name}-{half}")
        written = write_report(result, runs, out or default_out)
    _print_table(result)
    err.print(f"report: {written['report.md']}")
    if as_json:
        print(json.dumps({"dataset": result.dataset, "results": result.metrics}))


def evaluate_dataset(data: Dataset, names: list[SearchMode], k: int, model: str | None, cache_dir: Path,
                     rebuild: bool = False) -> tuple[RetrievalResult, dict]:
    """Build or reuse the data set's index, run every retriever with progress bars, and score the runs."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    embedder = load_embedder(model)
    timings: dict[str, float] = {}
    with Progress(*columns, console=err, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(_STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        started = time.perf_counter()
        index_dir, built = cached_index(data.corpus_path, data.name, cache_dir, embedder,
                                        ChunkingParams(), progress, rebuild)
        timings["index"] = time.perf_counter() - started
        index = open_index(index_dir, embedder=embedder)
        try:
            queries = list(data.queries)
            vectors = None
            if any(n != SearchMode.BM25 for n in names):
                task = bar.add_task("Embedding queries", total=len(queries))
                started = time.perf_counter()
                vectors = embed_queries(index, queries, tick=lambda n: bar.advance(task, n))
                timings["embed_queries"] = time.perf_counter() - started
            runs: dict[str, dict[str, dict[str, float]]] = {}
            for name in names:
                task = bar.add_task(f"Querying {name}", total=len(queries))
                started = time.perf_counter()
                runs[name] = run_queries(index, queries, name, k, vectors, tick=partial(bar.advance, task))
                timings[name] = time.perf_counter() - started
            settings = {
                "k": k, "split": data.split, "queries": len(queries), "index": str(index_dir),
                "index_built_now": built, "index_seconds": round(timings["index"], 1),
                "model": embedder.name, "model_fingerprint": embedder.fingerprint,
                "chunking": index.manifest.chunking, "counts": index.manifest.counts,
                "fusion": asdict(index.fusion),
                "embed_queries_seconds": round(timings.get("embed_queries", 0.0), 1),
            }
        finally:
            index.close()
    result = RetrievalResult(
        dataset=data.name, split=data.split, queries=len(data.queries),
        metrics=evaluate(data.qrels, runs), recall_at_k=recall_curve(data.qrels, runs),
        comparison=compare(data.qrels, runs),
        seconds={n: round(timings[n], 2) for n in names}, settings=settings,
    )
    return result, runs


def _retrievers(text: str) -> list[SearchMode]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in RETRIEVERS]
    if unknown or not names:
        raise EvalOptionError(f"unknown retriever(s) {', '.join(unknown) or '(none)'} "
                              f"(choose from {', '.join(RETRIEVERS)})")
    return [SearchMode(n) for n in dict.fromkeys(names)]


def _print_table(result: RetrievalResult) -> None:
    table = Table(title=f"{result.dataset} ({result.split}, {result.queries} queries)")
    table.add_column("retriever")
    for metric in METRICS:
        table.add_column(LABELS[metric], justify="right")
    table.add_column("s", justify="right")
    for name, scores in result.metrics.items():
        table.add_row(name, *(f"{scores[m]:.3f}" for m in METRICS), f"{result.seconds.get(name, 0):.1f}")
    Console(file=sys.stdout, width=120).print(table)
