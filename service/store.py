"""The answer store: answers, their revisions, the review audit trail and reviewer sessions in one SQLite
file (WAL), safe across threads.

Each thread keeps one connection of its own (opened on its first call), so request threads never share one
and a request pays no connect; WAL lets readers go on while a review is written, and with
``synchronous=NORMAL`` a commit appends to the log without an fsync (the database stays consistent; a
power cut, not a crash of the process, can lose the last commits). The Answer JSON is the record; the other
columns are copies of its fields for querying.

Revisions: ``answers`` holds the newest revision of each answer (what ``GET /v1/answers/{id}`` serves);
``answer_revisions`` holds every revision, the newest included, each with its own review status and stale
mark; ``revision_sources`` lists the documents each revision cites (what the stale check looks up).
``review_notes`` is the audit trail of review moves, stale marks and refreshes: SQLite triggers refuse any
UPDATE or DELETE of it, so it can only grow. Older databases are migrated on open (``PRAGMA user_version``).
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from functools import wraps
from typing import Callable, Concatenate, Iterable, Iterator, ParamSpec, TypeVar, cast, get_args

from service.errors import AnswerNotFoundError, AnswerStoreError, RevisionConflictError, UserError
from service.answer.models import Answer, ReviewStatus
from service.revisions import (STALE_SINCE_APPROVAL, AuditEntry, QueueItem, RevisionInfo, Staleness,
                               StoredAnswer, check_transition)

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

# Migrations, one list of statements per step; PRAGMA user_version counts the steps applied.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "ALTER TABLE answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
        """CREATE TABLE answer_revisions (
            answer_id TEXT NOT NULL REFERENCES answers(id),
            revision INTEGER NOT NULL,
            previous_revision INTEGER,
            answer_json TEXT NOT NULL,
            review_status TEXT NOT NULL,
            index_version TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            stale_reason TEXT,
            stale_at TEXT,
            stale_version TEXT,
            stale_since_approval INTEGER,
            PRIMARY KEY (answer_id, revision)
        )""",
        """CREATE TABLE revision_sources (
            answer_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            doc_id TEXT NOT NULL,
            title TEXT NOT NULL,
            PRIMARY KEY (answer_id, revision, doc_id)
        )""",
        "CREATE INDEX revision_sources_doc ON revision_sources(doc_id)",
        "ALTER TABLE review_notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE review_notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'review'",
        "ALTER TABLE review_notes ADD COLUMN from_status TEXT",
        "ALTER TABLE review_notes ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''",
        """CREATE TRIGGER review_notes_append_only_update BEFORE UPDATE ON review_notes
           BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END""",
        """CREATE TRIGGER review_notes_append_only_delete BEFORE DELETE ON review_notes
           BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END""",
        """INSERT INTO answer_revisions (answer_id, revision, answer_json, review_status, index_version,
                                        created_at, updated_at)
           SELECT id, 1, answer_json, review_status, index_version, created_at, updated_at FROM answers""",
        """INSERT OR IGNORE INTO revision_sources
           SELECT a.id, 1, json_extract(r.value, '$.doc_id'), json_extract(r.value, '$.title')
           FROM answers a, json_each(a.answer_json, '$.references') r""",
        """CREATE TABLE review_sessions (
            id_hash TEXT PRIMARY KEY,
            reviewer TEXT NOT NULL,
            token_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        )""",
        """CREATE TABLE index_seen (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version TEXT NOT NULL,
            documents_json TEXT NOT NULL
        )""",
        """CREATE TABLE stale_checks (
            to_version TEXT PRIMARY KEY,
            from_version TEXT,
            state TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            report_json TEXT
        )""",
    ),
)

REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)
SYSTEM_REVIEWER = "medcite"  # who the audit trail names for stale marks made by the stale check

# Queue order: what needs a reviewer first, then by age (oldest first).
_QUEUE_RANK = "CASE a.review_status WHEN 'submitted' THEN 0 WHEN 'under_review' THEN 1 " \
              "WHEN 'changes_requested' THEN 2 ELSE 3 END"
QUEUE_FILTERS: tuple[str, ...] = ("attention", "all", "stale", *REVIEW_STATUSES)


@dataclass(frozen=True)
class CitingRevision:
    """A newest, not yet stale revision that cites a document (a row the stale check reads)."""

    answer_id: str
    revision: int
    doc_id: str
    title: str


@dataclass(frozen=True)
class Topic:
    """What a newest, not yet stale revision asked about (the stale check's new-source search)."""

    answer_id: str
    revision: int
    question: str
    intervention: str | None
    condition: str | None
    review_status: str
    cited: frozenset[str]


@dataclass(frozen=True)
class StaleMark:
    """One revision to mark stale, and why."""

    answer_id: str
    revision: int
    reason: str


@dataclass(frozen=True)
class Session:
    """A signed-in reviewer on the review page."""

    reviewer: str
    token_id: str


P = ParamSpec("P")
R = TypeVar("R")


def _reported(method: Callable[Concatenate[AnswerStore, P], R]) -> Callable[Concatenate[AnswerStore, P], R]:
    """SQLite failures of a store method (a damaged or vanished file, a full disk, a lock held too long)
    become AnswerStoreError, which the service answers with a 503 and a message, not a 500."""
    @wraps(method)
    def call(self: AnswerStore, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise AnswerStoreError(f"the answer store {self.path.name} cannot be used: {exc}") from None
    return call


class AnswerStore:
    """Stored answers at ``path`` (the file and its folder are created on first use)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        con = self._connect()
        con.execute("PRAGMA journal_mode=WAL")
        con.executescript(_SCHEMA)
        self._migrate()

    @_reported
    def save(self, answer: Answer, answer_json: str | None = None) -> None:
        """Store a new answer; an id that is already stored is a ValueError (a bug: the service makes the ids).

        ``answer_json`` is the answer's JSON when the caller has it already (the API sends the same text as
        its response, with the revision fields of revision 1), so the answer is serialized once; revision
        fields in it are ignored on reading (the columns hold them).
        """
        text = answer_json if answer_json is not None else answer.model_dump_json()
        try:
            with self._transaction() as con:
                con.execute(
                    "INSERT INTO answers (id, question, audience, follows, answer_json, review_status, created_at,"
                    " updated_at, index_version, revision) VALUES (?,?,?,?,?,?,?,?,?,1)",
                    (answer.id, answer.question, answer.audience, answer.follows, text,
                     answer.review.status, _iso(answer.created_at), _iso(answer.updated_at), answer.index_version),
                )
                _insert_revision(con, answer, text, 1, None)
        except sqlite3.IntegrityError:
            raise ValueError(f"answer {answer.id} is already stored") from None

    @_reported
    def get(self, answer_id: str, revision: int | None = None) -> StoredAnswer | None:
        """Revision ``revision`` (default: the newest) of the answer ``answer_id``, or None."""
        row = self._connect().execute(
            f"SELECT {_REVISION_COLUMNS} FROM answer_revisions r JOIN answers a ON a.id = r.answer_id "
            "WHERE r.answer_id = ? AND r.revision = COALESCE(?, a.revision)", (answer_id, revision)).fetchone()
        return _stored(row) if row else None

    @_reported
    def set_review(self, answer_id: str, status: str, note: str = "", reviewer: str = "",
                   revision: int | None = None) -> StoredAnswer:
        """Move the newest revision to review ``status``: append ``{status, note, reviewer, revision, at}``
        to its notes and to the audit trail, and bump ``updated_at`` (stamped inside the write transaction).

        Raises AnswerNotFoundError for an unknown id, UserError for an unknown status,
        ReviewTransitionError for a move the workflow does not allow, and RevisionConflictError when
        ``revision`` is given and is no longer the newest one.
        """
        if status not in REVIEW_STATUSES:
            raise UserError(f"unknown review status {status!r} (choose from {', '.join(REVIEW_STATUSES)})")
        with self._transaction() as con:
            # Stamped once the write lock is held, so note times follow the order the writes happen in.
            now = datetime.now(timezone.utc)
            row = con.execute("SELECT answer_json, revision FROM answers WHERE id = ?", (answer_id,)).fetchone()
            if row is None:
                raise AnswerNotFoundError(f"no answer with id {answer_id!r}")
            latest = row[1]
            if revision is not None and revision != latest:
                raise RevisionConflictError(f"revision {revision} of answer {answer_id} is not the newest "
                                            f"(revision {latest} is): review that one")
            answer = Answer.model_validate_json(row[0])
            previous = answer.review.status
            check_transition(previous, status)
            answer.review.status = cast(ReviewStatus, status)  # one of REVIEW_STATUSES, checked above
            answer.review.notes.append({"status": status, "note": note, "reviewer": reviewer,
                                        "revision": latest, "at": _iso(now)})
            answer.updated_at = now
            text = answer.model_dump_json()
            con.execute("UPDATE answers SET answer_json = ?, review_status = ?, updated_at = ? WHERE id = ?",
                        (text, status, _iso(now), answer_id))
            con.execute("UPDATE answer_revisions SET answer_json = ?, review_status = ?, updated_at = ? "
                        "WHERE answer_id = ? AND revision = ?", (text, status, _iso(now), answer_id, latest))
            _audit(con, answer_id, latest, "review", previous, status, reviewer, note, now)
        stored = self.get(answer_id, latest)
        assert stored is not None  # written just above; answers are never deleted
        return stored

    def add_revision(self, answer_id: str, answer: Answer, reviewer: str = "", note: str = "") -> StoredAnswer:
        """Store ``answer`` (a re-answer of the same question) as the next revision of ``answer_id``: same
        id, the next number, linked to the newest revision so far, review status ``submitted``; the refresh
        is recorded in the audit trail. Raises AnswerNotFoundError for an unknown id."""
        with self._transaction() as con:
            row = con.execute("SELECT revision, review_status, created_at FROM answers WHERE id = ?",
                              (answer_id,)).fetchone()
            if row is None:
                raise AnswerNotFoundError(f"no answer with id {answer_id!r}")
            previous, previous_status, first_created = row
            number = previous + 1
            fresh = answer.model_copy(update={"id": answer_id})
            text = fresh.model_dump_json()
            con.execute("UPDATE answers SET question = ?, audience = ?, follows = ?, answer_json = ?, "
                        "review_status = ?, updated_at = ?, index_version = ?, revision = ? WHERE id = ?",
                        (fresh.question, fresh.audience, fresh.follows, text, fresh.review.status,
                         _iso(fresh.created_at), fresh.index_version, number, answer_id))
            _insert_revision(con, fresh, text, number, previous)
            _audit(con, answer_id, number, "refresh", previous_status, fresh.review.status, reviewer,
                   note or f"re-answered as revision {number} on index {fresh.index_version}", fresh.created_at)
        stored = self.get(answer_id, number)
        assert stored is not None
        return stored

    def revisions(self, answer_id: str) -> list[RevisionInfo]:
        """Every revision of an answer, oldest first (empty for an unknown id)."""
        rows = self._connect().execute(
            "SELECT revision, previous_revision, index_version, created_at, updated_at, review_status, "
            "stale_reason, stale_at, stale_version, stale_since_approval FROM answer_revisions "
            "WHERE answer_id = ? ORDER BY revision", (answer_id,)).fetchall()
        return [RevisionInfo(revision=r[0], previous_revision=r[1], index_version=r[2], created_at=r[3],
                             updated_at=r[4], review_status=r[5], stale=_staleness(*r[6:10])) for r in rows]

    def audit(self, answer_id: str) -> list[AuditEntry]:
        """The audit trail of an answer (review moves, stale marks, refreshes), oldest first."""
        rows = self._connect().execute(
            "SELECT seq, answer_id, revision, kind, from_status, status, reviewer, note, at FROM review_notes "
            "WHERE answer_id = ? ORDER BY seq", (answer_id,)).fetchall()
        return [AuditEntry(seq=r[0], answer_id=r[1], revision=r[2], kind=r[3], from_status=r[4], status=r[5],
                           reviewer=r[6], note=r[7], at=r[8]) for r in rows]

    def queue(self, status: str = "attention", audience: str | None = None, text: str | None = None,
              limit: int = 100, offset: int = 0) -> list[QueueItem]:
        """Newest revisions for the review queue, by status (what needs a reviewer first), then age.

        ``status``: ``attention`` (not approved, or stale), ``all``, ``stale``, or one review status;
        ``text`` matches the question (case-insensitive substring). UserError for an unknown filter.
        """
        if status not in QUEUE_FILTERS:
            raise UserError(f"unknown queue filter {status!r} (choose from {', '.join(QUEUE_FILTERS)})")
        where, params = [], []
        if status == "attention":
            where.append("(a.review_status != 'approved' OR r.stale_reason IS NOT NULL)")
        elif status == "stale":
            where.append("r.stale_reason IS NOT NULL")
        elif status != "all":
            where.append("a.review_status = ?")
            params.append(status)
        if audience:
            where.append("a.audience = ?")
            params.append(audience)
        if text and text.strip():
            where.append("a.question LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(text.strip()) + "%")
        sql = ("SELECT a.id, a.question, a.audience, a.review_status, a.revision, a.created_at, a.updated_at, "
               "r.stale_reason, r.stale_at, r.stale_version, r.stale_since_approval "
               "FROM answers a JOIN answer_revisions r ON r.answer_id = a.id AND r.revision = a.revision"
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY (r.stale_reason IS NULL), {_QUEUE_RANK}, a.updated_at LIMIT ? OFFSET ?")
        rows = self._connect().execute(sql, (*params, limit, offset)).fetchall()
        return [QueueItem(id=r[0], question=r[1], audience=r[2], review_status=r[3], revision=r[4],
                          created_at=r[5], updated_at=r[6], stale=_staleness(*r[7:11])) for r in rows]

    # --- the stale check's reads and writes ----------------------------------------------------------

    def citing(self, doc_ids: Iterable[str], before_version: str) -> list[CitingRevision]:
        """Newest, not yet stale revisions made on another index version than ``before_version`` that
        cite one of ``doc_ids``."""
        con = self._connect()
        con.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_docs (doc_id TEXT PRIMARY KEY)")
        con.execute("DELETE FROM wanted_docs")
        con.executemany("INSERT OR IGNORE INTO wanted_docs VALUES (?)", ((d,) for d in doc_ids))
        rows = con.execute(
            "SELECT s.answer_id, s.revision, s.doc_id, s.title FROM wanted_docs w "
            "JOIN revision_sources s ON s.doc_id = w.doc_id "
            "JOIN answers a ON a.id = s.answer_id AND a.revision = s.revision "
            "JOIN answer_revisions r ON r.answer_id = s.answer_id AND r.revision = s.revision "
            "WHERE r.stale_reason IS NULL AND r.index_version != ? ORDER BY s.answer_id, s.doc_id",
            (before_version,)).fetchall()
        con.execute("DELETE FROM wanted_docs")
        return [CitingRevision(*r) for r in rows]

    def topics(self, before_version: str) -> Iterator[Topic]:
        """Newest, not yet stale revisions made on another index version than ``before_version`` that
        name an intervention and a condition, approved first, then the most recently updated."""
        rows = self._connect().execute(
            "SELECT a.id, a.revision, a.question, json_extract(a.answer_json, '$.intervention'), "
            "json_extract(a.answer_json, '$.condition'), a.review_status, "
            "(SELECT group_concat(s.doc_id, char(31)) FROM revision_sources s "
            " WHERE s.answer_id = a.id AND s.revision = a.revision) "
            "FROM answers a JOIN answer_revisions r ON r.answer_id = a.id AND r.revision = a.revision "
            "WHERE r.stale_reason IS NULL AND r.index_version != ? "
            "AND json_extract(a.answer_json, '$.intervention') IS NOT NULL "
            "AND json_extract(a.answer_json, '$.condition') IS NOT NULL "
            "ORDER BY (a.review_status != 'approved'), a.updated_at DESC", (before_version,))
        for r in rows:
            yield Topic(answer_id=r[0], revision=r[1], question=r[2], intervention=r[3], condition=r[4],
                        review_status=r[5], cited=frozenset((r[6] or "").split("\x1f")) - {""})

    def mark_stale(self, marks: Iterable[StaleMark], index_version: str) -> int:
        """Mark revisions stale (those already stale are left as they are) and record each mark in the audit
        trail; the number marked."""
        now = datetime.now(timezone.utc)
        marked = 0
        with self._transaction() as con:
            for mark in marks:
                row = con.execute("SELECT review_status FROM answer_revisions WHERE answer_id = ? AND revision = ? "
                                  "AND stale_reason IS NULL", (mark.answer_id, mark.revision)).fetchone()
                if row is None:
                    continue
                con.execute("UPDATE answer_revisions SET stale_reason = ?, stale_at = ?, stale_version = ?, "
                            "stale_since_approval = ? WHERE answer_id = ? AND revision = ?",
                            (mark.reason, _iso(now), index_version, int(row[0] == "approved"), mark.answer_id,
                             mark.revision))
                _audit(con, mark.answer_id, mark.revision, "stale", row[0], row[0], SYSTEM_REVIEWER,
                       mark.reason, now)
                marked += 1
        return marked

    def claim_stale_check(self, to_version: str, from_version: str) -> bool:
        """Claim the stale check of the rebuild to ``to_version``; False when another worker already has."""
        with self._transaction() as con:
            cur = con.execute("INSERT OR IGNORE INTO stale_checks (to_version, from_version, state, started_at) "
                              "VALUES (?,?,'running',?)", (to_version, from_version, _iso(datetime.now(timezone.utc))))
            return cur.rowcount == 1

    def finish_stale_check(self, to_version: str, report: dict, state: str = "done") -> None:
        """Record how the stale check of ``to_version`` ended."""
        with self._transaction() as con:
            con.execute("UPDATE stale_checks SET state = ?, finished_at = ?, report_json = ? WHERE to_version = ?",
                        (state, _iso(datetime.now(timezone.utc)), json.dumps(report), to_version))

    def stale_checks(self, limit: int = 20) -> list[dict]:
        """The latest stale checks, newest first."""
        rows = self._connect().execute(
            "SELECT to_version, from_version, state, started_at, finished_at, report_json FROM stale_checks "
            "ORDER BY started_at DESC LIMIT ?", (limit,)).fetchall()
        return [{"to_version": r[0], "from_version": r[1], "state": r[2], "started_at": r[3],
                 "finished_at": r[4], "report": json.loads(r[5]) if r[5] else None} for r in rows]

    def remember_index(self, version: str, documents: dict[str, str]) -> None:
        """Keep the document hashes of the index version the answers were last checked against."""
        with self._transaction() as con:
            con.execute("INSERT OR REPLACE INTO index_seen VALUES (1, ?, ?)", (version, json.dumps(documents)))

    def last_index(self) -> tuple[str, dict[str, str]] | None:
        """(version, document hashes) given to ``remember_index`` last, or None."""
        row = self._connect().execute("SELECT version, documents_json FROM index_seen WHERE id = 1").fetchone()
        return (row[0], json.loads(row[1])) if row else None

    # --- review page sessions ----------------------------------------------------------------------------

    def create_session(self, reviewer: str, token_id: str, lifetime: timedelta) -> str:
        """A new session for ``reviewer`` (signed in with the token ``token_id`` names); the secret to put in
        the cookie (only its hash is stored)."""
        secret = secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        with self._transaction() as con:
            con.execute("DELETE FROM review_sessions WHERE expires_at < ?", (_iso(now),))
            con.execute("INSERT INTO review_sessions VALUES (?,?,?,?,?)",
                        (_hash(secret), reviewer, token_id, _iso(now), _iso(now + lifetime)))
        return secret

    def session(self, secret: str) -> Session | None:
        """The live session of a cookie secret, or None (unknown, ended or expired)."""
        row = self._connect().execute("SELECT reviewer, token_id, expires_at FROM review_sessions WHERE id_hash = ?",
                                      (_hash(secret),)).fetchone()
        if row is None or datetime.fromisoformat(row[2]) <= datetime.now(timezone.utc):
            return None
        return Session(reviewer=row[0], token_id=row[1])

    def end_session(self, secret: str) -> None:
        """Sign out: the cookie secret no longer opens a session."""
        with self._transaction() as con:
            con.execute("DELETE FROM review_sessions WHERE id_hash = ?", (_hash(secret),))

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

    def _migrate(self) -> None:
        """Apply the migrations this file has not had yet, in one transaction (two processes opening the
        store at once: the second waits, then finds them applied)."""
        with self._transaction() as con:
            done = con.execute("PRAGMA user_version").fetchone()[0]
            for step in range(done, len(_MIGRATIONS)):
                for statement in _MIGRATIONS[step]:
                    con.execute(statement)
            if done < len(_MIGRATIONS):
                con.execute(f"PRAGMA user_version = {len(_MIGRATIONS)}")

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


_REVISION_COLUMNS = ("r.answer_json, r.revision, r.previous_revision, a.revision, r.stale_reason, r.stale_at, "
                     "r.stale_version, r.stale_since_approval")


def _stored(row: tuple) -> StoredAnswer:
    answer = StoredAnswer.model_validate_json(row[0])
    answer.revision, answer.previous_revision, answer.latest_revision = row[1], row[2], row[3]
    answer.stale = _staleness(*row[4:8])
    return answer


def _staleness(reason: str | None, at: str | None, version: str | None, since_approval: int | None) -> Staleness | None:
    if reason is None:
        return None
    return Staleness(reason=reason, since=datetime.fromisoformat(at or ""), index_version=version or "",
                     since_approval=bool(since_approval), notice=STALE_SINCE_APPROVAL if since_approval else None)


def _insert_revision(con: sqlite3.Connection, answer: Answer, text: str, number: int, previous: int | None) -> None:
    con.execute("INSERT INTO answer_revisions (answer_id, revision, previous_revision, answer_json, review_status, "
                "index_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (answer.id, number, previous, text, answer.review.status, answer.index_version,
                 _iso(answer.created_at), _iso(answer.updated_at)))
    con.executemany("INSERT OR IGNORE INTO revision_sources VALUES (?,?,?,?)",
                    ((answer.id, number, ref.doc_id, ref.title) for ref in answer.references))


def _audit(con: sqlite3.Connection, answer_id: str, revision: int, kind: str, from_status: str | None,
           status: str, reviewer: str, note: str, at: datetime) -> None:
    con.execute("INSERT INTO review_notes (answer_id, revision, kind, from_status, status, reviewer, note, at) "
                "VALUES (?,?,?,?,?,?,?,?)", (answer_id, revision, kind, from_status, status, reviewer, note, _iso(at)))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
