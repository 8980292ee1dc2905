"""The chunk store's row cache: it answers like the file, and never over a file changed under it.

A store file damaged under a running server must keep failing its reads (the service answers 503, see
RELIABILITY.md), so a cached row may be served only while the file is the one it was read from.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from index import store as store_module
from index.errors import IndexStoreError
from index.store import ChunkStore, write_store
from ingest.models import Chunk, Document

ROWS = 300  # enough pages that a truncated file loses rows (a tiny store fits in its first pages)


def _document(doc_id: str) -> Document:
    return Document(id=doc_id, title=f"Title of {doc_id}", kind="research", source="Example Journal", year=2020,
                    authors="A. Author", url="", path=f"{doc_id}.md", sha256="0" * 64, sections=())


def _write(path: Path, words: str) -> Path:
    """A store of ROWS chunks over three documents; each chunk's text says ``words`` and its row."""
    documents = [_document(f"doc{d}") for d in range(3)]
    chunks = []
    for row in range(ROWS):
        text = f"Chunk {row} says {words}. " + "Filler sentence about nothing in particular. " * 8
        chunks.append(Chunk(id=f"c{row}", doc_id=f"doc{row % 3}", heading=("Section",), text=text,
                            sentences=((0, len(f"Chunk {row} says {words}.")),), page=None))
    write_store(path, documents, chunks)
    return path


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return _write(tmp_path / "store.sqlite", "first words")


def test_cached_reads_answer_like_a_fresh_store(path: Path):
    store, fresh = ChunkStore(path), ChunkStore(path)
    try:
        rows = [5, 250, 17, 5]
        first = store.chunks(rows)
        assert store.chunks(rows) == first  # the second read is served from the cache
        for row, chunk in fresh.chunks(rows).items():
            assert first[row] == chunk
        assert set(first) == {5, 17, 250}
        whole = fresh.chunks_of("doc1")
        assert store.chunks_of("doc1") == whole == [(r, c) for r, c in whole if c.doc_id == "doc1"]
        assert store.chunks_of("doc1", limit=4) == whole[:4]
        assert store.chunks_of("doc1", limit=4) == whole[:4]  # from the cached rows of doc1
        assert store.chunks_of("no such document") == []
    finally:
        store.close()
        fresh.close()


def test_documents_are_each_ids_document_in_order_an_unknown_one_left_out(path: Path):
    # documents takes a record read before straight from memory, and asks document for the others.
    store = ChunkStore(path)
    try:
        asked = ["doc2", "nothing", "doc0", "doc2", "also nothing"]
        expected = {"doc2": _document("doc2"), "doc0": _document("doc0")}
        first = store.documents(asked)
        assert list(first.items()) == list(expected.items())
        assert list(store.documents(asked).items()) == list(expected.items())  # now from the records read
        assert list(store.documents(["doc1", "doc0"]).items()) == [("doc1", _document("doc1")),
                                                                  ("doc0", expected["doc0"])]
        assert store.documents([]) == {}
    finally:
        store.close()


def test_a_store_truncated_after_its_rows_were_cached_fails_its_reads(path: Path):
    store = ChunkStore(path)
    try:
        late = [ROWS - 1, ROWS - 2]
        assert len(store.chunks(late)) == 2 and store.chunks_of("doc2", limit=2)
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 2)
        with pytest.raises(IndexStoreError, match="store.sqlite"):
            store.chunks(late)
        with pytest.raises(IndexStoreError, match="store.sqlite"):
            store.chunks_of("doc2")
    finally:
        store.close()


def test_a_store_rewritten_in_place_is_read_again_not_served_from_memory(path: Path, tmp_path: Path):
    other = _write(tmp_path / "other.sqlite", "other words")
    with sqlite3.connect(other) as con:  # one more write: SQLite's own page cache then sees a new file too
        con.execute("CREATE TABLE bump (x INTEGER)")
    store = ChunkStore(path)
    try:
        assert "first words" in store.chunks([3])[3].text
        with open(other, "rb") as src, open(path, "r+b") as dst:  # same file (inode), new content
            shutil.copyfileobj(src, dst)
        assert "other words" in store.chunks([3])[3].text
    finally:
        store.close()


def test_the_cache_holds_at_most_row_cache_rows_and_larger_reads_bypass_it(path: Path, monkeypatch):
    monkeypatch.setattr(store_module, "ROW_CACHE", 10)
    store, fresh = ChunkStore(path), ChunkStore(path)
    try:
        for start in range(0, 40, 5):
            store.chunks(list(range(start, start + 5)))
        assert len(store._rows) == 10
        assert sorted(store._rows) == list(range(30, 40))  # least recently used out first
        everything = store.chunks(list(range(ROWS)))
        assert everything == fresh.chunks(list(range(ROWS))) and len(everything) == ROWS
        assert len(store._rows) == 10
    finally:
        store.close()
        fresh.close()


def test_a_full_cache_drops_the_least_recently_read_rows_and_one_with_room_keeps_every_row(path: Path, monkeypatch):
    """Rows read again move to the recent end only once the cache is full (only then does recency decide what
    it drops): a hot row read while it filled may go first once, and is read again; every read gives the rows."""
    monkeypatch.setattr(store_module, "ROW_CACHE", 10)
    store, fresh = ChunkStore(path), ChunkStore(path)
    try:
        store.chunks(list(range(0, 8)))
        assert store.chunks([0, 1]) == fresh.chunks([0, 1])  # room left: read from the cache, order kept
        assert list(store._rows) == list(range(0, 8))
        store.chunks([8, 9])  # now full
        assert store.chunks([2, 3]) == fresh.chunks([2, 3])  # full: 2 and 3 become the most recent
        assert list(store._rows) == [0, 1, 4, 5, 6, 7, 8, 9, 2, 3]
        store.chunks([10, 11, 12])  # three new rows drop the three least recently read
        assert list(store._rows) == [5, 6, 7, 8, 9, 2, 3, 10, 11, 12]
        assert store.chunks(list(range(ROWS))) == fresh.chunks(list(range(ROWS)))
    finally:
        store.close()
        fresh.close()
