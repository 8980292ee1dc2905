"""Ingest speed: the whole build pipeline's chunks/s beside the model's raw encode chunks/s, in one run.

    medcite-eval ingest-speed --corpus DIR [--model PATH] [--backend torch|onnx-int8] [--json]

The pipeline is ``index.build.build_index`` into a fresh temporary folder; raw encode is the embedder's
model (``SentenceTransformer.encode`` or the ONNX encoder) on exactly the chunk texts the pipeline embedded,
with the same batch size. The ratio says how much the non-encode stages (reading, sentence splitting,
chunking, SQLite, FAISS, BM25) cost; the stage times say where.
"""
from __future__ import annotations

import resource
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from index.build import build_index
from index.embedder import Embedder, load_embedder
from index.passages import passage_text
from index.store import ChunkStore

BATCH = 64  # Embedder.encode's default, so raw and pipeline batch alike


@dataclass(frozen=True)
class IngestSpeed:
    """One measurement: pipeline and raw encode on the same chunks, and where the pipeline's time went."""

    corpus: str
    documents: int
    chunks: int
    backend: str
    threads: int
    pipeline_s: float
    pipeline_chunks_per_s: float
    raw_encode_s: float
    raw_chunks_per_s: float
    ratio: float  # pipeline / raw chunks per second; the target is >= 0.9
    stages_s: dict = field(default_factory=dict)  # read+chunk, embed, write (SQLite + FAISS + BM25)
    peak_rss_mb: float = 0.0


def measure_ingest(corpus: Path, model: str | Path | None = None, backend: str | None = None,
                   batch_size: int = BATCH) -> IngestSpeed:
    """Build ``corpus`` fresh into a temporary index, then encode the same chunk texts raw, and compare."""
    import torch

    embedder = load_embedder(model, backend=backend)
    embedder.encode(["warm up the model once"] * 4, batch_size=batch_size)
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        marks.setdefault(f"{stage}_first", now)
        marks[f"{stage}_last"] = now

    with tempfile.TemporaryDirectory(prefix="medcite-ingest-") as tmp:
        started = time.perf_counter()
        report = build_index(Path(corpus), Path(tmp) / "index", progress=progress, embedder=embedder)
        pipeline_s = time.perf_counter() - started
        texts = _embedded_texts(Path(tmp) / "index")
    raw_s = _raw_encode_seconds(embedder, texts, batch_size)
    embed_start = marks.get("embed_first", started)
    embed_end = marks.get("embed_last", embed_start)
    stages = {"read+chunk": round(embed_start - started, 2), "embed": round(embed_end - embed_start, 2),
              "write": round(started + pipeline_s - embed_end, 2)}
    pipeline_rate = report.chunks / pipeline_s if pipeline_s else 0.0
    raw_rate = len(texts) / raw_s if raw_s else 0.0
    return IngestSpeed(
        corpus=str(corpus), documents=report.documents, chunks=report.chunks, backend=embedder.backend,
        threads=torch.get_num_threads(), pipeline_s=round(pipeline_s, 2),
        pipeline_chunks_per_s=round(pipeline_rate, 1), raw_encode_s=round(raw_s, 2),
        raw_chunks_per_s=round(raw_rate, 1), ratio=round(pipeline_rate / raw_rate, 3) if raw_rate else 0.0,
        stages_s=stages, peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )


def _embedded_texts(index_dir: Path) -> list[str]:
    """The passage texts the build embedded, read back from its store in row order."""
    from index.location import current_version

    folder = current_version(index_dir)
    store = ChunkStore(folder / "store.sqlite")
    try:
        rows = store.chunks(list(range(len(store.doc_ids_by_row()))))
        titles: dict[str, str] = {}
        texts = []
        for row in sorted(rows):
            chunk = rows[row]
            if chunk.doc_id not in titles:
                titles[chunk.doc_id] = doc.title if (doc := store.document(chunk.doc_id)) else ""
            texts.append(passage_text(titles[chunk.doc_id], chunk.heading, chunk.text))
        return texts
    finally:
        store.close()


def _raw_encode_seconds(embedder: Embedder, texts: list[str], batch_size: int) -> float:
    """The model's own encode over all texts at once (it sorts by length itself), as a user would call it."""
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                          show_progress_bar=False)
    return time.perf_counter() - started
