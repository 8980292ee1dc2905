"""Each hit's document as a search takes it: from the records the store has read, read once when new, and a store
without a hit's document fails the search as a damaged one (a 503), not with a hit missing its source."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexStoreError
from index.search import SearchMode, open_index
from index.store import ChunkStore


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, embedder, make_corpus) -> Path:
    root = tmp_path_factory.mktemp("search_documents")
    build_index(make_corpus(root / "corpus"), root / "index", embedder=embedder)
    return root / "index"


@pytest.mark.parametrize("mode", list(SearchMode))
def test_each_hit_carries_its_stored_document_read_once(built: Path, embedder, mode: SearchMode) -> None:
    index = open_index(built, embedder=embedder)
    fresh = ChunkStore(index.store.path)
    try:
        assert index.store.read_documents() == {}  # a new store has read no record
        hits = index.search("shockwave therapy for calcific tendinopathy", k=20, mode=mode)
        assert hits
        for hit in hits:
            assert hit.document == fresh.document(hit.chunk.doc_id)
            assert hit.document is index.store.read_documents()[hit.chunk.doc_id]  # one record per document
        again = index.search("shockwave therapy for calcific tendinopathy", k=20, mode=mode)
        assert [vars(h) for h in again] == [vars(h) for h in hits]
    finally:
        fresh.close()
        index.close()


def test_a_store_without_a_hits_document_fails_the_search(built: Path, embedder, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(built, copy)
    index = open_index(copy, embedder=embedder)
    try:
        reader = ChunkStore(index.store.path)
        missing = reader.chunks([0])[0].doc_id
        reader.close()
        with sqlite3.connect(index.store.path) as con:  # the record goes after the index was opened
            con.execute("DELETE FROM documents WHERE id = ?", (missing,))
        with pytest.raises(IndexStoreError, match="has no document"):
            for mode in SearchMode:  # row 0 is among any search's hits over a corpus this small
                index.search("shockwave therapy", k=50, mode=mode)
    finally:
        index.close()
