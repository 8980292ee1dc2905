"""The ``medcite`` command: build an index, search it, ask a question, serve the API."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from index.backends import Backend, make_backend
from index.build import LOCAL, BuildReport, Runner
from index.search import MODES, SearchMode
from service.answer.models import Audience
from service.api.models import SearchHit
from service.console import user_errors
from service.errors import UserError
from service.settings import Settings, export_settings, load_settings

app = typer.Typer(help="medcite: cited answers to clinical questions from guidelines and research.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
index_app = typer.Typer(help="Build and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")
err = Console(stderr=True)

_STAGES = {"read": "Reading files", "embed": "Embedding chunks"}

# The backend options every index-using command takes (default: MEDCITE_BACKEND, MEDCITE_MILVUS_URI, ...).
BackendOpt = typer.Option(None, "--backend", help="local (index folder, default) or milvus (a Milvus collection).")
MilvusUriOpt = typer.Option(None, "--milvus-uri",
                            help="Milvus server, e.g. http://127.0.0.1:19530 (with --backend milvus).")
CollectionOpt = typer.Option(None, "--collection",
                             help="Milvus collection (default: MEDCITE_MILVUS_COLLECTION or medcite).")


def backend_of(settings: Settings, index: Path | None, backend: str | None, milvus_uri: str | None,
               collection: str | None) -> Backend:
    """The index backend the options name, else the one the settings name."""
    return make_backend(backend or settings.backend, index or settings.index_path, milvus_uri or settings.milvus_uri,
                        collection or settings.milvus_collection, settings.milvus_token)


@index_app.command("build")
def index_build(
    corpus_dir: Path = typer.Argument(..., help="Folder of .md/.txt/.pdf/.jsonl files and PubMed .xml/.xml.gz."),
    index: Optional[Path] = typer.Option(None, "--index",
                                         help="Index directory (default: MEDCITE_INDEX or the data dir)."),
    model: Optional[str] = typer.Option(None, "--model", help="Path of a sentence-transformers model folder."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON report as the last line."),
    backend: Optional[str] = BackendOpt,
    milvus_uri: Optional[str] = MilvusUriOpt,
    collection: Optional[str] = CollectionOpt,
    ray: bool = typer.Option(False, "--ray", help="Read and embed as a Ray Data pipeline: on a local Ray cluster, "
                             "or on the one at --ray-address (needs medcite[scale])."),
    ray_address: Optional[str] = typer.Option(
        None, "--ray-address", metavar="ADDRESS",
        help="An existing Ray cluster for --ray (e.g. ray://head:10001 or auto)."),
    actors: int = typer.Option(2, "--actors", min=1, max=1024, help="Embedder actors of a --ray build."),
) -> None:
    """Build (or incrementally rebuild) the index of CORPUS_DIR."""
    with user_errors():
        settings = load_settings()
        target = backend_of(settings, index, backend, milvus_uri, collection)
        if ray or ray_address:
            from index.ray_ingest import RayIngest

            with RayIngest(ray_address, actors=actors) as cluster:
                report = run_build(corpus_dir, target, model or settings.model, cluster.runner)
        else:
            report = run_build(corpus_dir, target, model or settings.model)
    if as_json:
        print(json.dumps(report.to_json()))
        return
    print(f"Indexed {report.documents} documents, {report.chunks} chunks "
          f"({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f}s -> {report.index}")
    if report.deleted:
        print(f"  {report.deleted} citation(s) withdrawn by PubMed DeleteCitation lists were left out")
    for skipped in report.skipped:
        print(f"  skipped {skipped['path']}: {skipped['reason']}")


def run_build(corpus_dir: Path, target: Backend, model: str | None, runner: Runner = LOCAL) -> BuildReport:
    """Build with a rich progress bar on stderr (files, then embedding)."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(_STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return target.build(corpus_dir, model=model, progress=progress, runner=runner)


def build_if_missing(target: Backend, corpus_dir: Path, model: str | None) -> None:
    """Build the index of ``corpus_dir`` into ``target`` when there is none yet, so a first ``ask`` or ``serve``
    works from the configured corpus without a separate build step."""
    if not target.exists():
        err.print(f"No index at {target.describe()} yet: building it from {corpus_dir}")
        run_build(corpus_dir, target, model)


@app.command("search")
def search(
    query: str = typer.Argument(..., help="The search text."),
    index: Optional[Path] = typer.Option(None, "--index", help="Index directory."),
    k: int = typer.Option(10, "-k", "--k", min=1, max=1000, help="How many hits."),
    mode: str = typer.Option(SearchMode.HYBRID.value, "--mode", help=f"One of {', '.join(MODES)}."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="Model folder (must be the one the index was built with)."),
    as_json: bool = typer.Option(False, "--json", help="Print the hits as one JSON line."),
    backend: Optional[str] = BackendOpt,
    milvus_uri: Optional[str] = MilvusUriOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Print the passages that best match QUERY."""
    with user_errors():
        settings = load_settings()
        if mode not in MODES:
            raise UserError(f"unknown --mode {mode!r} (choose from {', '.join(MODES)})")
        if not query.strip():
            raise UserError("the query is empty")
        idx = backend_of(settings, index, backend, milvus_uri, collection).open(model=model or settings.model)
        hits = idx.search(query, k=k, mode=SearchMode(mode))
    if as_json:
        print(json.dumps([SearchHit.from_hit(h).model_dump() for h in hits]))
        return
    out = Console()
    if not hits:
        out.print("No matching passages.")
    for h in hits:
        where = " > ".join(h.chunk.heading) or "-"
        page = f" p.{h.chunk.page}" if h.chunk.page else ""
        out.print(f"[bold]{h.rank}. {h.document.title or h.document.id}[/bold]  ({h.document.id}{page})",
                  highlight=False)
        out.print(f"   [dim]{where} | score {h.score:.4f} bm25 {_fmt(h.lexical)} dense {_fmt(h.dense)}[/dim]",
                  highlight=False)
        out.print(f"   {h.chunk.text[:400]}", markup=False, highlight=False)


@app.command("ask")
def ask(
    question: str = typer.Argument(..., help="The clinical question, in quotes."),
    index: Optional[Path] = typer.Option(None, "--index", help="Index directory (built from the corpus if missing)."),
    audience: str = typer.Option(Audience.CLINICIAN.value, "--audience", help=f"One of {', '.join(Audience)}."),
    fmt: str = typer.Option("md", "--format", help="md (Markdown) or json."),
    model: Optional[str] = typer.Option(None, "--model",
                                        help="Model folder (must be the one the index was built with)."),
    backend: Optional[str] = BackendOpt,
    milvus_uri: Optional[str] = MilvusUriOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Answer QUESTION from the index, with numbered references."""
    # Imported here so `medcite index build` and `search` start without the answer machinery.
    from service.answer.models import Audience
    from service.answer.pipeline import answer_question
    from service.api.limits import check_question
    from service.api.render import to_markdown

    with user_errors():
        settings = load_settings()
        if audience not in tuple(Audience):
            raise UserError(f"unknown --audience {audience!r} (choose from {', '.join(Audience)})")
        if fmt not in ("md", "json"):
            raise UserError(f"unknown --format {fmt!r} (choose md or json)")
        question = check_question(question, settings.max_question_chars)
        target = backend_of(settings, index, backend, milvus_uri, collection)
        build_if_missing(target, settings.corpus, model or settings.model)
        idx = target.open(model=model or settings.model)
        answer = answer_question(idx, question, Audience(audience), outdated_years=settings.outdated_years)
    print(answer.model_dump_json(indent=2) if fmt == "json" else to_markdown(answer))


@app.command("serve")
def serve(
    index: Optional[Path] = typer.Option(None, "--index", help="Index directory (built from the corpus if missing)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="Worker processes, each with its own copy of the model (index files are shared)."),
    threads: Optional[int] = typer.Option(None, "--threads", min=1,
                                          help="Torch/OpenMP threads per worker (default: MEDCITE_TORCH_THREADS, "
                                               "else cores / workers)."),
    answer_threads: Optional[int] = typer.Option(None, "--answer-threads", min=1, max=256,
                                                 help="Questions one worker answers at once; more wait their turn "
                                                      "(default: MEDCITE_ANSWER_THREADS, else 16)."),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log one line per request."),
    log_format: str = typer.Option("text", "--log-format",
                                   help="text (uvicorn's lines) or json (one JSON object per line, with request ids)."),
    graceful_timeout: float = typer.Option(30.0, "--graceful-timeout", min=0,
                                           help="Seconds SIGTERM waits for requests in flight before stopping."),
    backend: Optional[str] = BackendOpt,
    milvus_uri: Optional[str] = MilvusUriOpt,
    collection: Optional[str] = CollectionOpt,
) -> None:
    """Run the HTTP API and the ask page."""
    # Imported here so the other commands start without loading the web stack.
    import uvicorn

    from index.backends import LocalBackend
    from service.startup import check_serve

    with user_errors():
        if log_format not in ("text", "json"):
            raise UserError(f"unknown --log-format {log_format!r} (choose text or json)")
        settings = load_settings()
        target = backend_of(settings, index, backend, milvus_uri, collection)  # checks the backend options
        # The options override their settings (already checked: typer's bounds, backend_of's backend).
        threads = threads or settings.torch_threads or max(1, _cores() // workers)
        given = {"index": index, "backend": backend, "milvus_uri": milvus_uri, "milvus_collection": collection,
                 "answer_threads": answer_threads, "torch_threads": threads}
        settings = settings.model_copy(update={k: v for k, v in given.items() if v is not None})
        check_serve(settings, host, port, local_index=isinstance(target, LocalBackend))
        build_if_missing(target, settings.corpus, settings.model)
    # Workers are fresh processes (uvicorn's factory): they read the settings back from the environment.
    export_settings(settings)
    _cap_threads(threads)
    logging: dict[str, Any] = {}
    if log_format == "json":
        from service.api.observe import json_log_config

        # Our request lines (with the request id) replace uvicorn's access lines.
        logging = {"log_config": json_log_config(), "access_log": False}
    # uvicorn annotates timeout_graceful_shutdown as int, but hands it to asyncio.wait_for, whose seconds are a float.
    uvicorn.run("service.api.app:worker_app", factory=True, host=host, port=port, workers=workers,
                timeout_graceful_shutdown=graceful_timeout,  # type: ignore[arg-type]
                **{"access_log": access_log, **logging})


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _cap_threads(threads: int) -> None:
    """Cap every native thread pool the model may use, before torch is imported by this process or a worker
    (those libraries read their environment variables when they load; torch's own count is the worker's
    ``torch_threads`` setting): workers that each spin up one thread per core only fight over the cores."""
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
