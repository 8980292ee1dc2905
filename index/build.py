"""Building an index directory from a corpus folder: incremental (unchanged documents keep their
embeddings) and atomic (see index.location)."""
from __future__ import annotations

import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import faiss
import numpy as np

from index.embedder import Embedder, load_embedder
from index.errors import MedciteIndexError
from index.lexical import build_bm25, save_bm25
from index.lexicon import CorpusLexicon, build_lexicon, read_lexicon, write_lexicon
from index.location import BM25_DIR, STORE, VECTORS, build_lock, check_replaceable, new_version, swap_in
from index.manifest import FORMAT_VERSION, Manifest, read_reusable_manifest
from index.passages import passage_text
from index.store import ChunkStore, write_store
from index.vectors import EXACT_MAX, build_vectors, index_kind, load_vectors, save_vectors
from ingest.chunking import ChunkingParams, chunk_document
from ingest.corpus import corpus_files, read_corpus
from ingest.errors import CorpusError
from ingest.models import Chunk, CorpusRead, Document

Progress = Callable[[str, int, int], None]  # (stage, done so far, total)
# How a build reads a corpus folder and embeds passages: ``LOCAL`` in this process, or a Ray Data
# pipeline (index.ray_ingest). Either gives the same documents and, within float tolerance, the same vectors.
Read = Callable[[Path, Callable[[Path], None]], CorpusRead]  # (corpus folder, on_file) -> documents
Encode = Callable[[Embedder, list[str], Callable[[int], None]], np.ndarray]  # texts in, vectors out


def encode_local(embedder: Embedder, texts: list[str], on_batch: Callable[[int], None]) -> np.ndarray:
    """The plain embed function: normalized vectors of ``texts`` in input order (length-sorted batches)."""
    return embedder.encode(texts, on_batch=on_batch)


@dataclass(frozen=True)
class Runner:
    """Where reading and embedding run; the rest of a build (reuse, store, FAISS, BM25) is the same."""

    read: Read = read_corpus
    encode: Encode = encode_local
    name: str = "local"


LOCAL = Runner()


@dataclass
class BuildReport:
    """What a build did, as printed by ``medcite index build --json``."""

    documents: int
    chunks: int
    embedded: int
    reused: int
    skipped: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    deleted: int = 0  # citations withdrawn by PubMed DeleteCitation lists (they are not in the index)
    index: str = ""

    def to_json(self) -> dict:
        """The JSON object of the CLI contract."""
        return asdict(self)


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    model_path: str | Path | None = None,
    params: ChunkingParams = ChunkingParams(),
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    exact_max: int = EXACT_MAX,
    runner: Runner = LOCAL,
) -> BuildReport:
    """Read ``corpus_dir``, reuse what the current index at ``index_dir`` already has, embed the rest,
    and swap the new version in. Raises CorpusError when the folder is missing or has nothing readable.

    ``runner`` says where reading and embedding run (this process by default; see index.ray_ingest)."""
    started = time.perf_counter()
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    check_replaceable(index_dir)
    tick = progress or (lambda stage, done, total: None)
    read = read_documents(corpus_dir, runner, tick)
    embedder = embedder or load_embedder(model_path)
    with build_lock(index_dir):
        previous = _Previous.open(index_dir, embedder, params)
        old_lexicon = _previous_lexicon(index_dir)
        try:
            chunks, vectors, reused = _chunks_and_vectors(read.documents, previous, params, embedder, tick,
                                                          runner.encode)
        finally:
            previous.close()
        version = new_version(index_dir)
        try:
            _write(version, read.documents, chunks, vectors, embedder, params, exact_max, started, old_lexicon)
            swap_in(index_dir, version)
        except BaseException:
            shutil.rmtree(version, ignore_errors=True)
            raise
    return BuildReport(
        documents=len(read.documents), chunks=len(chunks), embedded=len(chunks) - reused, reused=reused,
        skipped=[{"path": s.path, "reason": s.reason} for s in read.skipped], deleted=len(read.deleted),
        seconds=round(time.perf_counter() - started, 3), index=str(index_dir),
    )


def read_documents(corpus_dir: Path, runner: Runner, tick: Progress) -> CorpusRead:
    """The corpus read by ``runner``, with read progress; CorpusError when nothing is readable."""
    files = corpus_files(corpus_dir)
    done = 0

    def on_file(_: Path) -> None:
        nonlocal done
        done += 1
        tick("read", done, len(files))

    read = runner.read(corpus_dir, on_file)
    if not read.documents:
        raise CorpusError(f"no readable documents in {corpus_dir} ({len(read.skipped)} file(s) skipped)")
    return read


@dataclass
class _Previous:
    """The current index, when its embeddings can be reused (same model and chunking)."""

    hashes: dict[str, str]
    store: ChunkStore | None = None
    vectors: faiss.Index | None = None

    @classmethod
    def open(cls, index_dir: Path, embedder: Embedder, params: ChunkingParams) -> "_Previous":
        try:
            folder = index_dir.resolve()
            manifest = read_reusable_manifest(folder)
        except (MedciteIndexError, OSError):
            return cls(hashes={})
        same = (manifest.model.get("fingerprint") == embedder.fingerprint
                and manifest.chunking == asdict(params))
        if not same:
            return cls(hashes={})
        try:
            return cls(hashes=manifest.documents, store=ChunkStore(folder / STORE),
                       vectors=load_vectors(folder / VECTORS, mmap=False))
        except Exception:  # an unreadable previous version only costs the embeddings it could have lent
            return cls(hashes={})

    def reuse(self, doc: Document, chunks: list[Chunk]) -> list[np.ndarray | None] | None:
        """Old vectors for the document's chunks, if its content hash is unchanged: matched by heading and
        text, so an index of an older format (whose chunks lack newer fields) still lends its vectors."""
        if self.store is None or self.vectors is None or self.hashes.get(doc.id) != doc.sha256:
            return None
        try:
            rows = self.store.chunks_of(doc.id)
        except Exception:
            return None
        old = {(c.heading, c.text): r for r, c in rows}
        found = [old.get((c.heading, c.text)) for c in chunks]
        # faiss's stubs give reconstruct() without a buffer its torch overload; it returns a numpy array here.
        return [None if r is None else self.vectors.reconstruct(int(r)) for r in found]  # type: ignore[misc]

    def close(self) -> None:
        if self.store:
            self.store.close()


def _chunks_and_vectors(documents: list[Document], previous: _Previous, params: ChunkingParams,
                        embedder: Embedder, tick: Progress,
                        encode: Encode = encode_local) -> tuple[list[Chunk], np.ndarray, int]:
    chunks: list[Chunk] = []
    parts: list[np.ndarray | None] = []
    todo: list[tuple[int, str]] = []  # (position in chunks, text to embed)
    reused = 0
    for doc in documents:
        doc_chunks = chunk_document(doc, params)
        old = previous.reuse(doc, doc_chunks) or [None] * len(doc_chunks)
        for chunk, vector in zip(doc_chunks, old):
            if vector is None:
                todo.append((len(chunks), passage_text(doc.title, chunk.heading, chunk.text)))
            else:
                reused += 1
            chunks.append(chunk)
            parts.append(vector)
    vectors = np.zeros((len(chunks), embedder.dimension), dtype=np.float32)
    for i, vector in enumerate(parts):
        if vector is not None:
            vectors[i] = vector
    if todo:
        embedded = 0

        def on_batch(n: int) -> None:
            nonlocal embedded
            embedded += n
            tick("embed", embedded, len(todo))

        tick("embed", 0, len(todo))
        fresh = encode(embedder, [t for _, t in todo], on_batch)
        vectors[[i for i, _ in todo]] = fresh
    return chunks, vectors, reused


def _previous_lexicon(index_dir: Path) -> CorpusLexicon | None:
    """The current version's lexicon, whose phrase vectors a rebuild may reuse (None without one)."""
    try:
        return read_lexicon(index_dir.resolve()) if index_dir.exists() else None
    except OSError:
        return None


def _write(version: Path, documents: list[Document], chunks: list[Chunk], vectors: np.ndarray,
           embedder: Embedder, params: ChunkingParams, exact_max: int, started: float,
           old_lexicon: CorpusLexicon | None = None) -> None:
    titles = {d.id: d.title for d in documents}
    write_store(version / STORE, documents, chunks)
    # The names the corpus gives its concepts, for the answer side (see index.lexicon).
    write_lexicon(version, build_lexicon([(c.doc_id, c.text) for c in chunks], embedder, old_lexicon))
    index = build_vectors(vectors, exact_max=exact_max)
    save_vectors(index, version / VECTORS)
    bm25 = build_bm25([passage_text(titles[c.doc_id], c.heading, c.text) for c in chunks])
    save_bm25(bm25, version / BM25_DIR)
    Manifest(
        format_version=FORMAT_VERSION,
        model={"name": embedder.name, "path": embedder.path, "fingerprint": embedder.fingerprint,
               "dimension": embedder.dimension},
        chunking=asdict(params),
        counts={"documents": len(documents), "chunks": len(chunks),
                "sentences": sum(len(c.sentences) for c in chunks)},
        vectors={"kind": index_kind(index), "exact_max": exact_max},
        built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        build_seconds=round(time.perf_counter() - started, 3),
        documents={d.id: d.sha256 for d in documents},
    ).write(version)
