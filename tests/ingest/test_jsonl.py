"""Reading BEIR-layout JSONL: one document per line, bad lines skipped with their number, the rest kept."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.corpus import read_corpus
from ingest.errors import UnreadableFile
from ingest.readers.jsonl import read_jsonl

RECORDS = [
    {"_id": "111", "title": "Metformin and lactic acidosis", "text": "Lactic acidosis is rare. Risk rises in renal failure.",
     "metadata": {"journal": "Example Kidney Journal", "year": "2015 Aug", "url": "https://example.org/111"}},
    {"_id": "222", "title": "Oral iron dosing", "text": "Alternate-day iron causes less nausea.", "metadata": {}},
    {"_id": "333", "title": "", "text": "A passage without a title still counts."},
]


def _jsonl(lines: list[str | dict]) -> str:
    return "".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines)


def _write(tmp_path: Path, lines: list[str | dict], name: str = "corpus.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(_jsonl(lines), encoding="utf-8")
    return path


def test_every_beir_line_is_a_document(tmp_path):
    read = read_jsonl(_write(tmp_path, RECORDS), tmp_path)

    assert read.skipped == []
    assert [d.id for d in read.documents] == ["111", "222", "333"]
    first = read.documents[0]
    assert first.title == "Metformin and lactic acidosis"
    assert first.source == "Example Kidney Journal"
    assert first.year == 2015
    assert first.url == "https://example.org/111"
    assert first.path == "corpus.jsonl"
    assert first.sections[0].text == "Lactic acidosis is rare. Risk rises in renal failure."
    assert read.documents[2].title == ""


def test_a_bad_line_is_skipped_with_its_line_number_and_the_rest_kept(tmp_path):
    lines = [RECORDS[0], '{"_id": "broken", "text": "no closing brace"', "", RECORDS[1], '["not", "an", "object"]',
             {"_id": "444", "title": "", "text": "  "}, RECORDS[2]]
    read = read_jsonl(_write(tmp_path, lines), tmp_path)

    assert [d.id for d in read.documents] == ["111", "222", "333"]
    assert [(s.path, s.reason.split(" (")[0]) for s in read.skipped] == [
        ("corpus.jsonl:2", "invalid JSON"),
        ("corpus.jsonl:5", "line is not a JSON object"),
        ("corpus.jsonl:6", "record has no text and no title"),
    ]
    assert all("\n" not in s.reason for s in read.skipped)


def test_a_title_only_record_is_a_document_searchable_by_its_title(tmp_path):
    """BEIR corpora hold title-only records (320 of BioASQ's 7,808, 322 of its relevance judgements point at them)."""
    read = read_jsonl(_write(tmp_path, [{"_id": "555", "title": "PPIM: a protein interaction database.", "text": ""}]), tmp_path)
    assert read.skipped == []
    (doc,) = read.documents
    assert doc.title == "PPIM: a protein interaction database."
    assert doc.sections[0].text == "PPIM: a protein interaction database."


def test_a_file_of_only_bad_lines_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile, match="invalid JSON"):
        read_jsonl(_write(tmp_path, ["{oops", "nope"]), tmp_path)


def test_an_empty_jsonl_is_skipped_by_the_corpus(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    _write(tmp_path, RECORDS[:1], name="good.jsonl")
    read = read_corpus(tmp_path)
    assert [d.id for d in read.documents] == ["111"]
    assert [(s.path, s.reason) for s in read.skipped] == [("empty.jsonl", "empty file")]


def test_duplicate_ids_keep_the_first_and_report_the_rest(tmp_path):
    duplicate = dict(RECORDS[1], text="A second record that reuses id 222.")
    _write(tmp_path, [RECORDS[0], RECORDS[1], duplicate])

    read = read_corpus(tmp_path)

    assert [d.id for d in read.documents] == ["111", "222"]
    assert read.documents[1].sections[0].text == RECORDS[1]["text"]
    assert len(read.skipped) == 1
    assert "duplicate document id '222'" in read.skipped[0].reason


def test_each_line_has_its_own_content_hash(tmp_path):
    """Editing one record changes only its hash, so an incremental rebuild re-embeds only that record."""
    before = {d.id: d.sha256 for d in read_jsonl(_write(tmp_path, RECORDS), tmp_path).documents}
    edited = [RECORDS[0], dict(RECORDS[1], text="Changed text."), RECORDS[2]]
    after = {d.id: d.sha256 for d in read_jsonl(_write(tmp_path, edited), tmp_path).documents}

    assert {k for k in before if before[k] != after[k]} == {"222"}


def test_a_line_without_an_id_is_named_by_its_position(tmp_path):
    read = read_jsonl(_write(tmp_path, [{"title": "Anonymous", "text": "Some text."}]), tmp_path)
    assert read.documents[0].id == "corpus.jsonl:1"


def test_non_utf8_jsonl_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "latin.jsonl").write_bytes(b'{"_id": "1", "text": "caf\xe9"}\n')
    (tmp_path / "ok.md").write_text("Fine text.")
    read = read_corpus(tmp_path)
    assert [s.path for s in read.skipped] == ["latin.jsonl"]
    assert "not UTF-8" in read.skipped[0].reason
