"""The service's loaded index: loaded once, rebuilt in the background, swapped atomically.

A request leases the current ``Index`` once (``IndexRuntime.lease()``) and uses that object to the end, so a
swap never changes the index under a request in flight: the old version stays open until its last lease
ends, and is closed then (its store file, vectors and BM25 maps released), not whenever the garbage
collector gets to it.

Several server workers each hold a runtime; a rebuild runs in one of them. The others follow the index
link: at most once a second a request asks the backend which version is current (where the link points, or
the version a Milvus collection records), and a new version is opened in the background and swapped in the
same way, so every worker serves the new version within moments.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Literal

from index.backends import Backend, LocalBackend, SearchIndex
from index.errors import IndexStoreError
from service.errors import IndexNotReadyError, RebuildRunningError

log = logging.getLogger("medcite.runtime")

RebuildState = Literal["idle", "running", "done", "failed"]
FOLLOW_EVERY_S = 1.0  # how often a request may check whether the index link moved to a new version

SwapListener = Callable[[SearchIndex | None, SearchIndex], None]  # (old version or None, new version), after a swap


@dataclass(frozen=True)
class RebuildStatus:
    """The last rebuild job (or none yet)."""

    state: RebuildState = "idle"
    job: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    error: str | None = None
    report: dict | None = None

    def to_json(self) -> dict:
        """The status as the API prints it."""
        return asdict(self)


class IndexRuntime:
    """Holds the current index of ``index_path`` (or of ``backend``: a Milvus collection); builds it from
    ``corpus`` when there is none yet."""

    def __init__(self, index_path: Path, corpus: Path, model: str | None = None,
                 backend: Backend | None = None) -> None:
        self.index_path = Path(index_path)
        self.backend = backend or LocalBackend(self.index_path)
        self.corpus = Path(corpus)
        self.model = model
        self._index: SearchIndex | None = None
        self._load_error: str | None = None
        self._loading = False
        self._rebuild = RebuildStatus()
        self._lock = threading.Lock()
        self._follow_lock = threading.Lock()
        self._next_follow = 0.0
        self._leases: dict[int, int] = {}  # id(index) -> requests holding it
        self._retired: dict[int, SearchIndex] = {}  # swapped-out versions still leased
        self._lease_lock = threading.Lock()
        self._rebuild_counts: dict[str, int] = {"done": 0, "failed": 0}
        self._damaged: str | None = None  # why the loaded version failed a read, if it did
        self._swap_listeners: list[SwapListener] = []

    def on_swap(self, listener: SwapListener) -> None:
        """Call ``listener(old, new)`` after the first load (old None) and every swap to a new version (a
        rebuild here, or the link moved by another process); it runs in the loading or swapping thread,
        so it should only queue its work."""
        self._swap_listeners.append(listener)

    def _swapped(self, old: SearchIndex | None, new: SearchIndex) -> None:
        for listener in self._swap_listeners:
            try:
                listener(old, new)
            except Exception:  # a listener's failure must not undo or fail the swap
                log.exception("index swap listener %r failed", listener)

    def load(self) -> None:
        """Open the index (building it first if the path holds none); a failure is kept as the reason
        ``index()`` gives, not raised, so the process stays up and says why it is not ready."""
        self._loading = True
        try:
            if not self.backend.exists():
                log.info("no index at %s: building it from %s", self.backend.describe(), self.corpus)
                self.backend.build(self.corpus, model=self.model)
            fresh = self.backend.open(model=self.model)
            self._swap(fresh)
            self._load_error = None
            log.info("index %s loaded", fresh.version)
            self._swapped(None, fresh)
        except Exception as exc:  # any failure is reported by /readyz and every index-using request
            self._load_error = f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc)
            log.error("index not loaded: %s", self._load_error)
        finally:
            self._loading = False

    def load_in_background(self) -> threading.Thread:
        """Start ``load()`` in a daemon thread, so the server answers /healthz while a first build runs."""
        self._loading = True
        thread = threading.Thread(target=self.load, name="medcite-index-load", daemon=True)
        thread.start()
        return thread

    @property
    def ready(self) -> bool:
        """Whether an index is loaded."""
        return self._index is not None

    def index(self) -> SearchIndex:
        """The current index; IndexNotReadyError while it loads or when it could not be loaded."""
        current = self._index
        if current is not None:
            self._follow(current)
            if self._damaged is not None:
                raise IndexNotReadyError(f"the index is damaged: {self._damaged}; rebuild it")
            return current
        if self._loading:
            raise IndexNotReadyError("the index is still loading; try again shortly")
        raise IndexNotReadyError(f"the index could not be loaded: {self._load_error or 'not loaded yet'}")

    @contextmanager
    def lease(self) -> Iterator[SearchIndex]:
        """The current index, held open until the block ends even if a rebuild swaps it out meanwhile."""
        with self._lease_lock:  # taken and counted at once, so a swap cannot close it in between
            index = self.index()
            self._leases[id(index)] = self._leases.get(id(index), 0) + 1
        try:
            yield index
        finally:
            with self._lease_lock:
                left = self._leases[id(index)] - 1
                if left:
                    self._leases[id(index)] = left
                else:
                    del self._leases[id(index)]
                retired = self._retired.pop(id(index), None) if not left else None
            if retired is not None:
                self._close(retired)

    def store_failed(self, error: IndexStoreError) -> None:
        """Take the loaded version out of service when its store failed a read (its file was damaged under
        the running server): /readyz and every index route say so with a 503 until a new version is in."""
        current = self._index
        store = getattr(current, "store", None)  # a Milvus index has no local store to fail
        if current is not None and store is not None and error.path is not None and Path(error.path) == store.path:
            self._damaged = str(error)
            log.error("index %s taken out of service: %s", current.version, error)

    def _swap(self, fresh: SearchIndex, expected: SearchIndex | None = None) -> bool:
        """Make ``fresh`` the current version (only while the current one is still ``expected``, when
        given) and close the old one now, or when its last lease ends. False when ``fresh`` was not used."""
        with self._lease_lock:
            if expected is not None and self._index is not expected:
                swapped, close_now = False, fresh  # another swap came first: this copy is not needed
            else:
                old, self._index = self._index, fresh
                self._damaged = None
                swapped, close_now = True, None
                if old is not None and old is not fresh:
                    if self._leases.get(id(old)):
                        self._retired[id(old)] = old
                    else:
                        close_now = old
        if close_now is not None:
            self._close(close_now)
        return swapped

    @staticmethod
    def _close(index: SearchIndex) -> None:
        try:
            index.close()
            log.info("index %s released", index.version)
        except Exception as exc:  # closing must never take the request that ends a lease with it
            log.warning("index %s could not be closed: %s", index.version, exc)

    def _follow(self, current: SearchIndex) -> None:
        """Open the version the index link points at now, in the background, if it is not ``current``
        (another process rebuilt the index); cheap enough for every request: one clock read, and one
        readlink a second."""
        now = time.monotonic()
        if now < self._next_follow:
            return
        self._next_follow = now + FOLLOW_EVERY_S
        try:
            target = self.backend.current_version()
        except Exception:  # an unreachable server or a vanished link: keep serving what we hold
            return
        if (target is None or target == current.version or self._rebuild.state == "running"
                or not self._follow_lock.acquire(blocking=False)):
            return
        threading.Thread(target=self._open_current, args=(current,), name="medcite-follow", daemon=True).start()

    def _open_current(self, current: SearchIndex) -> None:
        try:
            fresh = self.backend.open(model=self.model, embedder=current.embedder)
            if self._swap(fresh, expected=current):
                log.info("index %s opened (the link moved)", fresh.version)
                self._swapped(current, fresh)
        except Exception as exc:  # a version that cannot be opened leaves the current one serving
            log.error("the index link moved but the new version could not be opened: %s", exc)
        finally:
            self._follow_lock.release()

    def not_ready_reason(self) -> str | None:
        """Why there is no index (None when there is one)."""
        try:
            self.index()
        except IndexNotReadyError as exc:
            return str(exc)
        return None

    def current(self) -> SearchIndex | None:
        """The loaded index without waiting, following or raising (None when there is none): for metrics."""
        return self._index

    def rebuild_counts(self) -> dict[str, int]:
        """How many rebuilds ended in each outcome (done, failed) since the process started."""
        return dict(self._rebuild_counts)

    def rebuild_status(self) -> RebuildStatus:
        """The state of the last rebuild."""
        return self._rebuild

    def start_rebuild(self) -> RebuildStatus:
        """Start rebuilding from the corpus in a background thread; RebuildRunningError if one runs."""
        with self._lock:
            if self._rebuild.state == "running":
                raise RebuildRunningError(f"rebuild {self._rebuild.job} is still running")
            self._rebuild = RebuildStatus(state="running", job=uuid.uuid4().hex, started_at=_now())
            status = self._rebuild
        threading.Thread(target=self._run_rebuild, args=(status,), name="medcite-rebuild", daemon=True).start()
        return status

    def _run_rebuild(self, status: RebuildStatus) -> None:
        current = self._index
        embedder = current.embedder if current is not None else None
        try:
            report = self.backend.build(self.corpus, model=self.model, embedder=embedder)
            fresh = self.backend.open(model=self.model, embedder=embedder)
        except Exception as exc:  # a failed rebuild leaves the old index serving
            log.error("rebuild %s failed: %s", status.job, exc)
            self._rebuild_counts["failed"] += 1
            self._rebuild = RebuildStatus(state="failed", job=status.job, started_at=status.started_at,
                                          finished_at=_now(), error=str(exc) or type(exc).__name__)
            return
        # Requests that already hold the old index finish with it; it is closed after the last of them.
        self._swap(fresh)
        self._load_error = None
        log.info("rebuild %s done: index %s", status.job, fresh.version)
        self._rebuild_counts["done"] += 1
        self._rebuild = RebuildStatus(state="done", job=status.job, started_at=status.started_at,
                                      finished_at=_now(), report=report.to_json())
        self._swapped(current, fresh)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()
