"""``medcite-eval ingest-speed`` (the build pipeline against raw encode) and ``ingest-compare`` (the ways
medcite can embed, one after another on one corpus)."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer

from eval.console import user_errors

PARTS = ("fp32", "int8", "ray", "length", "query")


def register(app: typer.Typer) -> None:
    """Add the ``ingest-speed`` and ``ingest-compare`` commands to the medcite-eval app."""
    app.command("ingest-speed")(ingest_speed)
    app.command("ingest-compare")(ingest_compare)


def ingest_speed(
    corpus: Path = typer.Option(..., "--corpus", exists=True, file_okay=False,
                                help="Corpus folder to build (read only)."),
    model: Optional[str] = typer.Option(None, "--model", help="Model folder (default: the packaged MiniLM)."),
    backend: Optional[str] = typer.Option(None, "--backend", help="torch or onnx-int8 (default: the model's own)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1,
                                             help="Encode batch (default: Embedder.encode's)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Ingest speed: the whole build pipeline's chunks/s beside the model's raw encode chunks/s, in one run."""
    from eval.ingest_speed import BATCH, measure_ingest

    if backend not in (None, "torch", "onnx-int8"):
        raise typer.BadParameter(f"{backend!r} is not torch or onnx-int8", param_hint="--backend")
    with user_errors():
        result = asdict(measure_ingest(corpus, model, backend, batch_size or BATCH))
    if as_json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>22}: {value}")


def ingest_compare(
    corpus: Path = typer.Option(..., "--corpus", exists=True, file_okay=False,
                                help="Corpus folder to build (read only)."),
    int8: Optional[Path] = typer.Option(None, "--int8", help="int8 model folder (medcite-eval int8 --out)."),
    ray_actors: int = typer.Option(2, "--ray-actors", min=0, help="Embedder actors of the Ray build; 0 skips it."),
    sample: int = typer.Option(1500, "--sample", min=1, help="Texts for the length-batching comparison."),
    skip: str = typer.Option("", "--skip", help=f"Comma list of parts to skip: {','.join(PARTS)}."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (else indented)."),
) -> None:
    """Full builds with fp32, int8 and Ray, length batching, and the query-encode floor, in one run."""
    from eval.ingest_compare import compare_ingest

    skipped = frozenset(filter(None, (p.strip() for p in skip.split(","))))
    if skipped - set(PARTS):
        raise typer.BadParameter(f"unknown part(s) {', '.join(sorted(skipped - set(PARTS)))}", param_hint="--skip")

    def log(part: str, value: object) -> None:
        print(f"{part}: {json.dumps(value)}", file=sys.stderr, flush=True)

    with user_errors():
        result = compare_ingest(corpus, int8, ray_actors, sample, skipped, log)
    print(json.dumps(result) if as_json else json.dumps(result, indent=1))
