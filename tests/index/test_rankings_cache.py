"""The BM25-only rankings an index remembers (an answer's facet searches): the hits of a fresh search, at most
RANKINGS_KEPT of them, never those of another version, and never a way around a store damaged under them."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from index import search as search_module
from index.build import build_index
from index.embedder import Embedder
from index.errors import IndexStoreError
from index.lexical import bm25_search
from index.location import STORE, current_version
from index.search import SearchMode, open_index

FACET = "vitamin K2 calcification"


@pytest.fixture
def built(tmp_path: Path, embedder: Embedder, corpus: Path) -> Path:
    build_index(corpus, tmp_path / "index", embedder=embedder)
    return tmp_path / "index"


def test_a_remembered_ranking_gives_the_hits_of_a_fresh_search(built: Path, embedder: Embedder) -> None:
    index, fresh = open_index(built, embedder=embedder), open_index(built, embedder=embedder)
    try:
        vector = embedder.encode_query("Does vitamin K2 reduce tendon calcification?")
        first = index.search(FACET, k=5, mode=SearchMode.BM25, query_vector=vector)
        assert first and (FACET, index.fusion.depth) in index._rankings
        again = index.search(FACET, k=5, mode=SearchMode.BM25, query_vector=vector)
        assert again == first == fresh.search(FACET, k=5, mode=SearchMode.BM25, query_vector=vector)
        # The same ranking under another question's vector: the hits' cosines are that question's, not remembered.
        other = embedder.encode_query("Is warfarin affected by dietary vitamin K?")
        assert [h.dense for h in index.search(FACET, k=5, mode=SearchMode.BM25, query_vector=other)] == \
            [h.dense for h in fresh.search(FACET, k=5, mode=SearchMode.BM25, query_vector=other)]
        rows, scores = index._rankings[FACET, index.fusion.depth]
        expected = bm25_search(index.bm25, FACET, index.fusion.depth)
        assert rows.tolist() == expected[0].tolist() and scores.tolist() == expected[1].tolist()
        assert not rows.flags.writeable and not scores.flags.writeable  # shared: no caller may change it
    finally:
        index.close()
        fresh.close()


def test_hybrid_searches_are_not_remembered(built: Path, embedder: Embedder) -> None:
    index = open_index(built, embedder=embedder)
    try:
        index.search(FACET, k=5)
        assert index._rankings == {}
    finally:
        index.close()


def test_at_most_rankings_kept_are_remembered(built: Path, embedder: Embedder,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "RANKINGS_KEPT", 2)
    index = open_index(built, embedder=embedder)
    try:
        queries = ["warfarin", "asthma corticosteroids", "amoxicillin otitis", "metformin", "ferrous sulfate"]
        for query in queries:
            hits = index.search(query, k=3, mode=SearchMode.BM25)
            assert len(index._rankings) <= 2
            assert hits == open_index(built, embedder=embedder).search(query, k=3, mode=SearchMode.BM25)
    finally:
        index.close()
    assert index._rankings == {}  # closing a version drops what it remembered


def test_a_rebuilt_index_is_searched_afresh(tmp_path: Path, embedder: Embedder,
                                            make_corpus: Callable[..., Path]) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index", embedder=embedder)
    old = open_index(tmp_path / "index", embedder=embedder)
    try:
        assert not old.search("zoledronic", k=3, mode=SearchMode.BM25)  # remembered: nothing found
        (corpus / "zoledronate.md").write_text(
            "---\nid: zoledronate\ntitle: Zoledronic acid for osteoporosis\ntype: research\nsource: Example Bone "
            "Journal\nyear: 2020\n---\n# Zoledronic acid for osteoporosis\n\nZoledronic acid once yearly reduced "
            "hip fractures in older women.\n", encoding="utf-8")
        build_index(corpus, tmp_path / "index", embedder=embedder)
        new = open_index(tmp_path / "index", embedder=embedder)
        try:
            assert new.version != old.version
            assert [h.document.id for h in new.search("zoledronic", k=3, mode=SearchMode.BM25)][:1] == \
                ["zoledronate"]
        finally:
            new.close()
    finally:
        old.close()


def test_a_store_damaged_after_a_ranking_was_remembered_still_fails_its_search(built: Path, embedder: Embedder) -> None:
    index = open_index(built, embedder=embedder)
    try:
        assert index.search(FACET, k=5, mode=SearchMode.BM25)
        store = current_version(built) / STORE
        store.write_bytes(b"this is no longer a database" * (store.stat().st_size // 28 + 1))
        with pytest.raises(IndexStoreError, match="store"):
            index.search(FACET, k=5, mode=SearchMode.BM25)
    finally:
        index.close()
