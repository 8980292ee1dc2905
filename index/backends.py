"""Where an index lives: a local folder (FAISS + bm25s + SQLite, the default) or a Milvus collection.

Both backends build incrementally from a corpus folder, open to an object with the same search contract
(``search()``, ``idf()``, ``embedder``, ``manifest``, ``version``, ``close()``), and say which version is
current, so the service can serve, rebuild and follow either without knowing which it has.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from index.build import LOCAL, BuildReport, Progress, Runner, build_index
from index.embedder import Embedder
from index.errors import IndexOptionError
from index.manifest import Manifest
from index.search import Hit, SearchMode, open_index

if TYPE_CHECKING:
    from pymilvus import MilvusClient


class BackendKind(str, Enum):
    """The backends a user can name (``--backend``, MEDCITE_BACKEND)."""

    LOCAL = "local"
    MILVUS = "milvus"


class SearchIndex(Protocol):
    """What the answer pipeline and the API use of a loaded index."""

    manifest: Manifest
    embedder: Embedder

    @property
    def version(self) -> str: ...

    def search(self, query: str, k: int = 10, mode: SearchMode = SearchMode.HYBRID,
               query_vector: np.ndarray | None = None) -> list[Hit]: ...

    def idf(self, term: str) -> float: ...

    def terms(self) -> frozenset[str]: ...

    def close(self) -> None: ...


class Backend(Protocol):
    """An index location: build into it, open it, ask which version it holds."""

    def exists(self) -> bool: ...

    def build(self, corpus: Path, model: str | None = None, embedder: Embedder | None = None,
              progress: Progress | None = None, runner: Runner = LOCAL) -> BuildReport: ...

    def open(self, model: str | None = None, embedder: Embedder | None = None) -> SearchIndex: ...

    def current_version(self) -> str | None: ...

    def describe(self) -> str: ...


@dataclass
class LocalBackend:
    """An index folder (see index.location): versions swapped in atomically through a symlink."""

    path: Path

    def exists(self) -> bool:
        """Whether the path holds anything (a build or something in the way)."""
        return self.path.exists()

    def build(self, corpus: Path, model: str | None = None, embedder: Embedder | None = None,
              progress: Progress | None = None, runner: Runner = LOCAL) -> BuildReport:
        """Build or incrementally rebuild the folder from ``corpus``."""
        return build_index(corpus, self.path, model_path=model, embedder=embedder, progress=progress, runner=runner)

    def open(self, model: str | None = None, embedder: Embedder | None = None) -> SearchIndex:
        """Open the current version."""
        return open_index(self.path, model_path=model, embedder=embedder)

    def current_version(self) -> str | None:
        """The folder name the index link points at now."""
        try:
            return self.path.resolve().name if self.path.exists() else None
        except OSError:
            return None

    def describe(self) -> str:
        """The folder, for messages."""
        return str(self.path)


@dataclass
class MilvusBackend:
    """A collection on a Milvus server (``uri`` like ``http://127.0.0.1:19530``)."""

    uri: str
    collection: str = "medcite"
    token: str | None = None
    _client: MilvusClient | None = field(default=None, repr=False)

    def _connected(self) -> MilvusClient:
        from index.milvus_collection import connect

        if self._client is None:
            self._client = connect(self.uri, self.token)
        return self._client

    def exists(self) -> bool:
        """Whether the collection holds a finished build."""
        return self.current_version() is not None

    def build(self, corpus: Path, model: str | None = None, embedder: Embedder | None = None,
              progress: Progress | None = None, runner: Runner = LOCAL) -> BuildReport:
        """Upsert what changed in ``corpus`` into the collection (see index.milvus_build)."""
        from index.milvus_build import build_milvus_index

        return build_milvus_index(corpus, self.uri, self.collection, model_path=model, embedder=embedder,
                                  progress=progress, runner=runner, token=self.token)

    def open(self, model: str | None = None, embedder: Embedder | None = None) -> SearchIndex:
        """Open the collection's current build."""
        from index.milvus_search import open_milvus_index

        return open_milvus_index(self.uri, self.collection, model_path=model, embedder=embedder, token=self.token)

    def current_version(self) -> str | None:
        """The version id in the collection's properties (None without a finished build)."""
        from index.milvus_collection import VERSION_KEY

        client = self._connected()
        if not client.has_collection(self.collection):
            return None
        return (client.describe_collection(self.collection).get("properties") or {}).get(VERSION_KEY)

    def describe(self) -> str:
        """The server and collection, for messages."""
        return f"Milvus collection {self.collection!r} at {self.uri}"


def make_backend(kind: str | BackendKind, index_path: Path, milvus_uri: str | None = None,
                 collection: str = "medcite", token: str | None = None) -> Backend:
    """The backend a user named; IndexOptionError for an unknown one or a Milvus backend without a URI."""
    try:
        kind = BackendKind(kind)
    except ValueError:
        raise IndexOptionError(f"unknown backend {kind!r} "
                               f"(choose from {', '.join(k.value for k in BackendKind)})") from None
    if kind is BackendKind.LOCAL:
        return LocalBackend(Path(index_path))
    if not milvus_uri:
        raise IndexOptionError("the milvus backend needs a server: --milvus-uri URI (or MEDCITE_MILVUS_URI)")
    return MilvusBackend(milvus_uri, collection, token)
