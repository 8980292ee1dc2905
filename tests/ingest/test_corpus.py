"""Walking a corpus folder: unusable folders are CorpusErrors, unreadable files are reported, nothing else is lost."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from ingest.corpus import corpus_files, read_corpus
from ingest.errors import CorpusError
from ingest.models import Skipped


def _write(root: Path, name: str, data: str | bytes) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with readable and unreadable files of every supported kind, and some to ignore."""
    root = tmp_path / "corpus"
    _write(root, "a-guideline.md", "---\nid: g1\ntitle: Guideline one\ntype: guideline\n---\nOffer exercise.\n")
    _write(root, "nested/deeper/b-note.txt", "Plain text note about iron.")
    _write(root, "c-records.jsonl", json.dumps({"_id": "r1", "title": "R1", "text": "First record."}) + "\n"
           + "{not json\n" + json.dumps({"_id": "r2", "title": "R2", "text": "Second record."}) + "\n")
    _write(root, "d-upper.MD", "# Upper case suffix\nStill Markdown.")
    _write(root, "empty.md", b"")
    _write(root, "garbage.txt", bytes(range(256)) * 8)
    _write(root, "fake.pdf", "<html>not a pdf</html>")
    _write(root, "bad-yaml.md", "---\ntitle: [oops\n---\nText.\n")
    _write(root, "notes.docx", b"PK\x03\x04 ignored: unsupported suffix")
    _write(root, "table.csv", "a,b\n1,2\n")
    _write(root, ".hidden.md", "A hidden file is not part of the corpus.")
    _write(root, ".git/HEAD.md", "Neither is anything under a hidden folder.")
    return root


def test_missing_folder_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        read_corpus(tmp_path / "nowhere")


def test_a_file_instead_of_a_folder_is_a_corpus_error(tmp_path):
    path = tmp_path / "single.md"
    path.write_text("# One file\nText.")
    with pytest.raises(CorpusError, match="not a folder"):
        read_corpus(path)


@pytest.mark.parametrize("names", [[], ["notes.docx", "table.csv", ".hidden.md"]], ids=["empty", "unsupported-only"])
def test_a_folder_without_supported_files_is_a_corpus_error(tmp_path, names):
    for name in names:
        _write(tmp_path, name, "text")
    with pytest.raises(CorpusError, match="no supported files"):
        read_corpus(tmp_path)


def test_unreadable_files_are_skipped_with_path_and_reason_and_nothing_else_is_lost(mixed):
    read = read_corpus(mixed)

    assert sorted(d.id for d in read.documents) == ["d-upper.MD", "g1", "nested/deeper/b-note.txt", "r1", "r2"]
    skipped = {s.path: s.reason for s in read.skipped}
    assert set(skipped) == {"c-records.jsonl:2", "empty.md", "garbage.txt", "fake.pdf", "bad-yaml.md"}
    assert skipped["empty.md"] == "empty file"
    assert skipped["fake.pdf"].startswith("not a PDF file")
    assert skipped["bad-yaml.md"].startswith("invalid YAML front matter")
    assert all(reason and "\n" not in reason for reason in skipped.values())
    assert [f.name for f in fields(Skipped)] == ["path", "reason"]
    # Every supported, visible file is either indexed or reported.
    accounted = {d.path for d in read.documents} | {s.path.split(":")[0] for s in read.skipped}
    assert accounted == {p.relative_to(mixed).as_posix() for p in corpus_files(mixed)}


def test_hidden_and_unsupported_files_are_ignored_silently(mixed):
    names = {p.relative_to(mixed).as_posix() for p in corpus_files(mixed)}
    assert not any(n.startswith(".") or "/." in n for n in names)
    assert "notes.docx" not in names and "table.csv" not in names


def test_reading_order_is_stable(mixed):
    first = [d.id for d in read_corpus(mixed).documents]
    (mixed / "zz-new.md").write_text("A late addition.")
    second = [d.id for d in read_corpus(mixed).documents]
    assert second[:-1] == first and second[-1] == "zz-new.md"


def test_duplicate_ids_across_files_are_reported_and_the_first_kept(tmp_path):
    _write(tmp_path, "a.md", "---\nid: shared\ntitle: First\n---\nFirst text.")
    _write(tmp_path, "b.md", "---\nid: shared\ntitle: Second\n---\nSecond text.")
    _write(tmp_path, "c.jsonl", json.dumps({"_id": "shared", "text": "Third text."}) + "\n")

    read = read_corpus(tmp_path)

    assert [(d.id, d.title) for d in read.documents] == [("shared", "First")]
    assert [s.path for s in read.skipped] == ["b.md", "c.jsonl"]
    assert all(s.reason == "duplicate document id 'shared' (first in a.md)" for s in read.skipped)


def test_progress_hears_every_file(mixed):
    heard: list[Path] = []
    read_corpus(mixed, on_file=heard.append)
    assert heard == corpus_files(mixed)
