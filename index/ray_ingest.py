"""Reading and embedding a corpus as a Ray Data pipeline, for ``medcite index build --ray [ADDRESS]``.

Files are read in parallel Ray tasks (each file by the same reader a local build uses), passages are
embedded by an actor pool of embedders (``map_batches``), each actor running the same plain embed function
(``index.build.encode_local``: texts in, vectors out) as a local build. Everything else (which documents'
vectors are reused, the store, FAISS, BM25, the manifest) stays in ``index.build``, so a Ray build writes
the same index as a local one: same chunks, same manifest, vectors equal within float tolerance (batch
mates differ).

Without an address a local Ray cluster is started on 127.0.0.1 (``num_cpus`` cores, no dashboard) and shut
down again by ``close()``; with one, the build joins that cluster. medcite's ``ingest`` and ``index``
packages travel with the job (``py_modules``); the nodes need its dependencies installed.
"""
from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

import index as index_package
import ingest as ingest_package
from index.build import Runner, encode_local
from index.embedder import Embedder, load_embedder
from index.errors import IndexOptionError
from ingest.corpus import CorpusMerge, _read_one, corpus_files
from ingest.models import CorpusRead

LOCAL_CPUS = 2


@dataclass
class RayIngest:
    """A connection to a Ray cluster that builds run their reading and embedding on."""

    address: str | None = None
    actors: int = 2
    batch_size: int = 64
    num_cpus: int = LOCAL_CPUS
    _started: bool = field(default=False, repr=False)

    def connect(self) -> None:
        """Join the cluster at ``address``, or start a local one (once)."""
        try:
            import ray
        except ImportError:
            raise IndexOptionError("--ray needs Ray: pip install 'medcite[scale]'") from None
        if ray.is_initialized():
            return
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        env = {"py_modules": [index_package, ingest_package],
               "env_vars": {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}}
        common: dict[str, Any] = dict(runtime_env=env, log_to_driver=False, configure_logging=False,
                                      include_dashboard=False)
        if self.address:
            ray.init(address=self.address, **common)
        else:
            ray.init(num_cpus=self.num_cpus, _node_ip_address="127.0.0.1", **common)
            self._started = True
        ray.data.DataContext.get_current().enable_progress_bars = False

    def close(self) -> None:
        """Shut down the local cluster this object started (a joined cluster keeps running)."""
        if self._started:
            import ray

            ray.shutdown()
            self._started = False

    def __enter__(self) -> "RayIngest":
        self.connect()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def runner(self) -> Runner:
        """The build runner that reads and embeds on this cluster."""
        return Runner(read=self.read, encode=self.encode, name="ray")

    def read(self, corpus_dir: Path, on_file: Callable[[Path], None]) -> CorpusRead:
        """Read every supported file of ``corpus_dir`` in Ray tasks; merged as ``read_corpus`` merges."""
        import ray.data

        self.connect()
        root = Path(corpus_dir)
        files = corpus_files(root)
        if not files:
            from ingest.errors import CorpusError

            raise CorpusError(f"no supported files in {root}")
        items = ray.data.from_items([{"i": i, "path": str(p)} for i, p in enumerate(files)],
                                    override_num_blocks=min(len(files), 8 * self.num_cpus))
        results: list[tuple[int, bytes]] = []
        for row in items.map(_ReadFile(str(root))).iter_rows():
            results.append((int(row["i"]), row["items"]))
            on_file(files[int(row["i"])])
        merged = CorpusMerge()
        for _, blob in sorted(results, key=lambda r: r[0]):
            merged.add(pickle.loads(blob))
        return merged.result()

    def encode(self, embedder: Embedder, texts: list[str], on_batch: Callable[[int], None]) -> np.ndarray:
        """Normalized vectors of ``texts`` in input order, embedded by ``actors`` embedder actors.

        Texts go out sorted by length, so every batch pads little, and come back to their places by position.
        """
        import ray.data

        self.connect()
        out = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        rows = ray.data.from_items([{"pos": i, "text": texts[i]} for i in order],
                                   override_num_blocks=max(1, min(len(texts) // self.batch_size, 4 * self.actors)))
        vectors = rows.map_batches(
            _EmbedBatch, fn_constructor_kwargs={"path": embedder.path, "backend": embedder.backend},
            batch_size=self.batch_size, batch_format="numpy", concurrency=self.actors, num_cpus=1,
        )
        for batch in vectors.iter_batches(batch_size=None, batch_format="numpy"):
            out[batch["pos"]] = batch["vector"]
            on_batch(len(batch["pos"]))
        return out


class _ReadFile:
    """One Ray Data row (a file) -> its CorpusRead (documents, skip reasons, withdrawn ids), pickled."""

    def __init__(self, root: str) -> None:
        self.root = root

    def __call__(self, row: dict) -> dict:
        read = _read_one(Path(row["path"]), Path(self.root))
        return {"i": row["i"], "items": pickle.dumps(read)}


class _EmbedBatch:
    """An embedder actor: loads the model once, then embeds batches with the local build's embed function."""

    def __init__(self, path: str, backend: str) -> None:
        import ray

        cpus = int(ray.get_runtime_context().get_assigned_resources().get("CPU", 1)) or 1
        try:
            import torch

            torch.set_num_threads(cpus)
        except ImportError:  # pragma: no cover - a dependency of the package
            pass
        self.embedder = load_embedder(path, backend=backend)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts = [str(t) for t in batch["text"]]
        return {"pos": batch["pos"], "vector": encode_local(self.embedder, texts, lambda n: None)}
