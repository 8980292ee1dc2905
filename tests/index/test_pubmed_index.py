"""Indexing PubMed XML: citation facts survive the store, and update files revise and delete citations on
the next incremental build."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from index.build import build_index
from index.manifest import read_manifest
from index.search import open_index
from index.store import ChunkStore
from tests.pubmed_xml import article_set, citation, generated_citations, write
from tests.conftest import stored_doc_ids

LABELLED = citation("31000001", "Menaquinone-7 and arterial stiffness in postmenopausal women", [
    ("BACKGROUND", "Arterial stiffness rises after menopause."),
    ("RESULTS", "Menaquinone-7 lowered the stiffness index by a quarter over three years of okapi-walk tests."),
], journal="Journal of Imaginary Endocrinology", year=2015, pub_types=("Journal Article", "Randomized Controlled Trial"),
    mesh=("Vascular Stiffness", "Vitamin K 2"), doi="10.1000/jie.2015.1")
RETRACTED = citation("31000002", "Vitamin K2 reverses valve calcification", "Every valve regressed after a narwhal-dose "
                     "of vitamin K2.", pub_types=("Randomized Controlled Trial", "Retracted Publication"))
GUIDELINE = citation("31000003", "Warfarin and dietary vitamin K: practice guideline",
                     "Keep vitamin K intake steady while taking warfarin.", pub_types=("Practice Guideline",))


@pytest.fixture
def pubmed_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pubmed"
    write(folder / "pubmed26n0001.xml.gz", article_set(generated_citations(40) + [LABELLED, RETRACTED, GUIDELINE]))
    return folder


def test_citation_facts_are_kept_in_the_index(pubmed_corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    report = build_index(pubmed_corpus, index_dir, embedder=embedder)
    assert (report.documents, report.skipped, report.deleted) == (43, [], 0)

    idx = open_index(index_dir)
    try:
        hit = idx.search("okapi-walk stiffness index", k=3)[0]
        retracted = idx.store.document("31000002")
        guideline = idx.store.document("31000003")
    finally:
        idx.close()
    doc = hit.document
    assert (doc.id, hit.chunk.heading) == ("31000001", ("RESULTS",))
    assert doc.url == "https://pubmed.ncbi.nlm.nih.gov/31000001/"
    assert (doc.doi, doc.design, doc.flags, doc.year) == ("10.1000/jie.2015.1", "randomized trial", (), 2015)
    assert doc.mesh == ("Vascular Stiffness", "Vitamin K 2")
    assert doc.publication_types == ("Journal Article", "Randomized Controlled Trial")
    assert retracted.retracted and retracted.flags == ("retracted",)
    assert guideline.kind == "guideline"


def test_a_delete_citation_update_removes_the_pmid_on_the_next_incremental_build(pubmed_corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    first = build_index(pubmed_corpus, index_dir, embedder=embedder)
    assert "31000002" in stored_doc_ids(index_dir)
    revised = citation("31000003", "Warfarin and dietary vitamin K: practice guideline (revised)",
                       "Keep vitamin K intake steady while taking warfarin, and recheck the INR after a change.",
                       pub_types=("Practice Guideline",))
    # An update file repeats LABELLED unchanged (it keeps its vectors) and revises the guideline.
    write(pubmed_corpus / "pubmed26n0002.xml.gz", article_set([LABELLED, revised], deleted=("31000002",)))

    report = build_index(pubmed_corpus, index_dir, embedder=embedder)

    assert (report.documents, report.deleted) == (first.documents - 1, 1)
    assert report.embedded == 1  # only the revised guideline; every other citation keeps its vectors
    assert report.reused == first.chunks - 2
    assert "31000002" not in stored_doc_ids(index_dir)
    assert "31000002" not in read_manifest(index_dir.resolve()).documents
    idx = open_index(index_dir)
    try:
        for mode in ("hybrid", "bm25", "dense"):
            assert all(h.document.id != "31000002" for h in idx.search("narwhal-dose valve calcification", k=10, mode=mode))
        assert idx.store.document("31000003").title.endswith("(revised)")
    finally:
        idx.close()


def test_a_store_written_before_citation_facts_still_loads(tmp_path):
    path = tmp_path / "store.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, kind TEXT, source TEXT, year INTEGER, authors TEXT,
                                url TEXT, path TEXT, sha256 TEXT, pages INTEGER);
        CREATE TABLE chunks (row INTEGER PRIMARY KEY, id TEXT UNIQUE, doc_id TEXT, heading TEXT, text TEXT,
                             sentences TEXT, page INTEGER);
        INSERT INTO documents VALUES ('d', 'Old', 'research', 'J', 2001, '', '', 'd.md', 'abc', NULL);
    """)
    con.commit()
    con.close()

    store = ChunkStore(path)
    try:
        doc = store.document("d")
    finally:
        store.close()
    assert (doc.title, doc.doi, doc.mesh, doc.design, doc.flags, doc.retracted) == ("Old", "", (), None, (), False)
