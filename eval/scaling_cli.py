"""``medcite-eval scale`` (FAISS and BM25 at 100k-1M synthetic chunks) and ``medcite-eval int8`` (make and
compare the int8 embedder)."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the ``scale`` and ``int8`` commands to the medcite-eval app."""
    app.command("scale")(scale)
    app.command("int8")(int8)


def scale(
    sizes: str = typer.Option("100000,1000000", "--sizes", help="Comma-separated corpus sizes (vectors / BM25 docs)."),
    kinds: str = typer.Option("flat,hnsw,ivf", "--kinds", help="FAISS index kinds to measure: flat, hnsw, ivf."),
    hnsw_max: int = typer.Option(300_000, "--hnsw-max", help="Skip HNSW above this size (its build is the slow part)."),
    bm25: bool = typer.Option(True, "--bm25/--no-bm25", help="Also measure the project's BM25."),
    loads: bool = typer.Option(True, "--loads/--no-loads",
                               help="Also measure RSS of saved indexes loaded with/without mmap."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as one JSON object, the last line."),
) -> None:
    """SYNTHETIC scaling benchmark: build time, RSS, file size, p50/p99 latency and recall@10 vs exact."""
    from eval.scaling import run_scale

    numbers = [int(s.replace("_", "")) for s in sizes.split(",") if s.strip()]
    chosen = tuple(k.strip() for k in kinds.split(",") if k.strip())
    report = run_scale(numbers, chosen, hnsw_max=hnsw_max, bm25=bm25, loads=loads,
                       log=lambda line: err.print(line, markup=False, highlight=False))
    if as_json:
        print(json.dumps(report))


def int8(
    out: Path = typer.Option(Path("models/minilm-int8"), "--out",
                             help="Folder to write the int8 model into (not committed)."),
    model: Optional[Path] = typer.Option(None, "--model",
                                         help="fp32 sentence-transformers folder (default: packaged MiniLM)."),
    compare: Optional[Path] = typer.Option(None, "--compare", help="corpus.jsonl, a BEIR folder or a corpus folder: "
                                           "also compare fp32 and int8 encode speed and vectors on its texts."),
    samples: int = typer.Option(1000, "--samples", min=10, help="Texts to compare on."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object, the last line."),
) -> None:
    """Export the model to ONNX with int8 weights (needs onnx + onnxruntime); load it with --model OUT.

    Its quality on a data set: `medcite-eval retrieval --dataset DIR --retrievers dense --model OUT`.
    """
    from eval.scaling import compare_encoders, sample_texts
    from index.embedder import default_model_path, load_embedder
    from index.int8 import export_int8

    try:
        folder = export_int8(model or default_model_path(), out)
    except ImportError as exc:
        err.print(f"error: int8 export needs onnx and onnxruntime ({exc.name} missing): pip install onnx onnxruntime")
        raise typer.Exit(2) from None
    fp32, q8 = load_embedder(model, backend="torch"), load_embedder(folder, backend="onnx-int8")
    result: dict[str, object] = {"out": str(folder), "fp32_fingerprint": fp32.fingerprint,
                                 "int8_fingerprint": q8.fingerprint}
    err.print(f"wrote {folder} (fingerprint {q8.fingerprint}; fp32 {fp32.fingerprint})")
    if compare:
        comparison = compare_encoders(sample_texts(compare, samples), fp32, q8)
        result["comparison"] = asdict(comparison)
        err.print(json.dumps(asdict(comparison)), markup=False, highlight=False)
    if as_json:
        print(json.dumps(result))
