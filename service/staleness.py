"""Stale answers: after an index rebuild, mark the answers whose evidence changed.

Two reasons make a stored answer stale:

1. **Its cited evidence changed**: a document it cites has another sha256 in the new index's manifest than
   in the old one, or is gone. The manifests hold one hash per document, so this is a dictionary
   comparison and one indexed lookup of the revisions that cite the changed documents.
2. **Its question now retrieves a new direct source**: a document that is new or changed in this rebuild
   comes up in the top ``search_depth`` hits of the answer's question, speaks of both the answer's
   intervention and its condition (the same test of "direct" the answer judgement uses: both named in the
   passage), and is not cited yet. Only the questions whose intervention and condition both appear in some
   new or changed document are searched, approved answers first, and at most ``max_searches`` of them
   within ``budget_s`` seconds: the rest are counted as unchecked in the report, not silently passed.

Only the newest revision of each answer is checked (older ones are history), and only revisions made on
another index version than the new one. ``StaleChecker`` runs the check in one background thread after each
swap (and after the first load, against the manifest the store saw last), one check at a time; with
several server workers the store lets only one of them run a given check.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Iterable

from index.search import Index
from service.store import AnswerStore, CitingRevision, StaleMark, Topic

log = logging.getLogger("medcite.staleness")


@dataclass(frozen=True)
class StaleSettings:
    """Bounds of one stale check."""

    max_searches: int = 2000  # new-source searches per check (~20 ms each on the default index, see BENCHMARKS)
    budget_s: float = 300.0  # wall-clock bound of the new-source part; the hash part always runs in full
    search_depth: int = 30  # hits read per question: the head of the ranking an answer quotes from
    batch: int = 64  # questions embedded per model call


@dataclass(frozen=True)
class DocumentChanges:
    """How the documents of two index versions differ (by the sha256 each manifest records)."""

    changed: frozenset[str]
    removed: frozenset[str]
    added: frozenset[str]


@dataclass
class StaleReport:
    """What one stale check did."""

    from_version: str
    to_version: str
    documents_changed: int = 0
    documents_removed: int = 0
    documents_added: int = 0
    marked_evidence_changed: int = 0
    marked_new_source: int = 0
    questions_searched: int = 0
    questions_unchecked: int = 0
    evidence_seconds: float = 0.0  # the hash comparison and its marks
    search_seconds: float = 0.0  # the new-source searches and their marks
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The report as the API prints it."""
        return asdict(self)


def document_changes(old: dict[str, str], new: dict[str, str]) -> DocumentChanges:
    """Documents whose hash differs, that are gone, and that are new, from manifest ``old`` to ``new``."""
    return DocumentChanges(
        changed=frozenset(d for d, sha in old.items() if d in new and new[d] != sha),
        removed=frozenset(d for d in old if d not in new),
        added=frozenset(d for d in new if d not in old),
    )


def check_after_rebuild(store: AnswerStore, old_documents: dict[str, str], new: Index,
                        settings: StaleSettings = StaleSettings()) -> StaleReport:
    """Mark stale the stored answers that the rebuild from ``old_documents`` (the old manifest's hashes)
    to ``new`` affects, and report what was done."""
    started = time.perf_counter()
    changes = document_changes(old_documents, new.manifest.documents)
    report = StaleReport(from_version="", to_version=new.version, documents_changed=len(changes.changed),
                         documents_removed=len(changes.removed), documents_added=len(changes.added))
    evidence = evidence_marks(store.citing(changes.changed | changes.removed, new.version), changes)
    report.marked_evidence_changed = store.mark_stale(evidence, new.version)
    report.evidence_seconds = round(time.perf_counter() - started, 3)
    fresh = changes.changed | changes.added
    if fresh:
        deadline = time.monotonic() + settings.budget_s
        marks, report.questions_searched, report.questions_unchecked = new_source_marks(
            store.topics(new.version), new, fresh, settings, deadline)
        report.marked_new_source = store.mark_stale(marks, new.version)
        report.search_seconds = round(time.perf_counter() - started - report.evidence_seconds, 3)
        evidence += marks
    report.examples = [f"{m.answer_id} r{m.revision}: {m.reason}" for m in evidence[:5]]
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def evidence_marks(citing: Iterable[CitingRevision], changes: DocumentChanges) -> list[StaleMark]:
    """One mark per revision that cites a changed or removed document, naming every such document."""
    reasons: dict[tuple[str, int], list[str]] = {}
    for row in citing:
        what = "removed from the index" if row.doc_id in changes.removed else "changed"
        reasons.setdefault((row.answer_id, row.revision), []).append(
            f"cited document {what}: {row.title} [{row.doc_id}]")
    return [StaleMark(answer_id, revision, "; ".join(parts)) for (answer_id, revision), parts in reasons.items()]


def new_source_marks(topics: Iterable[Topic], index: Index, fresh: frozenset[str], settings: StaleSettings,
                     deadline: float) -> tuple[list[StaleMark], int, int]:
    """Marks for the answers whose question now retrieves a direct source among the ``fresh`` documents;
    with how many questions were searched and how many were left unchecked by the bounds."""
    texts = _fresh_texts(index, fresh)
    named: dict[tuple[str, str], bool] = {}  # (intervention, condition) -> named in some fresh document
    candidates: list[Topic] = []
    unchecked = 0
    for topic in topics:
        if time.monotonic() > deadline:
            unchecked += 1  # past the time bound: counted, not looked at
            continue
        pair = ((topic.intervention or "").lower(), (topic.condition or "").lower())
        if pair not in named:
            named[pair] = all(pair) and any(pair[0] in t and pair[1] in t for t in texts)
        if not named[pair]:
            continue
        if len(candidates) >= settings.max_searches:
            unchecked += 1
        else:
            candidates.append(topic)
    marks: list[StaleMark] = []
    searched = 0
    for start in range(0, len(candidates), settings.batch):
        batch = candidates[start:start + settings.batch]
        if time.monotonic() > deadline:
            unchecked += len(candidates) - start
            break
        vectors = index.embedder.encode([t.question for t in batch], batch_size=settings.batch)
        for topic, vector in zip(batch, vectors):
            searched += 1
            hit = _new_direct_hit(topic, index.search(topic.question, k=settings.search_depth, query_vector=vector),
                                  fresh)
            if hit is not None:
                marks.append(StaleMark(topic.answer_id, topic.revision,
                                       f"the question now retrieves a new direct source: {hit}"))
    return marks, searched, unchecked


def _no_hashes(index: Index) -> bool:
    """Whether an index counts documents but lists no hashes for them (a Milvus collection)."""
    return not index.manifest.documents and bool(index.manifest.counts.get("documents"))


def _fresh_texts(index: Index, fresh: frozenset[str]) -> list[str]:
    """The lower-cased full text of each new or changed document."""
    return [" ".join(c.text for _, c in index.store.chunks_of(doc_id)).lower() for doc_id in sorted(fresh)]


def _new_direct_hit(topic: Topic, hits: list, fresh: frozenset[str]) -> str | None:
    """The first hit from a fresh, not yet cited document whose passage names the intervention and the
    condition, as 'title [doc id]'; None when there is none."""
    intervention, condition = (topic.intervention or "").lower(), (topic.condition or "").lower()
    for hit in hits:
        doc = hit.document.id
        if doc in fresh and doc not in topic.cited:
            text = hit.chunk.text.lower()
            if intervention in text and condition in text:
                return f"{hit.document.title} [{doc}]"
    return None


class StaleChecker:
    """Runs ``check_after_rebuild`` in one background thread after each index swap, one check at a time.

    The store remembers the manifest of the last index version it was checked against, so a rebuild made
    while no server ran (``medcite index build``) is compared at the next start: on a first load the old
    side is that remembered manifest.
    """

    def __init__(self, store: AnswerStore, settings: StaleSettings = StaleSettings()) -> None:
        self.store = store
        self.settings = settings
        self._jobs: queue.Queue[tuple[Index | None, Index]] = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def after_swap(self, old: Index | None, new: Index) -> None:
        """Queue the check of a swap from ``old`` (None on a first load) to ``new``."""
        with self._lock:  # with the worker's emptiness check: a job is never queued behind a leaving worker
            self._idle.clear()
            self._jobs.put((old, new))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="medcite-stale-check", daemon=True)
                self._thread.start()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no check is queued or running; whether that happened within ``timeout``."""
        return self._idle.wait(timeout)

    def _work(self) -> None:
        while True:
            try:
                old, new = self._jobs.get(timeout=1.0)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._idle.set()
                        self._thread = None
                        return
                continue
            try:
                self.check_swap(old, new)
            except Exception:  # the store failed: logged; the next swap tries again
                log.exception("stale check to %s failed", new.version)

    def check_swap(self, old: Index | None, new: Index) -> StaleReport | None:
        """Check the swap to ``new`` against ``old`` (or, on a first load, the manifest the store last
        saw), then remember ``new``'s manifest; None when there was nothing to compare or another worker
        has claimed the check."""
        if _no_hashes(new) or (old is not None and _no_hashes(old)):
            # A Milvus collection's manifest keeps no per-document hashes: nothing to compare, and an empty
            # side would read as "every document removed" (or added). Skipped, not guessed.
            log.info("stale check to %s skipped: the index records no per-document hashes", new.version)
            return None
        if old is not None:
            old_version, old_documents = old.version, dict(old.manifest.documents)
        else:
            last = self.store.last_index()
            if last is None:
                self.store.remember_index(new.version, new.manifest.documents)
                return None
            old_version, old_documents = last
        if old_version == new.version:
            return None
        report = self.run(old_documents, old_version, new)
        self.store.remember_index(new.version, new.manifest.documents)
        return report

    def run(self, old_documents: dict[str, str], old_version: str, new: Index) -> StaleReport | None:
        """One check, recorded in the store; None when another worker has claimed it."""
        if not self.store.claim_stale_check(new.version, old_version):
            return None
        try:
            report = check_after_rebuild(self.store, old_documents, new, self.settings)
            report.from_version = old_version
        except Exception as exc:  # a failed check is reported, and leaves the answers as they were
            log.exception("stale check %s -> %s failed", old_version, new.version)
            self.store.finish_stale_check(new.version, {"error": str(exc) or type(exc).__name__}, state="failed")
            return None
        self.store.finish_stale_check(new.version, report.to_json())
        log.info("stale check %s -> %s: %d + %d answers marked in %.1fs", old_version, new.version,
                 report.marked_evidence_changed, report.marked_new_source, report.seconds)
        return report
