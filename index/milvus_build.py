"""Building (or incrementally updating) the index in a Milvus collection.

The collection is the index: a document whose content hash is unchanged keeps its rows and vectors
untouched, a changed or new document's chunks are embedded and upserted by chunk id (and its chunks that
no longer exist deleted), a document gone from the corpus has its chunks deleted. The build ends by
recording the new version id and manifest in the collection's properties. A different model or chunking
recreates the collection. Unlike the local folder, the update is not atomic: a search during a build may
see some documents updated and others not yet (each chunk row is always whole).
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from index.build import LOCAL, BuildReport, Progress, Runner, read_documents
from index.embedder import Embedder, load_embedder
from index.lexical import BM25_B, BM25_K1, TOKENIZER_VERSION, tokenize
from index.manifest import FORMAT_VERSION, Manifest
from index.milvus_collection import (MANIFEST_KEY, chunk_row, connect, create_collection, delete_chunks,
                                     set_properties, stored_documents, upsert_chunks)
from index.passages import passage_text
from ingest.chunking import ChunkingParams, chunk_document
from ingest.models import Chunk, Document

if TYPE_CHECKING:
    from pymilvus import MilvusClient


def build_milvus_index(
    corpus_dir: Path,
    uri: str,
    collection: str,
    model_path: str | Path | None = None,
    params: ChunkingParams = ChunkingParams(),
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    runner: Runner = LOCAL,
    token: str | None = None,
) -> BuildReport:
    """Bring ``collection`` at ``uri`` up to date with ``corpus_dir``; see the module docstring."""
    started = time.perf_counter()
    corpus_dir = Path(corpus_dir)
    tick = progress or (lambda stage, done, total: None)
    read = read_documents(corpus_dir, runner, tick)
    embedder = embedder or load_embedder(model_path)
    client = connect(uri, token)
    try:
        stored = _reusable(client, collection, embedder, params)
        if stored is None:
            if client.has_collection(collection):
                client.drop_collection(collection)
            create_collection(client, collection, embedder.dimension, BM25_K1, BM25_B)
            stored = {}
        todo: list[tuple[Chunk, Document]] = []
        reused = 0
        stale: list[str] = []
        for doc in read.documents:
            old = stored.get(doc.id)
            if old is not None and old[0] == doc.sha256:
                reused += len(old[1])
                continue
            chunks = chunk_document(doc, params)
            todo.extend((c, doc) for c in chunks)
            if old is not None:
                fresh = {c.id for c in chunks}
                stale.extend(i for i in old[1] if i not in fresh)
        present = {d.id for d in read.documents}
        for doc_id, (_, ids) in stored.items():
            if doc_id not in present:
                stale.extend(ids)
        _embed_and_upsert(client, collection, todo, embedder, runner, tick)
        delete_chunks(client, collection, stale)
        chunks_total = reused + len(todo)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model={"name": embedder.name, "path": embedder.path, "fingerprint": embedder.fingerprint,
                   "dimension": embedder.dimension},
            chunking=asdict(params),
            counts={"documents": len(read.documents), "chunks": chunks_total},
            vectors={"kind": "milvus-hnsw", "bm25": {"k1": BM25_K1, "b": BM25_B, "tokenizer": TOKENIZER_VERSION}},
            built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            build_seconds=round(time.perf_counter() - started, 3),
        )
        data = asdict(manifest)
        data.pop("documents")
        client.flush(collection)
        set_properties(client, collection, _version_id(), data)
    finally:
        client.close()
    return BuildReport(
        documents=len(read.documents), chunks=chunks_total, embedded=len(todo), reused=reused,
        skipped=[{"path": s.path, "reason": s.reason} for s in read.skipped], deleted=len(read.deleted),
        seconds=round(time.perf_counter() - started, 3), index=f"{uri}#{collection}",
    )


def _reusable(client: MilvusClient, collection: str, embedder: Embedder, params: ChunkingParams) -> dict | None:
    """The stored documents when the collection was built with this model, chunking and BM25 tokenizer;
    None when it must be created anew."""
    if not client.has_collection(collection):
        return None
    props = client.describe_collection(collection).get("properties") or {}
    try:
        manifest = json.loads(props[MANIFEST_KEY])
    except (KeyError, ValueError):
        return None
    same = (manifest.get("format_version") == FORMAT_VERSION
            and manifest.get("model", {}).get("fingerprint") == embedder.fingerprint
            and manifest.get("chunking") == asdict(params)
            and manifest.get("vectors", {}).get("bm25") == {"k1": BM25_K1, "b": BM25_B, "tokenizer": TOKENIZER_VERSION})
    return stored_documents(client, collection) if same else None


def _embed_and_upsert(client: MilvusClient, collection: str, todo: list[tuple[Chunk, Document]], embedder: Embedder,
                      runner: Runner, tick: Progress) -> None:
    if not todo:
        return
    texts = [passage_text(doc.title, chunk.heading, chunk.text) for chunk, doc in todo]
    embedded = 0

    def on_batch(n: int) -> None:
        nonlocal embedded
        embedded += n
        tick("embed", embedded, len(texts))

    tick("embed", 0, len(texts))
    vectors = runner.encode(embedder, texts, on_batch)
    rows = [chunk_row(chunk, doc, tokenize(text), vector.tolist())
            for (chunk, doc), text, vector in zip(todo, texts, vectors)]
    upsert_chunks(client, collection, rows)


def _version_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S") + f"-{time.monotonic_ns() % 10**6:06d}"
