"""The Milvus backend on a real milvus-lite server: incremental builds by chunk id, the version in the
collection's properties, IDF as the local index counts it, and the CLI and API on top of it.

(The search and answer tests themselves run against both backends: tests/index/test_search.py,
tests/service/test_answering.py.)"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.build import build_index
from index.errors import IndexMissingError
from index.lexical import tokenize
from index.search import open_index
from tests.conftest import require_extra

require_extra("pymilvus")

from index.milvus_build import build_milvus_index  # noqa: E402
from index.milvus_collection import VERSION_KEY, MilvusUnavailableError, connect  # noqa: E402
from index.milvus_search import open_milvus_index  # noqa: E402


def _ids(index, query: str, mode: str = "hybrid", k: int = 3) -> list[str]:
    return [h.document.id for h in index.search(query, k=k, mode=mode)]


def test_an_incremental_build_embeds_only_what_changed_and_deletes_what_went(milvus_uri, embedder, make_corpus,
                                                                            jsonl_records, tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    first = build_milvus_index(corpus, milvus_uri, "incremental", embedder=embedder)
    assert (first.documents, first.embedded, first.reused) == (6, first.chunks, 0)
    before = open_milvus_index(milvus_uri, "incremental", embedder=embedder)
    assert _ids(before, "alternate-day dosing nausea")[0] == "pm2"

    # warfarin changes, pm2 leaves the corpus, a new document arrives; the other four are untouched.
    (corpus / "warfarin.md").write_text((corpus / "warfarin.md").read_text().replace(
        "Large changes", "The quillwort rule: large changes"))
    (corpus / "pubmed.jsonl").write_text(json.dumps(jsonl_records[0]) + "\n")
    (corpus / "gout.md").write_text("---\nid: gout\ntitle: Allopurinol for recurrent gout\ntype: guideline\n---\n"
                                    "Start allopurinol after a second gout flare. Titrate to a urate target.\n")
    second = build_milvus_index(corpus, milvus_uri, "incremental", embedder=embedder)
    assert second.documents == 6
    assert second.embedded == 2  # warfarin and gout: one chunk each
    assert second.reused == first.chunks - 2  # everything but warfarin and pm2
    after = open_milvus_index(milvus_uri, "incremental", embedder=embedder)
    assert after.version != before.version
    assert after.manifest.counts == {"documents": 6, "chunks": second.chunks}
    assert _ids(after, "quillwort rule")[0] == "warfarin"
    assert _ids(after, "allopurinol urate target")[0] == "gout"
    assert "pm2" not in _ids(after, "alternate-day dosing nausea ferrous sulfate", k=10)
    client = connect(milvus_uri)
    assert client.get("incremental", ids=["pm2#0"]) == []
    assert client.query("incremental", filter="", output_fields=["count(*)"])[0]["count(*)"] == second.chunks
    client.close()


def test_a_rebuild_of_an_unchanged_corpus_embeds_nothing_and_records_a_new_version(milvus_uri, embedder, corpus):
    build_milvus_index(corpus, milvus_uri, "unchanged", embedder=embedder)
    client = connect(milvus_uri)
    version = client.describe_collection("unchanged")["properties"][VERSION_KEY]
    report = build_milvus_index(corpus, milvus_uri, "unchanged", embedder=embedder)
    assert (report.embedded, report.reused) == (0, report.chunks)
    assert client.describe_collection("unchanged")["properties"][VERSION_KEY] != version
    client.close()


def test_idf_counts_documents_as_the_local_index_does(milvus_uri, embedder, corpus, tmp_path):
    build_milvus_index(corpus, milvus_uri, "idf", embedder=embedder)
    build_index(corpus, tmp_path / "index", embedder=embedder)
    remote = open_milvus_index(milvus_uri, "idf", embedder=embedder)
    local = open_index(tmp_path / "index", embedder=embedder)
    terms = tokenize("children vitamin warfarin zebrafinch calcium never-seen-word")
    assert [remote.idf(t) for t in terms] == pytest.approx([local.idf(t) for t in terms])
    # A rarer term weighs more; a term no chunk has weighs most.
    assert remote.idf(tokenize("zebrafinch")[0]) > remote.idf(tokenize("children")[0])
    assert remote.idf("qqqnever") >= remote.idf(tokenize("zebrafinch")[0])
    local.close()


def test_a_missing_collection_and_an_unreachable_server_are_clear_errors(milvus_uri, embedder):
    with pytest.raises(IndexMissingError, match="no Milvus collection 'nothing_here'"):
        open_milvus_index(milvus_uri, "nothing_here", embedder=embedder)
    with pytest.raises(MilvusUnavailableError, match="cannot connect to Milvus at http://127.0.0.1:1"):
        open_milvus_index("http://127.0.0.1:1", "medcite", embedder=embedder)


def test_the_cli_builds_searches_and_answers_on_milvus(milvus_uri, embedder, corpus, monkeypatch):
    from service.cli import app

    for name in ("MEDCITE_BACKEND", "MEDCITE_MILVUS_URI", "MEDCITE_MILVUS_COLLECTION"):
        monkeypatch.delenv(name, raising=False)
    where = ["--backend", "milvus", "--milvus-uri", milvus_uri, "--collection", "cli"]
    built = CliRunner().invoke(app, ["index", "build", str(corpus), *where, "--json"])
    assert built.exit_code == 0, built.output
    report = json.loads(built.stdout.splitlines()[-1])
    assert (report["documents"], report["index"]) == (6, f"{milvus_uri}#cli")
    found = CliRunner().invoke(app, ["search", "zebrafinch protocol", *where, "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)[0]["doc_id"] == "shockwave"
    # The environment names the backend as well as the options do.
    monkeypatch.setenv("MEDCITE_BACKEND", "milvus")
    monkeypatch.setenv("MEDCITE_MILVUS_URI", milvus_uri)
    monkeypatch.setenv("MEDCITE_MILVUS_COLLECTION", "cli")
    asked = CliRunner().invoke(app, ["ask", "Should children with persistent wheeze get inhaled corticosteroids?",
                                     "--format", "json"])
    assert asked.exit_code == 0, asked.output
    assert "asthma" in {r["doc_id"] for r in json.loads(asked.stdout)["references"]}


def test_the_milvus_backend_without_a_uri_is_a_one_line_cli_error(monkeypatch, tmp_path: Path):
    from service.cli import app

    monkeypatch.setenv("MEDCITE_BACKEND", "milvus")
    monkeypatch.delenv("MEDCITE_MILVUS_URI", raising=False)
    result = CliRunner().invoke(app, ["search", "warfarin"])
    assert result.exit_code == 2
    assert "MEDCITE_MILVUS_URI" in result.stderr and "Traceback" not in result.output
    # serve checks its settings first (issue 11): the same sentence, and no setting's value (a token) echoed.
    monkeypatch.setenv("MEDCITE_ADMIN_TOKEN", "do-not-print-me")
    monkeypatch.setenv("MEDCITE_DATA_DIR", str(tmp_path))
    served = CliRunner().invoke(app, ["serve", "--port", "1"])
    assert served.exit_code == 2 and "Traceback" not in served.output
    assert "MEDCITE_BACKEND=milvus needs MEDCITE_MILVUS_URI" in served.stderr
    assert "do-not-print-me" not in served.output


def test_the_api_serves_search_and_answers_from_milvus(milvus_uri, milvus_corpus_index, tmp_path):
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import REPO_CORPUS, Settings
    from tests.conftest import wait_ready

    settings = Settings(data_dir=tmp_path, db=tmp_path / "answers.sqlite", corpus=REPO_CORPUS, backend="milvus",
                        milvus_uri=milvus_uri, milvus_collection="default_corpus")
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        info = client.get("/v1/index").json()
        assert info["version"] == milvus_corpus_index.version and info["vectors"]["kind"] == "milvus-hnsw"
        hits = client.get("/v1/search", params={"q": "vitamin K2 tendon calcification", "k": 5}).json()
        assert hits and all(h["dense"] is not None for h in hits)
        answer = client.post("/v1/answers", json={"question": "Can vitamin K2 be used to treat tendon calcification?"})
        assert answer.status_code in (200, 201), answer.text
        assert answer.json()["references"] and answer.json()["index_version"] == milvus_corpus_index.version


def test_the_stale_check_skips_a_milvus_index_whose_manifest_lists_no_document_hashes(milvus_corpus_index, tmp_path):
    """A Milvus collection's manifest counts documents but keeps no hashes: compared with a local version's
    manifest it would read as every document removed, so the check is skipped and nothing is marked."""
    from service.staleness import StaleChecker
    from service.store import AnswerStore

    assert milvus_corpus_index.manifest.counts["documents"] > 0 and not milvus_corpus_index.manifest.documents
    store = AnswerStore(tmp_path / "answers.sqlite")
    store.remember_index("local-version", {"asthma": "0" * 64})
    try:
        assert StaleChecker(store).check_swap(None, milvus_corpus_index) is None
        assert store.last_index() == ("local-version", {"asthma": "0" * 64})  # left as it was
    finally:
        store.close()
