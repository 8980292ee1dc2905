"""The FAISS vector index: exact inner product for small corpora, HNSW beyond a measured size."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

# Above this many vectors exact search gets slower than a clinician should wait for on 2 cores;
# measured in BENCHMARKS.md (scaling table).
EXACT_MAX = 200_000
HNSW_M = 32
HNSW_EF_SEARCH = 128


def build_vectors(vectors: np.ndarray, exact_max: int = EXACT_MAX) -> faiss.Index:
    """An inner-product index over normalized vectors: IndexFlatIP up to ``exact_max``, else HNSW."""
    dim = vectors.shape[1]
    if len(vectors) <= exact_max:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = HNSW_EF_SEARCH
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def index_kind(index: faiss.Index) -> str:
    """'flat' or 'hnsw', as recorded in the manifest."""
    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def save_vectors(index: faiss.Index, path: Path) -> None:
    """Write the FAISS index file."""
    faiss.write_index(index, str(path))


def load_vectors(path: Path, mmap: bool = True) -> faiss.Index:
    """Read the FAISS index, memory-mapped where FAISS allows it so workers share one copy."""
    flags = faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY if mmap else 0
    index = faiss.read_index(str(path), flags)
    if isinstance(index, faiss.IndexHNSWFlat):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def vector_search(index: faiss.Index, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (rows, cosine scores) for one normalized query vector, best first."""
    if index.ntotal == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    scores, rows = index.search(query.reshape(1, -1).astype(np.float32), min(k, index.ntotal))
    keep = rows[0] >= 0
    return rows[0][keep].astype(np.int64), scores[0][keep]
