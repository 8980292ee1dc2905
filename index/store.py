"""The chunk and document store: one SQLite file, row number = FAISS id = BM25 row."""
from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from index.errors import IndexStoreError
from ingest.models import Chunk, Document

_SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, kind TEXT, source TEXT, year INTEGER, authors TEXT,
    url TEXT, path TEXT, sha256 TEXT, pages INTEGER
);
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, id TEXT UNIQUE, doc_id TEXT REFERENCES documents(id),
    heading TEXT, text TEXT, sentences TEXT, page INTEGER
);
CREATE INDEX chunks_doc ON chunks(doc_id);
"""


def write_store(path: Path, documents: Iterable[Document], chunks: Iterable[Chunk]) -> None:
    """Write documents and chunks (in row order) to a new SQLite file."""
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        con.executemany(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((d.id, d.title, d.kind, d.source, d.year, d.authors, d.url, d.path, d.sha256, d.pages)
             for d in documents),
        )
        con.executemany(
            "INSERT INTO chunks VALUES (?,?,?,?,?,?,?)",
            ((row, c.id, c.doc_id, json.dumps(c.heading), c.text, json.dumps(c.sentences), c.page)
             for row, c in enumerate(chunks)),
        )
        con.commit()
    finally:
        con.close()


class ChunkStore:
    """Read-only access to a store file, safe to share between request threads.

    Every read that fails in SQLite (a file damaged, truncated or closed under a running server) is an
    IndexStoreError naming the file, which the service turns into a 503, not a crash.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._docs: dict[str, Document] = {}
        with self._reading():
            self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._con.close()

    def verify(self) -> dict[str, int]:
        """Check the file (SQLite ``quick_check``) and return its row counts (``documents``, ``chunks``);
        IndexStoreError when it is damaged."""
        with self._reading(), self._lock:
            problems = [row[0] for row in self._con.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise sqlite3.DatabaseError("; ".join(problems[:3]))
            documents = self._con.execute("SELECT count(*) FROM documents").fetchone()[0]
            chunks = self._con.execute("SELECT count(*) FROM chunks").fetchone()[0]
        return {"documents": documents, "chunks": chunks}

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise IndexStoreError(f"the index store {self.path.name} cannot be read: {exc}", self.path) from None

    def chunks(self, rows: list[int]) -> dict[int, Chunk]:
        """The chunks at the given rows, keyed by row."""
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        with self._reading(), self._lock:
            found = self._con.execute(
                f"SELECT row, id, doc_id, heading, text, sentences, page FROM chunks WHERE row IN ({marks})",
                [int(r) for r in rows],
            ).fetchall()
        return {r[0]: _chunk(r[1:]) for r in found}

    def chunks_of(self, doc_id: str) -> list[tuple[int, Chunk]]:
        """(row, chunk) pairs of one document, in order."""
        with self._reading(), self._lock:
            found = self._con.execute(
                "SELECT row, id, doc_id, heading, text, sentences, page FROM chunks WHERE doc_id = ? ORDER BY row",
                (doc_id,),
            ).fetchall()
        return [(r[0], _chunk(r[1:])) for r in found]

    def document(self, doc_id: str) -> Document | None:
        """A document's bibliographic record (without its sections)."""
        if doc_id not in self._docs:
            with self._reading(), self._lock:
                r = self._con.execute(
                    "SELECT id, title, kind, source, year, authors, url, path, sha256, pages FROM documents WHERE id = ?",
                    (doc_id,),
                ).fetchone()
            if r is None:
                return None
            self._docs[doc_id] = Document(id=r[0], title=r[1], kind=r[2], source=r[3], year=r[4], authors=r[5],
                                          url=r[6], path=r[7], sha256=r[8], sections=(), pages=r[9])
        return self._docs[doc_id]

    def doc_ids_by_row(self) -> list[str]:
        """The document id of every chunk row, in row order (for document-level evaluation)."""
        with self._reading(), self._lock:
            return [r[0] for r in self._con.execute("SELECT doc_id FROM chunks ORDER BY row")]


def _chunk(r: tuple) -> Chunk:
    return Chunk(id=r[0], doc_id=r[1], heading=tuple(json.loads(r[2])), text=r[3],
                 sentences=tuple(tuple(s) for s in json.loads(r[4])), page=r[5])
