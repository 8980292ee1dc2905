"""The chunk and document store: one SQLite file, row number = FAISS id = BM25 row."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import OrderedDict, deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from index.errors import IndexStoreError
from ingest.models import Chunk, Document, DocumentKind, Grade

_SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, kind TEXT, source TEXT, year INTEGER, authors TEXT,
    url TEXT, path TEXT, sha256 TEXT, pages INTEGER,
    doi TEXT, publication_types TEXT, mesh TEXT, design TEXT, flags TEXT
);
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, id TEXT UNIQUE, doc_id TEXT REFERENCES documents(id),
    heading TEXT, text TEXT, sentences TEXT, page INTEGER,
    grades TEXT  -- JSON [[sentence index, strength, certainty, words], ...] (index format 2)
);
CREATE INDEX chunks_doc ON chunks(doc_id);
"""

# Decoded chunks kept per open store (least recently used out first): decoding a row's JSON costs more than
# the rest of an answer's own work with the int8 encoder. ~3 KB a chunk, so a few MB per worker; a read of
# more rows than this at once (an export, an evaluation) bypasses the cache.
ROW_CACHE = 4096

_DOC_COLUMNS = ("id", "title", "kind", "source", "year", "authors", "url", "path", "sha256", "pages")
_CITATION_COLUMNS = ("doi", "publication_types", "mesh", "design", "flags")


def write_store(path: Path, documents: Iterable[Document], chunks: Iterable[Chunk]) -> None:
    """Write documents and chunks (in row order) to a new SQLite file."""
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        con.executemany(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((d.id, d.title, d.kind, d.source, d.year, d.authors, d.url, d.path, d.sha256, d.pages,
              d.doi, json.dumps(d.publication_types), json.dumps(d.mesh), d.design, json.dumps(d.flags))
             for d in documents),
        )
        con.executemany(
            "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?)",
            ((row, c.id, c.doc_id, json.dumps(c.heading), c.text, json.dumps(c.sentences), c.page, _grades_json(c))
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
            columns = {r[1] for r in self._con.execute("PRAGMA table_info(documents)")}
            chunk_columns = {r[1] for r in self._con.execute("PRAGMA table_info(chunks)")}
        # Stores written before the citation facts (doi ... flags) existed still load, with empty facts.
        self._doc_columns = _DOC_COLUMNS + (_CITATION_COLUMNS if set(_CITATION_COLUMNS) <= columns else ())
        # Stores written before grades existed (format 1) still lend their chunks to a rebuild, gradeless.
        self._chunk_select = ("SELECT row, id, doc_id, heading, text, sentences, page, "
                              + ("grades" if "grades" in chunk_columns else "NULL") + " FROM chunks")
        # Caches of what was read, valid while the file is the one they were read from (see _current).
        self._rows: OrderedDict[int, Chunk] = OrderedDict()
        self._doc_rows: dict[str, tuple[int, ...]] = {}
        self._signature = _signature(self.path)

    def close(self) -> None:
        """Release the file (and drop what was cached from it)."""
        with self._lock:
            self._con.close()
            self._forget()

    def _forget(self) -> None:
        self._rows.clear()
        self._doc_rows.clear()

    def _current(self) -> bool:
        """Whether the caches still describe the file; called under the lock before every cached read.

        A store file is written once and never changed in place, but a file damaged (truncated, overwritten)
        under a running server must be noticed, not served from memory: one ``stat`` per read compares the
        file's inode, size and modification time with those the caches were filled under. On a change the
        caches are dropped and the read goes to SQLite, which fails on a damaged file as it did uncached
        (an IndexStoreError: a 503). A file that cannot be stat'ed (removed; SQLite still reads the open
        file) is read uncached."""
        signature = _signature(self.path)
        if signature != self._signature or signature is None:
            self._forget()
            self._signature = signature
        return signature is not None

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
        """The chunks at the given rows, keyed by row (decoded once, then served from the row cache while
        the file is unchanged)."""
        if not rows:
            return {}
        try:  # (what _reading does, without a generator per read: every search reads its hits' chunks)
            with self._lock:
                return self._chunks(list(map(int, rows)), self._current())
        except sqlite3.Error as exc:
            raise IndexStoreError(f"the index store {self.path.name} cannot be read: {exc}", self.path) from None

    def chunks_of(self, doc_id: str, limit: int | None = None) -> list[tuple[int, Chunk]]:
        """(row, chunk) pairs of one document, in order; its first ``limit`` only when given."""
        with self._reading(), self._lock:
            cached = self._current()
            rows = self._doc_rows.get(doc_id) if cached else None
            if rows is None:
                rows = tuple(r[0] for r in self._con.execute(
                    "SELECT row FROM chunks WHERE doc_id = ? ORDER BY row", (doc_id,)))
                if cached:
                    self._doc_rows[doc_id] = rows
            rows = rows[:limit] if limit is not None else rows
            found = self._chunks(list(rows), cached)
        return [(row, found[row]) for row in rows if row in found]

    def _chunks(self, rows: list[int], cached: bool) -> dict[int, Chunk]:
        """``chunks`` under the lock: from the row cache where ``cached`` (the file is unchanged), decoding
        only the rows it lacks; a read of more rows than the cache holds bypasses it."""
        if not rows:
            return {}
        if not cached or len(rows) > ROW_CACHE:
            return {r[0]: _chunk(r[1:]) for r in self._select_rows(rows)}
        cache = self._rows
        try:  # the common case, every row cached: looked up and marked as used in C loops, not per row in Python
            out = dict(zip(rows, map(cache.__getitem__, rows)))
        except KeyError:
            pass
        else:
            # Recency decides only which rows a full cache drops: one with room (every row of a corpus of fewer
            # than ROW_CACHE chunks, and any store until it fills) keeps its order, without a move per row read.
            if len(cache) >= ROW_CACHE:
                deque(map(cache.move_to_end, rows), maxlen=0)
            return out
        out = {}
        missing = []
        for row in rows:
            chunk = self._rows.get(row)
            if chunk is None:
                missing.append(row)
            else:
                self._rows.move_to_end(row)
                out[row] = chunk
        if missing:
            for r in self._select_rows(missing):
                out[r[0]] = self._rows[r[0]] = _chunk(r[1:])
            while len(self._rows) > ROW_CACHE:
                self._rows.popitem(last=False)
        return out

    def _select_rows(self, rows: list[int]) -> list[tuple]:
        marks = ",".join("?" * len(rows))
        return self._con.execute(f"{self._chunk_select} WHERE row IN ({marks})", rows).fetchall()

    def document(self, doc_id: str) -> Document | None:
        """A document's bibliographic record (without its sections)."""
        if doc_id not in self._docs:
            with self._reading(), self._lock:
                r = self._con.execute(
                    f"SELECT {', '.join(self._doc_columns)} FROM documents WHERE id = ?", (doc_id,),
                ).fetchone()
            if r is None:
                return None
            facts = {}
            if len(r) > len(_DOC_COLUMNS):
                doi, types, mesh, design, flags = r[len(_DOC_COLUMNS):]
                facts = {"doi": doi or "", "publication_types": tuple(json.loads(types or "[]")),
                         "mesh": tuple(json.loads(mesh or "[]")), "design": design,
                         "flags": tuple(json.loads(flags or "[]"))}
            self._docs[doc_id] = Document(id=r[0], title=r[1], kind=DocumentKind(r[2]), source=r[3], year=r[4],
                                          authors=r[5],
                                          url=r[6], path=r[7], sha256=r[8], sections=(), pages=r[9], **facts)
        return self._docs[doc_id]

    def read_documents(self) -> dict[str, Document]:
        """The records ``document`` has read, by id: not to be changed by the caller. A search takes its hits'
        documents from it, calling ``document`` only for one it lacks (a record is read once per store)."""
        return self._docs

    def documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The stored records of ``doc_ids`` by id (``document`` of each, an id without one left out): a
        search's hits name a few documents many times, so each is looked up once per search."""
        known, out = self._docs, {}
        for doc_id in doc_ids:  # a record read before is taken as ``document`` takes it, without its call
            document = known.get(doc_id)
            if document is None:
                document = self.document(doc_id)
                if document is None:
                    continue
            out[doc_id] = document
        return out

    def texts(self) -> list[str]:
        """Every chunk's text, in row order (for corpus-wide statistics the answer side learns from)."""
        with self._reading(), self._lock:
            return [r[0] for r in self._con.execute("SELECT text FROM chunks ORDER BY row")]

    def doc_ids_by_row(self) -> list[str]:
        """The document id of every chunk row, in row order (for document-level evaluation)."""
        with self._reading(), self._lock:
            return [r[0] for r in self._con.execute("SELECT doc_id FROM chunks ORDER BY row")]


def _signature(path: Path) -> tuple[int, int, int, int] | None:
    """What identifies a file's content cheaply: device, inode, size and modification time (None when the
    path cannot be stat'ed)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _chunk(r: tuple) -> Chunk:
    grades = tuple((i, Grade(strength=s, certainty=c, text=t)) for i, s, c, t in json.loads(r[6] or "[]"))
    return Chunk(id=r[0], doc_id=r[1], heading=tuple(json.loads(r[2])), text=r[3],
                 sentences=tuple(tuple(s) for s in json.loads(r[4])), page=r[5], grades=grades)


def _grades_json(chunk: Chunk) -> str | None:
    if not chunk.grades:
        return None
    return json.dumps([[i, g.strength, g.certainty, g.text] for i, g in chunk.grades])
