"""The ``medcite`` command: the build report contract, search output, and one-line errors without tracebacks."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.build import build_index
from index.embedder import Embedder, load_embedder
from service.cli import app

REPO = Path(__file__).resolve().parents[2]
DOCS = {
    "shockwave.md": "---\nid: shockwave\ntitle: Shockwave therapy for calcific tendinopathy\ntype: research\nyear: 2019\n---\n"
                    "High-energy shockwaves fragment calcium deposits in the rotator cuff. Pain fell after three sessions.\n",
    "warfarin.md": "---\nid: warfarin\ntitle: Warfarin and dietary vitamin K\ntype: guideline\n---\n"
                   "Keep vitamin K intake steady while taking warfarin. Large changes shift the INR.\n",
    "asthma.txt": "Inhaled corticosteroids suit children with persistent wheeze. Check inhaler technique.\n",
}
REPORT_KEYS = {"documents", "chunks", "embedded", "reused", "skipped", "seconds"}


@pytest.fixture(scope="module")
def packaged_embedder() -> Embedder:
    """Load the default model once; the CLI's own load_embedder() call then finds it in the cache."""
    return load_embedder()


@pytest.fixture(autouse=True)
def _no_medcite_environment(monkeypatch):
    for name in [n for n in os.environ if n.startswith("MEDCITE_")]:
        monkeypatch.delenv(name)


def _corpus(folder: Path, extra: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text)
    for name, data in (extra or {}).items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, packaged_embedder) -> Path:
    root = tmp_path_factory.mktemp("cli")
    build_index(_corpus(root / "corpus"), root / "index", embedder=packaged_embedder)
    return root / "index"


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def assert_one_line_error(result, *fragments: str) -> None:
    """Exit code 2, nothing on stdout, one ``medcite: error:`` line on stderr, and no traceback anywhere."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("medcite: error: "), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_index_build_json_reports_the_contract_keys(tmp_path, packaged_embedder):
    corpus = _corpus(tmp_path / "corpus", {"garbage.txt": bytes(range(256)) * 16, "empty.md": b""})
    index_dir = tmp_path / "index"

    result = invoke("index", "build", corpus, "--index", index_dir, "--json")

    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert REPORT_KEYS <= set(report)
    assert (report["documents"], report["embedded"], report["reused"]) == (3, report["chunks"], 0)
    assert {s["path"] for s in report["skipped"]} == {"garbage.txt", "empty.md"}
    assert all(s["reason"] for s in report["skipped"])
    assert isinstance(report["seconds"], (int, float))

    again = json.loads(invoke("index", "build", corpus, "--index", index_dir, "--json").stdout.strip().splitlines()[-1])
    assert (again["embedded"], again["reused"]) == (0, report["chunks"])


def test_index_build_prints_a_summary_and_the_skipped_files(tmp_path, packaged_embedder):
    corpus = _corpus(tmp_path / "corpus", {"empty.md": b""})
    result = invoke("index", "build", corpus, "--index", tmp_path / "index")
    assert result.exit_code == 0, result.output
    assert "Indexed 3 documents" in result.stdout
    assert "skipped empty.md: empty file" in result.stdout


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_search_json_finds_a_document_by_its_title(built, mode):
    result = invoke("search", "Warfarin and dietary vitamin K", "--index", built, "--mode", mode, "-k", "2", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout.strip().splitlines()[-1])
    assert hits[0]["doc_id"] == "warfarin" and hits[0]["rank"] == 1
    assert {"title", "chunk_id", "score", "text", "bm25", "dense"} <= set(hits[0])


def test_search_prints_ranked_passages(built):
    result = invoke("search", "shockwave calcium deposits", "--index", built, "-k", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("1. Shockwave therapy for calcific tendinopathy")


def _occupied(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "thesis.tex").write_text("precious")
    return folder


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "afile"
    path.write_text("x")
    return path


@pytest.mark.parametrize(
    ("make_args", "fragment"),
    [
        (lambda t: ["index", "build", t / "nowhere", "--index", t / "i"], "corpus folder not found"),
        (lambda t: ["index", "build", _file(t), "--index", t / "i"], "not a folder"),
        (lambda t: ["index", "build", t, "--index", t / "i"], "no supported files"),
        (lambda t: ["index", "build", _corpus(t / "c"), "--index", _occupied(t)], "not a medcite index"),
        (lambda t: ["index", "build", _corpus(t / "c"), "--index", _file(t) / "index"], "cannot write an index"),
        (lambda t: ["search", "warfarin", "--index", t / "missing"], "no index at"),
        (lambda t: ["search", "warfarin", "--index", _occupied(t)], "not a medcite index"),
        (lambda t: ["search", "warfarin", "--index", _file(t)], "not a medcite index"),
    ],
    ids=["build-missing-folder", "build-file-not-folder", "build-empty-corpus", "build-index-occupied",
         "build-index-unwritable", "search-missing-index", "search-not-an-index", "search-index-is-a-file"],
)
def test_user_mistakes_are_one_line_errors(tmp_path, packaged_embedder, make_args, fragment):
    assert_one_line_error(invoke(*make_args(tmp_path)), fragment)


def test_a_corpus_of_only_unreadable_files_is_a_one_line_error(tmp_path):
    corpus = tmp_path / "bad"
    corpus.mkdir()
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "garbage.txt").write_bytes(bytes(range(256)))
    assert_one_line_error(invoke("index", "build", corpus, "--index", tmp_path / "i"), "no readable documents", "2 file(s) skipped")


def test_unknown_mode_and_empty_query_are_one_line_errors(built):
    assert_one_line_error(invoke("search", "warfarin", "--index", built, "--mode", "fuzzy"), "unknown --mode 'fuzzy'")
    assert_one_line_error(invoke("search", "   ", "--index", built), "the query is empty")


def test_an_invalid_setting_or_backend_is_a_one_line_error_naming_it(built, monkeypatch):
    monkeypatch.setenv("MEDCITE_MAX_QUESTION_CHARS", "many")
    assert_one_line_error(invoke("search", "warfarin", "--index", built), "MEDCITE_MAX_QUESTION_CHARS=many")
    monkeypatch.delenv("MEDCITE_MAX_QUESTION_CHARS")
    assert_one_line_error(invoke("search", "warfarin", "--index", built, "--backend", "nowhere"),
                          "unknown backend 'nowhere'")


def test_an_index_of_another_format_version_is_a_one_line_error(built, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(built.resolve(), copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    (copy / "manifest.json").write_text(json.dumps({**manifest, "format_version": 99}))
    assert_one_line_error(invoke("search", "warfarin", "--index", copy), "format version 99")


@pytest.mark.parametrize(
    "args",
    [["index", "build", "{tmp}/nowhere", "--index", "{tmp}/i"], ["search", "warfarin", "--index", "{tmp}/missing"]],
    ids=["build-missing-folder", "search-missing-index"],
)
def test_the_installed_command_prints_one_line_and_no_traceback(tmp_path, args):
    medcite = shutil.which("medcite")
    command = [medcite] if medcite else [sys.executable, "-m", "service.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDCITE_")}
    done = subprocess.run([*command, *(a.format(tmp=tmp_path) for a in args)], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("medcite: error: ")
    assert "Traceback" not in done.stderr


def test_ask_without_an_index_builds_one_from_the_configured_corpus(tmp_path, monkeypatch, packaged_embedder):
    corpus = _corpus(tmp_path / "corpus")
    monkeypatch.setenv("MEDCITE_CORPUS", str(corpus))
    index = tmp_path / "index"
    result = CliRunner().invoke(app, ["ask", "How should warfarin patients eat vitamin K?", "--index", str(index),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "buildingitfrom" + str(corpus) in "".join(result.stderr.split())  # rich wraps long paths
    answer = json.loads(result.stdout)
    assert "warfarin" in {ref["doc_id"] for ref in answer["references"]}
    second = CliRunner().invoke(app, ["ask", "How should warfarin patients eat vitamin K?", "--index", str(index)])
    assert second.exit_code == 0 and "building" not in second.stderr  # built once, then reused
