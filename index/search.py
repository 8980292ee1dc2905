"""Loading an index directory and searching it: BM25, dense, or the fused hybrid."""
from __future__ import annotations

import logging
import operator
import re
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import count
from pathlib import Path
from typing import Callable, TypeVar

import bm25s
import faiss
import numpy as np

from index.embedder import Embedder, load_embedder
from index.errors import IndexFormatError, IndexOptionError, IndexStoreError, ModelMismatchError
from index.fusion import normalized_sum, rrf_top
from index.lexical import bm25_search, idf, load_bm25, vocabulary
from index.location import BM25_DIR, STORE, VECTORS, current_version
from index.manifest import Manifest, read_manifest
from index.store import ChunkStore
from index.vectors import cosines, load_vectors, stored_rows, vector_search
from ingest.models import Chunk, Document



class SearchMode(StrEnum):
    """How a query is matched: by one retriever alone (BM25 terms, dense vectors) or by both, fused."""

    BM25 = "bm25"
    DENSE = "dense"
    HYBRID = "hybrid"


MODES: tuple[SearchMode, ...] = tuple(SearchMode)
RANKINGS_KEPT = 1024  # BM25-only rankings remembered per loaded version (two arrays of at most depth rows each)
_SCORE = operator.itemgetter(1)
T = TypeVar("T")
log = logging.getLogger("medcite.index")


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its document and scores (None where a retriever did not find it)."""

    chunk: Chunk
    document: Document
    rank: int
    score: float
    lexical: float | None = None
    dense: float | None = None


@dataclass(frozen=True)
class FusionSettings:
    """How hybrid search combines its two lists (tuned in eval, see BENCHMARKS.md)."""

    method: str = "rrf"  # rrf | sum
    depth: int = 100
    # k = 5 (not the customary 60) lets each retriever's top ranks dominate; best on the BioASQ dev half
    # (with the BM25 query handling of index.lexical) and no loss on PubMedQA; see medcite-eval retrieval.
    rrf_k: int = 5
    lexical_weight: float = 1.0
    dense_weight: float = 1.0


@dataclass
class Index:
    """A loaded index version: store, vectors, BM25 and the embedder that made it."""

    path: Path
    manifest: Manifest
    store: ChunkStore
    vectors: faiss.Index
    bm25: bm25s.BM25
    embedder: Embedder
    fusion: FusionSettings = field(default_factory=FusionSettings)
    # (the FAISS index, its vectors as an array or None when it has none) once looked up: see _cosines.
    _stored: tuple[faiss.Index, np.ndarray | None] | None = field(default=None, init=False, repr=False, compare=False)
    # BM25-only rankings by (query, depth), see _lexical_ranking: of this version's arrays, so never stale.
    _rankings: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def version(self) -> str:
        """The build id of this version (its folder name)."""
        return self.path.name

    def search(self, query: str, k: int = 10, mode: SearchMode = SearchMode.HYBRID,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The top-k chunks for ``query``; ``query_vector`` skips embedding when the caller has it.

        With a query vector (always in hybrid and dense mode), every hit carries its dense cosine.
        """
        if mode not in MODES:
            raise IndexOptionError(f"unknown search mode {mode!r} (choose from {', '.join(MODES)})")
        depth = max(k, self.fusion.depth)
        lex = (self._lexical_ranking(query, depth) if mode == SearchMode.BM25
               else bm25_search(self.bm25, query, depth) if mode == SearchMode.HYBRID else _empty())
        den = _empty()
        vector = query_vector
        if mode in (SearchMode.HYBRID, SearchMode.DENSE):
            vector = vector if vector is not None else self.embedder.encode_query(query)
            den = vector_search(self.vectors, vector, depth)
        lexical: list[float | None]
        dense: list[float | None]
        if mode == SearchMode.BM25:
            # bm25_search ranks best first, ties in a stable order: the sort below would keep that order, so
            # its first k are taken as they are; each hit's lexical score is its score.
            rows, scores = lex[0][:k].tolist(), lex[1][:k].tolist()
            lexical, dense = list(scores), [None] * len(rows)
        elif mode == SearchMode.HYBRID and self.fusion.method != "sum":
            weights = (self.fusion.lexical_weight, self.fusion.dense_weight)
            fused, fused_scores, in_lex, in_den = rrf_top(lex[0], den[0], weights, self.fusion.rrf_k, k)
            rows, scores = fused.tolist(), fused_scores.tolist()
            lex_values, den_values = lex[1].tolist(), den[1].tolist()
            lexical = [lex_values[i] if i >= 0 else None for i in in_lex.tolist()]
            dense = [den_values[i] if i >= 0 else None for i in in_den.tolist()]
        else:
            lex_values = lex[1].tolist()
            den_rows, den_values = den[0].tolist(), den[1].tolist()
            if mode == SearchMode.DENSE:
                ranked = dict(zip(den_rows, den_values))
            else:
                ranked = normalized_sum([lex, den], [self.fusion.lexical_weight, self.fusion.dense_weight])
            top = sorted(ranked.items(), key=_SCORE, reverse=True)[:k]  # stable: ties keep list order
            rows, scores = [row for row, _ in top], [score for _, score in top]
            lex_scores, den_scores = dict(zip(lex[0].tolist(), lex_values)), dict(zip(den_rows, den_values))
            lexical, dense = [lex_scores.get(row) for row in rows], [den_scores.get(row) for row in rows]
        if vector is not None:
            # Hits the dense list missed still get their cosine: a stored vector costs a read, not a model
            # call (the same float32 dot product as one vector at a time, all rows in one call).
            missed = [n for n, value in enumerate(dense) if value is None]
            if missed:
                for n, value in zip(missed, self._cosines([rows[n] for n in missed], vector)):
                    dense[n] = value
        chunks = self.store.chunks(rows)
        # Each hit's document from the records read before (a search's hits name a few documents many times, and
        # the same documents come back search after search), read from the store only when new.
        known = self.store.read_documents()
        hits: list[Hit] = []
        append, new, fill = hits.append, object.__new__, object.__setattr__
        for rank, row, score, lex_score, den_score in zip(count(1), rows, scores, lexical, dense):
            chunk = chunks[row]
            document = known.get(chunk.doc_id)
            if document is None:
                document = self.store.document(chunk.doc_id)
                if document is None:  # every chunk row names a stored document: a store without it is damaged
                    raise IndexStoreError(f"the index store has no document {chunk.doc_id!r}", self.store.path)
            # frozen_instance(Hit, ...) without its call per hit (some 85 per answer): every field, in order, in
            # a new instance dictionary (the scores are Python floats already: ``tolist`` or a dict's values).
            hit = new(Hit)
            fill(hit, "__dict__", {"chunk": chunk, "document": document, "rank": rank, "score": score,
                                   "lexical": lex_score, "dense": den_score})
            append(hit)
        return hits

    def _lexical_ranking(self, query: str, depth: int) -> tuple[np.ndarray, np.ndarray]:
        """``bm25_search`` of a BM25-only search, remembered per (query, depth) for this version (at most
        ``RANKINGS_KEPT``; a full memory starts again). Such searches are an answer's facets, the asked
        intervention and the condition's treatment: the same few texts for every question on a topic. The BM25
        arrays of a loaded version never change (a rebuild is a new version, a new ``Index``), so a remembered
        ranking is the one a new search would give; the hits are still read from the store each time, which
        checks its file as before. (Hybrid searches, whose query is the whole question, are not remembered.)"""
        key = (query, depth)
        found = self._rankings.get(key)
        if found is None:
            rows, scores = bm25_search(self.bm25, query, depth)
            rows.flags.writeable = scores.flags.writeable = False  # shared by every later search of the text
            if len(self._rankings) >= RANKINGS_KEPT:
                self._rankings.clear()
            found = self._rankings[key] = (rows, scores)
        return found

    def _cosines(self, rows: list[int], vector: np.ndarray) -> list[float]:
        """The cosine of each row's stored vector with ``vector``: read in place from a flat index (its
        vectors are an array over FAISS's memory, looked up once per index), copied out of any other."""
        if self._stored is None:
            self._stored = (self.vectors, stored_rows(self.vectors))
        vectors, stored = self._stored  # the index held while its memory is read
        if stored is None:
            return cosines(vectors.reconstruct_batch(np.asarray(rows, dtype=np.int64)), vector)
        return cosines(stored[rows], vector)

    def terms(self) -> frozenset[str]:
        """Every term of the index's BM25 vocabulary (the corpus's words, as ``index.lexical.tokenize`` makes them)."""
        return vocabulary(self.bm25)

    def idf(self, term: str) -> float:
        """BM25 IDF of one (tokenized) term over the chunks (see ``index.lexical.idf``)."""
        return idf(self.bm25, term)

    def close(self) -> None:
        """Release the store file and drop the vectors and BM25 arrays (their memory maps go with them)."""
        self.store.close()
        self._stored = None
        self._rankings.clear()
        del self.vectors, self.bm25  # a released version is never searched again (service.runtime's leases)


def open_index(index_dir: str | Path, model_path: str | Path | None = None,
               embedder: Embedder | None = None, fusion: FusionSettings | None = None) -> Index:
    """Load the current version of an index directory, checking its format and model.

    With no model given, the model recorded in the manifest is loaded; a model whose weights differ
    from the recorded fingerprint is a ModelMismatchError.
    """
    folder = current_version(Path(index_dir))
    manifest = read_manifest(folder)
    embedder = embedder_for(manifest, f"index {index_dir}", model_path, embedder)
    vectors = _load(folder / VECTORS, load_vectors)
    bm25 = _load(folder / BM25_DIR, load_bm25)
    store = _load(folder / STORE, ChunkStore)
    try:
        _check_counts(folder, manifest, store.verify(), vectors.ntotal, _bm25_rows(bm25))
    except Exception:
        store.close()
        raise
    return Index(path=folder, manifest=manifest, store=store, vectors=vectors, bm25=bm25,
                 embedder=embedder, fusion=fusion or FusionSettings())


def _load(path: Path, loader: Callable[[Path], T]) -> T:
    """``loader(path)``, or an IndexFormatError naming the file. FAISS messages carry the C++ source path
    and signature of the check that failed: those stay in the log, the error keeps the reason only."""
    try:
        return loader(path)
    except IndexStoreError as exc:
        raise IndexFormatError(f"damaged index file {path.name} in {path.parent}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - any failure to read a file means the file is damaged
        log.error("cannot load %s: %s", path, exc)
        raise IndexFormatError(f"damaged index file {path.name} in {path.parent}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    """The last line of an error without FAISS's 'Error in <signature> at <file.cpp>:<line>:' prefix."""
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[-1]
    text = _CPP_PREFIX.sub("", text).strip()
    return text or type(exc).__name__


_CPP_PREFIX = re.compile(r"^.*\.(?:cpp|h|hpp|cc):\d+:\s*(?:Error:\s*)?")


def _bm25_rows(bm25: object) -> int | None:
    """The number of documents a bm25s model was built over (None when it does not say)."""
    scores = getattr(bm25, "scores", None)
    return int(scores["num_docs"]) if isinstance(scores, dict) and "num_docs" in scores else None


def _check_counts(folder: Path, manifest: Manifest, stored: dict[str, int], vectors: int,
                  bm25_rows: int | None) -> None:
    """The manifest, the store, FAISS and BM25 must agree on how many chunks (and documents) there are:
    a file from another build or a half-written one would otherwise answer with the wrong rows."""
    counts = {"manifest": manifest.counts.get("chunks"), STORE: stored["chunks"],
              VECTORS: vectors, BM25_DIR: bm25_rows}
    known = {name: n for name, n in counts.items() if n is not None}
    if len(set(known.values())) > 1:
        said = ", ".join(f"{name} {n}" for name, n in known.items())
        raise IndexFormatError(f"index files in {folder} disagree on the number of chunks ({said})")
    documents = manifest.counts.get("documents")
    if documents is not None and documents != stored["documents"]:
        raise IndexFormatError(f"index files in {folder} disagree on the number of documents "
                               f"(manifest {documents}, {STORE} {stored['documents']})")


def embedder_for(manifest: Manifest, what: str, model_path: str | Path | None = None,
                 embedder: Embedder | None = None) -> Embedder:
    """The embedder to query an index with (given, named, or the one its manifest records), checked against
    the recorded weights fingerprint: any backend's index, ``what`` naming it in the error."""
    if embedder is None:
        embedder = load_embedder(model_path or recorded_model(manifest))
    if embedder.fingerprint != manifest.model.get("fingerprint"):
        raise ModelMismatchError(
            f"{what} was built with model {manifest.model.get('name')} "
            f"(fingerprint {manifest.model.get('fingerprint')}), not {embedder.name} "
            f"(fingerprint {embedder.fingerprint}); rebuild it or pass the model it was built with")
    return embedder


def recorded_model(manifest: Manifest) -> Path | None:
    """The model folder a manifest names, when it exists here; else None: the default embedder (an index
    moved to a machine whose int8 cache lives elsewhere still opens, its fingerprint decides)."""
    recorded = Path(manifest.model.get("path", "")) if manifest.model.get("path") else None
    if recorded is not None and recorded.is_dir():
        return recorded
    return None


def _empty() -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
