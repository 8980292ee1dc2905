"""Searching an index: each mode finds the document a user means, and hits carry what the user is shown.

Every test runs against both backends: the local folder and a Milvus collection on a real milvus-lite server.
"""
from __future__ import annotations

import pytest

from index.build import build_index
from index.errors import IndexOptionError
from index.search import Index, open_index

TITLES = {
    "shockwave": "Extracorporeal shockwave therapy for calcific tendinopathy of the shoulder",
    "warfarin": "Warfarin and dietary vitamin K",
    "asthma": "Inhaled corticosteroids in childhood asthma",
    "otitis.txt": "Amoxicillin for acute otitis media in children",
    "pm1": "Metformin and lactic acidosis in renal impairment",
    "pm2": "Oral ferrous sulfate for iron deficiency anaemia",
}


@pytest.fixture(scope="module", params=["local", "milvus"])
def index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, embedder, make_corpus) -> Index:
    root = tmp_path_factory.mktemp("search")
    corpus = make_corpus(root / "corpus")
    if request.param == "local":
        build_index(corpus, root / "index", embedder=embedder)
        idx = open_index(root / "index")
    else:
        from index.milvus_build import build_milvus_index
        from index.milvus_search import open_milvus_index

        uri = request.getfixturevalue("milvus_uri")
        build_milvus_index(corpus, uri, "search_tests", embedder=embedder)
        idx = open_milvus_index(uri, "search_tests", embedder=embedder)
    yield idx
    idx.close()


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
@pytest.mark.parametrize("doc_id", list(TITLES))
def test_a_document_ranks_first_for_its_own_title(index, doc_id, mode):
    hits = index.search(TITLES[doc_id], k=3, mode=mode)
    assert hits[0].document.id == doc_id
    # A .txt without front matter or a heading is titled by its file name; its first line is still searchable.
    assert hits[0].document.title == ("otitis" if doc_id == "otitis.txt" else TITLES[doc_id])


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        ("zebrafinch protocol", "shockwave"),
        ("marmalade-spacer", "asthma"),
        ("alternate-day dosing nausea", "pm2"),
        ("watchful waiting for ear infections", "otitis.txt"),
    ],
)
def test_hybrid_finds_a_distinctive_phrase(index, query, doc_id):
    assert index.search(query, k=3)[0].document.id == doc_id


def test_dense_mode_finds_a_paraphrase_that_shares_no_word(index):
    hits = index.search("blood thinner interaction with eating spinach and kale", k=3, mode="dense")
    assert hits[0].document.id == "warfarin"


def test_hits_are_ranked_and_carry_their_document_and_scores(index):
    hits = index.search("vitamin K warfarin", k=4)
    assert [h.rank for h in hits] == [1, 2, 3, 4]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    top = hits[0]
    assert (top.document.kind, top.document.source, top.document.year) == (
        "guideline", "Society of Example Anticoagulation", 2021)
    assert top.dense is not None
    if isinstance(index, Index):  # Milvus's hybrid search reports the fused score only, not each list's
        assert top.lexical is not None
    assert top.chunk.doc_id == top.document.id and top.chunk.text


def test_bm25_mode_scores_only_lexically_and_dense_only_by_cosine(index):
    lexical = index.search("amoxicillin", k=5, mode="bm25")
    assert [h.document.id for h in lexical] == ["otitis.txt"]  # no other document says it
    assert lexical[0].lexical == lexical[0].score and lexical[0].dense is None
    dense = index.search("amoxicillin", k=5, mode="dense")
    assert len(dense) == 5
    assert all(-1.0 <= h.dense <= 1.0 and h.dense == pytest.approx(h.score) for h in dense)


def test_k_larger_than_the_index_returns_every_chunk_once(index):
    total = index.manifest.counts["chunks"]
    hits = index.search("children", k=1000, mode="dense")
    assert len(hits) == total
    assert len({h.chunk.id for h in hits}) == total


def test_a_query_of_stop_words_finds_nothing_lexically_but_still_searches_densely(index):
    assert index.search("the of and", k=3, mode="bm25") == []
    assert len(index.search("the of and", k=3, mode="hybrid")) == 3


def test_an_unknown_mode_is_an_index_option_error(index):
    with pytest.raises(IndexOptionError, match="unknown search mode 'fuzzy'"):
        index.search("warfarin", mode="fuzzy")


def test_a_query_vector_given_by_the_caller_is_used(index):
    vector = index.embedder.encode_query(TITLES["asthma"])
    hits = index.search("", k=1, mode="dense", query_vector=vector)
    assert hits[0].document.id == "asthma"


def test_the_tiny_corpus_is_what_these_tests_think(index, doc_ids):
    assert set(doc_ids) == set(TITLES)
    assert index.manifest.counts["documents"] == len(doc_ids)
    found = {h.document.id for h in index.search("children", k=1000, mode="dense")}
    assert found == set(doc_ids)


def _milvus_scores_are_its_own(index, mode: str) -> None:
    """Milvus fuses the two lists inside the server and reports the fused score only: a hybrid hit has no
    lexical score (the answer's floors rely on that to tell the backend apart) and, as its dense score, the
    float32 dot product of its stored vector with the query; a BM25 hit's lexical score is its score."""
    query = "vitamin K and warfarin in children with asthma"
    vector = index.embedder.encode_query(query)
    hits = index.search(query, k=3, mode=mode, query_vector=vector)
    assert hits
    for hit in hits:
        if mode == "hybrid":
            assert hit.lexical is None and hit.dense is not None and -1.0 <= hit.dense <= 1.0 + 1e-6
        else:
            assert hit.lexical == hit.score and hit.lexical > 0


@pytest.mark.parametrize("mode", ["hybrid", "bm25"])
def test_each_hit_carries_each_retrievers_own_score(index, mode):
    # A hit's lexical score is its BM25 score (None when BM25 did not list it) and its dense score the cosine
    # FAISS gave it, or for a row the dense list missed the same float32 dot product of its stored vector,
    # to the bit. Lists three deep over the tiny corpus, so that hybrid hits miss one list or the other.
    if not isinstance(index, Index):
        _milvus_scores_are_its_own(index, mode)  # Milvus fuses in the server: its own, narrower contract
        return
    from dataclasses import replace

    from index.lexical import bm25_search
    from index.vectors import vector_search

    query = "vitamin K and warfarin in children with asthma"
    vector = index.embedder.encode_query(query)
    row_of = {chunk.id: row for row, chunk in index.store.chunks(list(range(index.vectors.ntotal))).items()}
    lex_rows, lex_scores = bm25_search(index.bm25, query, 3)
    lexical = dict(zip(lex_rows.tolist(), lex_scores.tolist()))
    den_rows, den_scores = vector_search(index.vectors, vector, 3)
    dense = dict(zip(den_rows.tolist(), den_scores.tolist())) if mode == "hybrid" else {}
    settings = index.fusion
    index.fusion = replace(settings, depth=3)
    try:
        hits = index.search(query, k=3, mode=mode, query_vector=vector)
    finally:
        index.fusion = settings
    assert len(hits) == 3
    rows = [row_of[hit.chunk.id] for hit in hits]
    if mode == "hybrid":
        assert any(row not in dense for row in rows) or any(row not in lexical for row in rows)
    for hit, row in zip(hits, rows):
        assert hit.lexical == lexical.get(row)
        assert hit.dense == (dense[row] if row in dense else float(index.vectors.reconstruct(row) @ vector))


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_each_hit_is_the_frozen_hit_its_own_init_would_build(index, mode):
    """Search fills each Hit's fields directly (no dataclass __init__ per hit): the same object, equal and
    hashable alike, every field set and still frozen."""
    from dataclasses import FrozenInstanceError, fields

    from index.search import Hit

    hits = index.search("shockwave therapy for calcific tendinopathy", k=5, mode=mode)
    assert hits
    for hit in hits:
        built = Hit(**{f.name: getattr(hit, f.name) for f in fields(Hit)})
        assert type(hit) is Hit and hit == built and hash(hit) == hash(built) and vars(hit) == vars(built)
        with pytest.raises(FrozenInstanceError):
            hit.rank = 0
