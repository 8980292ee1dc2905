"""Scaling benchmark on synthetic data: FAISS index kinds and BM25 at 100k-1M chunks.

Everything here is SYNTHETIC: vectors are a clustered Gaussian mixture on the unit sphere (so nearest
neighbours are structured and ANN recall means something) and BM25 documents draw words from a Zipfian
vocabulary. The figures bound speed and memory; they say nothing about retrieval quality on real text.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Callable

import faiss
import numpy as np

from index.embedder import Embedder

DIM = 384  # all-MiniLM-L6-v2
QUERIES = 200
K = 10


@dataclass(frozen=True)
class VectorResult:
    """One FAISS index kind at one size and one search setting."""

    size: int
    kind: str  # flat | hnsw | ivf
    setting: str  # e.g. "M=32 efC=80 efSearch=128"
    build_s: float
    rss_mb: float  # resident memory the built index added to the process
    file_mb: float
    p50_ms: float
    p99_ms: float
    recall_at_10: float


@dataclass(frozen=True)
class LexicalResult:
    """The project's BM25 (index.lexical) over a synthetic corpus."""

    size: int
    build_s: float
    rss_mb: float
    folder_mb: float
    p50_ms: float
    p99_ms: float


@dataclass(frozen=True)
class LoadResult:
    """Memory of a saved index loaded in a fresh process, then searched (anon = private to that worker)."""

    what: str  # flat | hnsw | bm25
    size: int
    mode: str  # read | mmap | mmap-ifc
    rss_anon_mb: float
    rss_file_mb: float
    p50_ms: float


def synthetic_vectors(n: int, dim: int = DIM, seed: int = 0, clusters: int | None = None,
                      spread: float = 1.0) -> np.ndarray:
    """``n`` unit vectors from a Gaussian mixture: a point is its cluster centre plus noise of norm ~``spread``.

    Generated in blocks so 1M x 384 needs no more than the 1.5 GB result.
    """
    rng = np.random.default_rng(seed)
    clusters = clusters or max(64, n // 1000)
    centres = rng.standard_normal((clusters, dim), dtype=np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        block = rng.standard_normal((stop - start, dim), dtype=np.float32) * (spread / np.sqrt(dim))
        block += centres[rng.integers(0, clusters, stop - start)]
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start:stop] = block
    return out


def synthetic_texts(n: int, vocab: int = 50_000, mean_len: int = 120, seed: int = 0) -> list[str]:
    """``n`` documents of Zipf(1.1)-distributed words ``w<rank>`` (stemming leaves them unchanged)."""
    rng = np.random.default_rng(seed)
    lengths = np.clip(rng.poisson(mean_len, n), 5, None)
    ranks = np.minimum(rng.zipf(1.1, int(lengths.sum())), vocab)
    words = np.array([f"w{i}" for i in range(vocab + 1)], dtype=object)
    tokens = words[ranks]
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [" ".join(tokens[bounds[i]:bounds[i + 1]]) for i in range(n)]


def recall_at_k(found: np.ndarray, exact: np.ndarray, k: int = K) -> float:
    """Mean over queries of |top-k found ∩ top-k exact| / k (rows of ids; -1 = no result)."""
    hits = 0
    for got, truth in zip(found, exact):
        hits += len(set(got[:k].tolist()) & set(truth[:k].tolist()) - {-1})
    return hits / (k * len(exact)) if len(exact) else 0.0


def _search_one(index: faiss.Index, queries: np.ndarray, i: int) -> None:
    """Search the ``i``-th query alone (what latencies_ms times)."""
    index.search(queries[i:i + 1], K)


def latencies_ms(search: Callable[[int], object], n: int) -> tuple[float, float]:
    """p50 and p99 in ms of ``search(i)`` run once per query i, after one warm-up call."""
    search(0)
    times = []
    for i in range(n):
        t = time.perf_counter()
        search(i)
        times.append((time.perf_counter() - t) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux)."""
    return _status_kb("VmRSS") / 1024


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _size_mb(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20
    return path.stat().st_size / 2**20


def vector_settings(n: int) -> list[tuple[str, dict]]:
    """The index kinds the project chooses between, with the search settings worth comparing."""
    nlist = 1024 if n >= 200_000 else 256
    return [
        ("flat", {}),
        ("hnsw", {"M": 32, "efConstruction": 80, "efSearch": [32, 64, 128, 256]}),
        ("ivf", {"nlist": nlist, "nprobe": [8, 32, 64]}),
    ]


def _build(kind: str, params: dict, base: np.ndarray) -> faiss.Index:
    dim = base.shape[1]
    index: faiss.Index
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        index = hnsw = faiss.IndexHNSWFlat(dim, params["M"], faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = params["efConstruction"]
    else:
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFFlat(quantizer, dim, params["nlist"], faiss.METRIC_INNER_PRODUCT)
        sample = base[np.random.default_rng(1).choice(len(base), min(len(base), params["nlist"] * 64), replace=False)]
        index.train(sample)
    index.add(base)
    return index


def bench_vectors(n: int, kinds: tuple[str, ...] = ("flat", "hnsw", "ivf"), workdir: Path | None = None,
                  log: Callable[[str], None] = print) -> list[VectorResult]:
    """Build each index kind over ``n`` synthetic vectors and measure it against exact search."""
    base = synthetic_vectors(n, seed=0)
    queries = _queries_near(base, QUERIES)
    exact = faiss.IndexFlatIP(DIM)
    exact.add(base)
    _, truth = exact.search(queries, K)
    del exact
    workdir = Path(workdir or tempfile.mkdtemp(prefix="medcite-scale-"))
    results = []
    for kind, params in vector_settings(n):
        if kind not in kinds:
            continue
        before = rss_mb()
        t = time.perf_counter()
        index = _build(kind, params, base)
        build_s = time.perf_counter() - t
        grown = rss_mb() - before
        path = workdir / f"{kind}-{n}.faiss"
        faiss.write_index(index, str(path))
        file_mb = _size_mb(path)
        knob = {"hnsw": "efSearch", "ivf": "nprobe"}.get(kind)
        for value in (params[knob] if knob else [None]):
            if isinstance(index, faiss.IndexHNSWFlat) and value is not None:
                index.hnsw.efSearch = value
            elif isinstance(index, faiss.IndexIVFFlat) and value is not None:
                index.nprobe = value
            _, found = index.search(queries, K)
            p50, p99 = latencies_ms(partial(_search_one, index, queries), QUERIES)
            setting = {"flat": "exact",
                       "hnsw": f"M={params.get('M')} efC={params.get('efConstruction')} efSearch={value}",
                       "ivf": f"nlist={params.get('nlist')} nprobe={value}"}[kind]
            result = VectorResult(n, kind, setting, round(build_s, 2), round(grown, 1), round(file_mb, 1),
                                  round(p50, 3), round(p99, 3), round(recall_at_k(found, truth), 4))
            log(json.dumps(asdict(result)))
            results.append(result)
        del index
    return results


def _queries_near(base: np.ndarray, n: int, seed: int = 2) -> np.ndarray:
    """Queries drawn like the corpus: a random corpus point moved by fresh noise, so each has true neighbours."""
    rng = np.random.default_rng(seed)
    picks = base[rng.choice(len(base), n, replace=False)]
    noisy = picks + rng.standard_normal(picks.shape, dtype=np.float32) * (0.8 / np.sqrt(base.shape[1]))
    return np.ascontiguousarray(noisy / np.linalg.norm(noisy, axis=1, keepdims=True), dtype=np.float32)


def bench_bm25(n: int, workdir: Path | None = None, log: Callable[[str], None] = print) -> LexicalResult:
    """Build, save and query the project's BM25 (index.lexical) over ``n`` synthetic documents."""
    from index.lexical import bm25_search, build_bm25, save_bm25

    texts = synthetic_texts(n)
    queries = _bm25_queries(QUERIES)
    before = rss_mb()
    t = time.perf_counter()
    model = build_bm25(texts)
    build_s = time.perf_counter() - t
    del texts
    grown = rss_mb() - before
    folder = Path(workdir or tempfile.mkdtemp(prefix="medcite-scale-")) / f"bm25-{n}"
    save_bm25(model, folder)
    p50, p99 = latencies_ms(lambda i: bm25_search(model, queries[i], 100), QUERIES)
    result = LexicalResult(n, round(build_s, 2), round(grown, 1), round(_size_mb(folder), 1), round(p50, 3),
                           round(p99, 3))
    log(json.dumps(asdict(result)))
    return result


def _bm25_queries(n: int, seed: int = 3) -> list[str]:
    """Queries of 3-8 words of middling frequency (ranks 20-20000), like clinical questions after stop words."""
    rng = np.random.default_rng(seed)
    return [" ".join(f"w{r}" for r in rng.integers(20, 20_000, rng.integers(3, 9))) for _ in range(n)]


_LOAD_SCRIPT = r"""
import json, sys, time
import numpy as np
kind, path, mode, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
if kind == "bm25":
    from index.lexical import bm25_search, load_bm25
    from eval.scaling import _bm25_queries
    model = load_bm25(path, mmap=(mode != "read"))
    queries = _bm25_queries(50)
    search = lambda i: bm25_search(model, queries[i], 100)
else:
    import faiss
    from eval.scaling import _queries_near, synthetic_vectors
    flags = {"read": 0, "mmap": faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY,
             "mmap-ifc": faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY}[mode]
    index = faiss.read_index(path, flags)
    if kind == "hnsw":
        index.hnsw.efSearch = 128
    rng = np.random.default_rng(5)
    queries = rng.standard_normal((50, index.d), dtype=np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    search = lambda i: index.search(queries[i:i + 1], 10)
times = []
for i in range(50):
    t = time.perf_counter(); search(i); times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"anon": status("RssAnon"), "file": status("RssFile"), "p50": float(np.percentile(times, 50))}))
"""


def load_memory(what: str, path: Path, mode: str, size: int) -> LoadResult:
    """Load a saved index in a fresh interpreter with ``mode`` (read | mmap | mmap-ifc), search it 50
    times, and report its private (anon) and file-backed (shared page cache) resident memory."""
    out = subprocess.run([sys.executable, "-c", _LOAD_SCRIPT, what, str(path), mode, str(size)],
                         capture_output=True, text=True, timeout=900, env={**os.environ, "OMP_NUM_THREADS": "2"})
    if out.returncode:
        return LoadResult(what, size, f"{mode} (failed: {out.stderr.strip().splitlines()[-1][:80]})", -1, -1, -1)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return LoadResult(what, size, mode, round(data["anon"], 1), round(data["file"], 1), round(data["p50"], 3))


def baseline_memory() -> LoadResult:
    """The same fresh interpreter with numpy and faiss imported and nothing loaded (subtract it)."""
    script = ("import json, numpy, faiss\n"
              "f = lambda k: [int(l.split()[1]) / 1024 for l in open('/proc/self/status')"
              " if l.startswith(k + ':')][0]\n"
              "print(json.dumps({'anon': f('RssAnon'), 'file': f('RssFile')}))")
    data = json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True).stdout)
    return LoadResult("none", 0, "baseline", round(data["anon"], 1), round(data["file"], 1), 0.0)


def run_scale(sizes: list[int], kinds: tuple[str, ...] = ("flat", "hnsw", "ivf"), hnsw_max: int = 300_000,
              bm25: bool = True, loads: bool = True, log: Callable[[str], None] = print) -> dict:
    """The whole scaling benchmark; HNSW is built only up to ``hnsw_max`` vectors (its build is the slow part)."""
    workdir = Path(tempfile.mkdtemp(prefix="medcite-scale-"))
    report: dict = {"synthetic": True, "dim": DIM, "queries": QUERIES, "cores": os.cpu_count(),
                    "faiss": faiss.__version__, "vectors": [], "bm25": [], "loads": []}
    try:
        for n in sizes:
            kinds_n = tuple(k for k in kinds if k != "hnsw" or n <= hnsw_max)
            report["vectors"] += [asdict(r) for r in bench_vectors(n, kinds_n, workdir, log)]
            if bm25:
                report["bm25"].append(asdict(bench_bm25(n, workdir, log)))
            if loads:
                report["loads"].append(asdict(baseline_memory()))
                for what in ("flat", "hnsw"):
                    path = workdir / f"{what}-{n}.faiss"
                    if path.exists():
                        for mode in ("read", "mmap", "mmap-ifc"):
                            row = asdict(load_memory(what, path, mode, n))
                            log(json.dumps(row))
                            report["loads"].append(row)
                if bm25:
                    for mode in ("read", "mmap"):
                        row = asdict(load_memory("bm25", workdir / f"bm25-{n}", mode, n))
                        log(json.dumps(row))
                        report["loads"].append(row)
            for p in workdir.iterdir():
                shutil.rmtree(p) if p.is_dir() else p.unlink()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return report


# --- int8 embedder -------------------------------------------------------------------------------

@dataclass(frozen=True)
class EncodeComparison:
    """fp32 and int8 embedders on the same texts: throughput and how close their vectors are."""

    texts: int
    fp32_chunks_per_s: float
    int8_chunks_per_s: float
    speedup: float
    cosine_mean: float
    cosine_min: float
    top10_overlap: float  # mean overlap of each text's 10 nearest other texts, fp32 vs int8


def compare_encoders(texts: list[str], fp32: Embedder, int8: Embedder, rounds: int = 2,
                     batch_size: int = 64) -> EncodeComparison:
    """Encode ``texts`` with both embedders, alternating ``rounds`` times so load drifts hit both alike."""
    times = {"fp32": 0.0, "int8": 0.0}
    vectors = {}
    for _ in range(rounds):
        for name, embedder in (("fp32", fp32), ("int8", int8)):
            started = time.perf_counter()
            vectors[name] = embedder.encode(texts, batch_size=batch_size)
            times[name] += time.perf_counter() - started
    cosine = (vectors["fp32"] * vectors["int8"]).sum(axis=1)
    neighbours = {}
    for name, v in vectors.items():
        sims = v @ v.T
        np.fill_diagonal(sims, -np.inf)
        neighbours[name] = np.argsort(-sims, axis=1)[:, :K]
    rate = {name: rounds * len(texts) / seconds for name, seconds in times.items()}
    return EncodeComparison(len(texts), round(rate["fp32"], 1), round(rate["int8"], 1),
                            round(rate["int8"] / rate["fp32"], 2), round(float(cosine.mean()), 4),
                            round(float(cosine.min()), 4),
                            round(recall_at_k(neighbours["int8"], neighbours["fp32"]), 4))


def sample_texts(source: Path, n: int, seed: int = 0) -> list[str]:
    """``n`` passage texts from a BEIR ``corpus.jsonl`` (title + text) or the chunks of a corpus folder."""
    source = Path(source)
    if source.is_dir() and (source / "corpus.jsonl").is_file():
        source = source / "corpus.jsonl"
    if source.suffix == ".jsonl":
        rows = [json.loads(line) for line in source.read_text().splitlines() if line.strip()]
        texts = [f"{r.get('title', '')}\n{r.get('text', '')}".strip() for r in rows]
    else:
        from index.passages import passage_text
        from ingest.chunking import chunk_document
        from ingest.corpus import read_corpus

        texts = [passage_text(d.title, c.heading, c.text)
                 for d in read_corpus(source).documents for c in chunk_document(d)]
    rng = np.random.default_rng(seed)
    picks = rng.choice(len(texts), min(n, len(texts)), replace=False)
    return [texts[i] for i in sorted(picks)]
