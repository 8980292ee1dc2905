"""``medcite-eval answers``: answer quality (citations, evidence recall, ROUGE-2, yes/no, BioASQ exact answers
and gold snippets, dangling quotes, abstention), on all questions or on one fixed half of them."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from eval.abstention import abstains, gold_documents, reduced_index, reduced_workdir, sample_questions
from eval.answers import QuestionResult, answer_all, row, summarize
from eval.cache import cached_index, default_cache_dir
from eval.console import user_errors
from eval.datasets import HALVES, Dataset, load_dataset, select_half
from eval.errors import EvalOptionError
from index.build import Progress as BuildProgress
from index.embedder import Embedder, load_embedder
from index.errors import MedciteIndexError
from index.search import Index, open_index
from ingest.chunking import ChunkingParams
from service.answer.pipeline import answer_question

err = Console(stderr=True)
_STAGES = {"read": "Reading corpus", "embed": "Embedding passages"}
HEADLINE = ("citation_validity", "numbering_violations", "evidence_recall", "rouge2_f", "rouge2_f_lead",
            "bottom_line_rouge2", "rouge2_f_baseline_top_passage", "yesno_macro_f1", "yesno_macro_f1_rule_reading",
            "yesno_macro_f1_always_yes",
            "yesno_coverage", "yesno_accuracy", "yesno_majority_baseline", "yesno_maybe_macro_f1",
            "factoid_in_bottom_line", "factoid_in_answer", "list_recall", "snippet_precision",
            "dangling_statements", "dangling_statements_share", "false_insufficient", "abstention_accuracy",
            "abstention_control", "latency_p50")


def register(app: typer.Typer) -> None:
    """Add the ``answers`` command to the medcite-eval app."""
    app.command("answers")(answers)


def answers(
    dataset: Path = typer.Option(..., "--dataset", help="BEIR-layout folder with answers.jsonl (BioASQ, PubMedQA)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Answer the first N questions (file order)."),
    split: str = typer.Option("test", "--split", help="qrels split (qrels/<split>.tsv)."),
    half: str = typer.Option("all", "--half", help="Questions: all, or the fixed hash half dev (for tuning and "
                             "training) or heldout (for reporting)."),
    abstain: int = typer.Option(50, "--abstain", min=0, help="Questions whose gold documents are removed (0: skip)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object, the last line."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder (default ./eval-out/<dataset>-answers)."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="sentence-transformers model folder (default: packaged MiniLM)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Index cache (default: MEDCITE_EVAL_CACHE_DIR, "
                                             "else ~/.cache/medcite/eval)."),
) -> None:
    """Answer questions of DATASET and score the answers: citation validity, evidence recall, ROUGE-2,
    yes/no macro F1, exact answers, gold-snippet precision, dangling quotes, false claims of insufficient
    evidence, abstention without the gold documents, latency."""
    with user_errors():
        if half not in ("all", *HALVES):
            raise EvalOptionError(f"unknown --half {half!r} (choose from all, {', '.join(HALVES)})")
        data = load_dataset(dataset, split=split, require_answers=True)
        if half != "all":
            data = select_half(data, half)
            if not data.queries:
                raise EvalOptionError(f"no question of {dataset} is in the {half} half")
        report, results = evaluate_answers(data, limit, abstain, model, cache_dir or default_cache_dir())
        report["half"] = half
        default_out = Path("eval-out") / (f"{data.name}-answers" if half == "all" else f"{data.name}-{half}-answers")
        written = write_report(report, results, out or default_out)
    _print_table(report)
    err.print(f"report: {written}")
    if as_json:
        print(json.dumps(report))


def evaluate_answers(data: Dataset, limit: int | None, abstain: int, model: str | None,
                     cache_dir: Path) -> tuple[dict, list[QuestionResult]]:
    """Build or reuse the cached index, answer the first ``limit`` questions, run the abstention test."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    embedder = load_embedder(model)
    started_all = time.perf_counter()
    with Progress(*columns, console=err, transient=False) as bar:
        started = time.perf_counter()
        index_dir, built = cached_index(data.corpus_path, data.name, cache_dir, embedder, ChunkingParams(),
                                        _stage_progress(bar))
        index_seconds = time.perf_counter() - started
        queries = list(data.queries)[:limit] if limit else list(data.queries)
        index = open_index(index_dir, embedder=embedder)
        try:
            task = bar.add_task("Answering", total=len(queries))
            started = time.perf_counter()
            results = answer_all(index, data, queries, tick=lambda: bar.advance(task))
            answer_seconds = time.perf_counter() - started
            abstention = _abstention(data, abstain, index, index_dir, cache_dir, embedder, results, bar)
            version = index.version
        finally:
            index.close()
    report = {"dataset": data.name, **summarize(results), **abstention}
    report["settings"] = {
        "split": data.split, "limit": limit, "order": "file order of queries.jsonl (judged queries only)",
        "index": str(index_dir), "index_version": version, "index_built_now": built,
        "index_seconds": round(index_seconds, 1), "answer_seconds": round(answer_seconds, 1),
        "total_seconds": round(time.perf_counter() - started_all, 1), "model": embedder.name,
        "model_fingerprint": embedder.fingerprint, "rouge": "rouge-score rouge2 F-measure, Porter stemmer, "
        "max over reference answers; headline = the answer's source statements",
        "code": _code_state(),
    }
    return report, results


def _code_state() -> dict:
    """The commit the figures come from and the answer-path files changed since (others edit service/ live)."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return ""

    changed = git("status", "--porcelain", "--", "service", "index", "ingest", "eval").splitlines()
    return {"commit": git("rev-parse", "--short", "HEAD").strip(), "uncommitted": [line[3:] for line in changed]}


def _abstention(data: Dataset, n: int, index: Index, index_dir: Path, cache_dir: Path, embedder: Embedder,
                results: list[QuestionResult], bar: Progress) -> dict:
    """Abstention share on the reduced index (gold documents removed) and, as control, on the full index."""
    sample = sample_questions(data, n)
    if not sample:
        return {"abstention_accuracy": None, "abstention_control": None, "abstention_questions": 0}
    removed = set().union(*(gold_documents(data, q.id) for q in sample))
    already = {r.id: r.abstained for r in results}
    task = bar.add_task("Abstention: full index", total=len(sample))
    control = []
    for q in sample:
        control.append(already[q.id] if q.id in already else abstains(answer_question(index, q.text)))
        bar.advance(task)
    workdir = reduced_workdir(cache_dir, index_dir, data, len(sample))
    reduced = reduced_index(index_dir, data.corpus_path, removed, workdir, embedder,
                            progress=_stage_progress(bar, "Reduced index: "))
    small = open_index(reduced.path, embedder=embedder)
    try:
        leftover = [d for d in removed if d in small.manifest.documents]
        if leftover:
            raise MedciteIndexError(f"reduced index still holds {len(leftover)} removed document(s)")
        task = bar.add_task("Abstention: reduced index", total=len(sample))
        without = []
        for q in sample:
            without.append(abstains(answer_question(small, q.text)))
            bar.advance(task)
    finally:
        small.close()
    return {
        "abstention_accuracy": round(sum(without) / len(sample), 4),
        "abstention_control": round(sum(control) / len(sample), 4),
        "abstention_questions": len(sample), "abstention_removed_documents": len(removed),
        "abstention_index": str(reduced.path), "abstention_index_built_now": reduced.built_now,
    }


def write_report(report: dict, results: list[QuestionResult], out: Path) -> Path:
    """report.json, report.md and answers.jsonl (one scored answer per line) in ``out``; returns report.md."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, sort_keys=True))
    with (out / "answers.jsonl").open("w") as fh:
        for result in results:
            fh.write(json.dumps(row(result)) + "\n")
    (out / "report.md").write_text(markdown(report))
    return out / "report.md"


def markdown(report: dict) -> str:
    """The figures as a Markdown table, with the level distribution and settings."""
    lines = [f"# Answer quality: {report['dataset']} ({report['questions']} questions, "
             f"half: {report.get('half', 'all')})", "",
             "| metric | value |", "| --- | --- |"]
    lines += [f"| {key} | {_fmt(report.get(key))} |" for key in HEADLINE]
    lines += ["", f"Evidence levels: {report['levels']}", "",
              f"Yes/no readings: {report['yesno_read']} of {report['yesno_questions']} yes/no questions "
              f"({report['yesno_maybe_excluded']} 'maybe' excluded)", "",
              f"Yes/no verdicts (source: {report['yesno_verdict_source']}): {report['yesno_verdicts']}", "",
              "Settings: " + json.dumps(report.get("settings", {}), sort_keys=True), ""]
    return "\n".join(lines)


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _stage_progress(bar: Progress, prefix: str = "") -> BuildProgress:
    tasks: dict[str, TaskID] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(prefix + _STAGES.get(stage, stage), total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return progress


def _print_table(report: dict) -> None:
    table = Table(title=f"{report['dataset']} (half: {report.get('half', 'all')}): {report['questions']} answers")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in HEADLINE:
        table.add_row(key, _fmt(report.get(key)))
    table.add_row("yesno_verdict_source", str(report.get("yesno_verdict_source")))
    table.add_row("levels", ", ".join(f"{k} {v}" for k, v in report["levels"].items()))
    Console(file=sys.stdout, width=120).print(table)
