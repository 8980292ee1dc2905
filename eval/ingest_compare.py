"""Ingest speed of the ways medcite can embed, one after another on the same corpus, in one run:

    medcite-eval ingest-compare --corpus DIR [--int8 MODEL_DIR] [--ray-actors 2] [--sample 1500] [--json]

- full builds (``index.build.build_index`` into a fresh folder): local fp32, local int8 (when an int8 model
  folder from ``medcite-eval int8`` is given), and fp32 on a local Ray cluster with N embedder actors;
- length batching: raw fp32 encode of a sample of the chunk texts in corpus order (batches of 64 as they
  come) against the same texts sorted by length first (what ``Embedder.encode`` does);
- the query-encode floor (``encode_query`` p50 over short questions) of fp32 and int8.

Figures go to BENCHMARKS.md with the command; absolute rates follow the machine's load, ratios less so.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from index.build import LOCAL, Runner, build_index
from index.embedder import Embedder, load_embedder
from index.passages import passage_text
from index.store import ChunkStore

QUESTIONS = ["Can vitamin K2 be used to treat tendon calcification?", "What is the first-line drug for hypertension?",
             "Is metformin safe in chronic kidney disease?", "How long should anticoagulation last after a DVT?",
             "Which antibiotic treats acute otitis media in children?"]


def timed_build(corpus: Path, embedder: Embedder, runner: Runner = LOCAL) -> tuple[dict, list[str]]:
    """A fresh build of ``corpus``: its report, seconds and chunks/s; and the texts it embedded."""
    with tempfile.TemporaryDirectory(prefix="medcite-compare-") as tmp:
        started = time.perf_counter()
        report = build_index(corpus, Path(tmp) / "index", embedder=embedder, runner=runner)
        seconds = time.perf_counter() - started
        texts = _texts(Path(tmp) / "index")
    return ({"documents": report.documents, "chunks": report.chunks, "seconds": round(seconds, 1),
             "chunks_per_s": round(report.chunks / seconds, 2)}, texts)


def _texts(index_dir: Path) -> list[str]:
    store = ChunkStore(index_dir.resolve() / "store.sqlite")
    try:
        rows = store.chunks(list(range(len(store.doc_ids_by_row()))))
        return [passage_text(d.title if (d := store.document(c.doc_id)) else "", c.heading, c.text)
                for _, c in sorted(rows.items())]
    finally:
        store.close()


def length_batching(embedder: Embedder, texts: list[str], batch: int = 64) -> dict:
    """Raw encode chunks/s of ``texts`` in the order given against sorted by length (same batches of 64)."""
    def unsorted() -> None:
        for start in range(0, len(texts), batch):
            embedder.model.encode(texts[start:start + batch], batch_size=batch, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False)

    def by_length() -> None:
        embedder.encode(texts, batch_size=batch)

    out = {}
    for name, run in (("corpus_order", unsorted), ("length_sorted", by_length)):
        started = time.perf_counter()
        run()
        out[name] = round(len(texts) / (time.perf_counter() - started), 2)
    out["speedup"] = round(out["length_sorted"] / out["corpus_order"], 3)
    out["texts"] = len(texts)
    return out


def query_floor(embedder: Embedder, rounds: int = 40) -> float:
    """p50 milliseconds of one ``encode_query`` (after a warm-up)."""
    embedder.encode_query("warm up")
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        embedder.encode_query(QUESTIONS[i % len(QUESTIONS)])
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def compare_ingest(corpus: Path, int8: Path | None = None, ray_actors: int = 2, sample: int = 1500,
                   skip: frozenset[str] = frozenset(), log: Callable[[str, object], None] = lambda part, value: None
                   ) -> dict:
    """Every comparison of the module docstring not in ``skip`` (fp32, int8, ray, length, query), one after
    another; ``log`` hears each part's figures as soon as they are measured."""
    fp32 = load_embedder(backend="torch")  # the packaged model as shipped
    fp32.encode(["warm up"] * 4)
    result: dict = {"corpus": str(corpus)}
    texts: list[str] = []
    if "fp32" not in skip:
        result["fp32"], texts = timed_build(corpus, fp32)
        log("fp32", result["fp32"])
    q8 = load_embedder(int8, backend="onnx-int8") if int8 else None
    if q8 is not None and "int8" not in skip:
        q8.encode(["warm up"] * 4)
        result["int8"], texts = timed_build(corpus, q8)
        log("int8", result["int8"])
    if ray_actors and "ray" not in skip:
        from index.ray_ingest import RayIngest

        name = f"ray_{ray_actors}_actors"
        with RayIngest(actors=ray_actors) as cluster:
            result[name], _ = timed_build(corpus, fp32, cluster.runner)
        log(name, result[name])
    if "length" not in skip:
        if not texts:
            with tempfile.TemporaryDirectory() as tmp:
                build_index(corpus, Path(tmp) / "i", embedder=fp32)  # texts only; not timed
                texts = _texts(Path(tmp) / "i")
        step = max(1, len(texts) // sample)
        result["length_batching_fp32"] = length_batching(fp32, texts[::step][:sample])
        log("length_batching_fp32", result["length_batching_fp32"])
    if "query" not in skip:
        result["query_floor_ms"] = {"fp32": query_floor(fp32)}
        if q8 is not None:
            result["query_floor_ms"]["int8"] = query_floor(q8)
        log("query_floor_ms", result["query_floor_ms"])
    return result
