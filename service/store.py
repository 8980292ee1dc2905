"""The answer store: answers and their review notes in one SQLite file (WAL), safe across threads.

Each thread keeps one connection of its own (opened on its first call), so request threads never share one
and a request pays no connect; WAL lets readers go on while a review is written, and with
``synchronous=NORMAL`` a commit appends to the log without an fsync (the database stays consistent; a
power cut, not a crash of the process, can lose the last commits). The Answer JSON is the record; the other
columns are copies of its fields for querying.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from functools import wraps
from typing import Callable, Iterator, TypeVar, get_args

from service.errors import AnswerNotFoundError, AnswerStoreError
from service.answer.models import Answer, ReviewStatus

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    audience TEXT NOT NULL,
    follows TEXT,
    answer_json TEXT NOT NULL,
    review_status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    index_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_follows ON answers(follows);
CREATE TABLE IF NOT EXISTS review_notes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL REFERENCES answers(id),
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_notes_answer ON review_notes(answer_id);
"""

REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)
F = TypeVar("F", bound=Callable)


def _reported(method: F) -> F:
    """SQLite failures of a store method (a damaged or vanished file, a full disk, a lock held too long)
    become AnswerStoreError, which the service answers with a 503 and a message, not a 500."""
    @wraps(method)
    def call(self: "AnswerStore", *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise AnswerStoreError(f"the answer store {self.path.name} cannot be used: {exc}") from None
    return call  # type: ignore[return-value]


class AnswerStore:
    """Stored answers at ``path`` (the file and its folder are created on first use)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        con = self._connect()
        con.execute("PRAGMA journal_mode=WAL")
        con.executescript(_SCHEMA)

    @_reported
    def save(self, answer: Answer, answer_json: str | None = None) -> None:
        """Store a new answer; an id that is already stored is a ValueError.

        ``answer_json`` is ``answer.model_dump_json()`` when the caller has it already (the API sends
        the same text as its response), so the answer is serialized once.
        """
        try:
            with self._transaction() as con:
                con.execute(
                    "INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?)",
                    (answer.id, answer.question, answer.audience, answer.follows,
                     answer_json if answer_json is not None else answer.model_dump_json(),
                     answer.review.status, _iso(answer.created_at), _iso(answer.updated_at), answer.index_version),
                )
        except sqlite3.IntegrityError:
            raise ValueError(f"answer {answer.id} is already stored") from None

    @_reported
    def get(self, answer_id: str) -> Answer | None:
        """The stored answer with ``answer_id``, or None."""
        row = self._connect().execute("SELECT answer_json FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return Answer.model_validate_json(row[0]) if row else None

    @_reported
    def set_review(self, answer_id: str, status: str, note: str = "") -> Answer:
        """Set the review status, append ``{status, note, at}`` to the notes and bump ``updated_at``.

        Raises AnswerNotFoundError for an unknown id and ValueError for an unknown status.
        """
        if status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {status!r} (choose from {', '.join(REVIEW_STATUSES)})")
        with self._transaction() as con:
            # Stamped once the write lock is held, so note times follow the order the writes happen in.
            now = datetime.now(timezone.utc)
            row = con.execute("SELECT answer_json FROM answers WHERE id = ?", (answer_id,)).fetchone()
            if row is None:
                raise AnswerNotFoundError(f"no answer with id {answer_id!r}")
            answer = Answer.model_validate_json(row[0])
            answer.review.status = status
            answer.review.notes.append({"status": status, "note": note, "at": _iso(now)})
            answer.updated_at = now
            con.execute("UPDATE answers SET answer_json = ?, review_status = ?, updated_at = ? WHERE id = ?",
                        (answer.model_dump_json(), status, _iso(now), answer_id))
            con.execute("INSERT INTO review_notes (answer_id, status, note, at) VALUES (?,?,?,?)",
                        (answer_id, status, note, _iso(now)))
        return answer

    def close(self) -> None:
        """Close this thread's connection (the others close with their threads)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    def _connect(self) -> sqlite3.Connection:
        """This thread's connection to the store, opened on its first use."""
        con = getattr(self._local, "con", None)
        if con is None:
            # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE) where one is needed.
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=True)
            con.execute("PRAGMA synchronous=NORMAL")
            self._local.con = con
        return con

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front so concurrent read-modify-writes serialize."""
        con = self._connect()
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()
