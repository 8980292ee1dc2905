"""The FAISS vector index: exact inner product for small corpora, HNSW beyond a measured size."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

# Exact search scans every vector per query, so its latency grows linearly: on 2 shared cores the scaling
# benchmark (docs/bench-perf.md, `medcite-eval scale`) measured p50 68 ms at 100k and 400 ms at 300k,
# while HNSW answers in under 1 ms at recall@10 >= 0.998. Below 100k the exact answer is cheap enough
# and costs no build time (HNSW takes ~1 min per 100k vectors on 2 cores, on every rebuild).
EXACT_MAX = 100_000
# M=32 / efConstruction=80: the graph adds ~18% to the vectors' memory. efSearch=256 keeps recall@10
# at 0.9995 (100k) and 0.9985 (300k) on the synthetic mixture, for 0.7 ms; 128 drops to 0.99.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256


def build_vectors(vectors: np.ndarray, exact_max: int = EXACT_MAX) -> faiss.Index:
    """An inner-product index over normalized vectors: IndexFlatIP up to ``exact_max``, else HNSW."""
    dim = vectors.shape[1]
    if len(vectors) <= exact_max:
        index: faiss.Index = faiss.IndexFlatIP(dim)
    else:
        index = hnsw = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        hnsw.hnsw.efSearch = HNSW_EF_SEARCH
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def index_kind(index: faiss.Index) -> str:
    """'flat' or 'hnsw', as recorded in the manifest."""
    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def save_vectors(index: faiss.Index, path: Path) -> None:
    """Write the FAISS index file."""
    faiss.write_index(index, str(path))


# IO_FLAG_MMAP maps only IVF inverted lists: flat and HNSW files were still copied into each process.
# IO_FLAG_MMAP_IFC maps the codes of flat indexes (HNSW storage included), so workers share the page cache.
_MMAP_FLAGS = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) | faiss.IO_FLAG_READ_ONLY


def load_vectors(path: Path, mmap: bool = True) -> faiss.Index:
    """Read the FAISS index; with ``mmap`` its vectors stay in the shared page cache (read-only),
    so several workers on one machine hold one copy."""
    index = faiss.read_index(str(path), _MMAP_FLAGS if mmap else 0)
    if isinstance(index, faiss.IndexHNSWFlat):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


_MIN = np.minimum.reduce


def vector_search(index: faiss.Index, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (rows, cosine scores) for one normalized query vector, best first."""
    if index.ntotal == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    query = query.reshape(1, -1)
    scores, rows = index.search(query if query.dtype == np.float32 else query.astype(np.float32), min(k, index.ntotal))
    rows, scores = rows[0], scores[0]
    if _MIN(rows) < 0:  # HNSW may find fewer than k: FAISS pads with -1 (min as a ufunc: no Python wrapper)
        keep = rows >= 0
        rows, scores = rows[keep], scores[keep]
    return rows.astype(np.int64, copy=False), scores


def stored_rows(index: faiss.Index) -> np.ndarray | None:
    """The vectors a flat index holds, as an (ntotal, d) array over FAISS's own memory (no copy; None for
    other kinds of index, whose vectors ``reconstruct_batch`` copies out). The array does not keep the index
    alive: hold the index as long as the array is read."""
    if isinstance(index, faiss.IndexHNSWFlat):
        index = faiss.downcast_index(index.storage)
    if not isinstance(index, faiss.IndexFlat) or index.ntotal == 0:
        return None
    return faiss.rev_swig_ptr(index.get_xb(), index.ntotal * index.d).reshape(index.ntotal, index.d)


def cosines(stored: np.ndarray, query: np.ndarray) -> list[float]:
    """Each stored row's inner product with ``query``, as floats: the same bits as ``float(row @ query)``
    one row at a time (numpy computes each row of the stacked product with the same dot kernel, see
    tests/index/test_vectors.py), in one call."""
    if len(stored) == 0:
        return []
    return np.matmul(stored[:, None, :], query).ravel().tolist()
