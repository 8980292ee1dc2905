"""Building an index: what a build reports, incremental rebuilds, deletions, and atomic swaps under kill -9."""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexFormatError, MedciteIndexError
from index.location import versions_dir
from index.manifest import read_manifest
from index.search import open_index
from ingest.errors import CorpusError
from tests.conftest import stored_doc_ids

DOC_IDS = ("shockwave", "warfarin", "asthma", "otitis.txt", "pm1", "pm2")  # the tiny corpus of conftest.py


def _top_doc(index_dir: Path, query: str, mode: str = "hybrid") -> str | None:
    idx = open_index(index_dir)
    try:
        hits = idx.search(query, k=5, mode=mode)
        return hits[0].document.id if hits else None
    finally:
        idx.close()


def test_first_build_embeds_every_chunk_and_reports_counts(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    report = build_index(corpus, index_dir, embedder=embedder)

    assert report.documents == len(DOC_IDS)
    assert report.chunks >= len(DOC_IDS)
    assert (report.embedded, report.reused) == (report.chunks, 0)
    assert report.skipped == []
    assert report.seconds > 0
    assert stored_doc_ids(index_dir) == set(DOC_IDS)
    manifest = read_manifest(index_dir.resolve())
    assert manifest.counts["documents"] == len(DOC_IDS)
    assert manifest.counts["chunks"] == report.chunks
    assert manifest.model["dimension"] == embedder.dimension
    assert set(manifest.documents) == set(DOC_IDS)
    # The index folder is self-describing: a person can list its parts.
    assert {"manifest.json", "store.sqlite", "vectors.faiss", "bm25"} <= {p.name for p in index_dir.iterdir()}


def test_rebuild_with_nothing_changed_embeds_nothing(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    first = build_index(corpus, index_dir, embedder=embedder)
    old_version = index_dir.resolve()

    again = build_index(corpus, index_dir, embedder=embedder)

    assert again.embedded == 0
    assert again.reused == again.chunks == first.chunks
    assert index_dir.resolve() != old_version  # a new version was swapped in all the same
    assert _top_doc(index_dir, "zebrafinch protocol pulses") == "shockwave"


def test_editing_one_document_re_embeds_only_its_chunks(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    first = build_index(corpus, index_dir, embedder=embedder)
    with (corpus / "warfarin.md").open("a", encoding="utf-8") as fh:
        fh.write("\n## Monitoring\nRecheck the INR within a week of any quokka-berry supplement.\n")

    report = build_index(corpus, index_dir, embedder=embedder)

    idx = open_index(index_dir)
    try:
        warfarin_chunks = len(idx.store.chunks_of("warfarin"))
        hits = idx.search("quokka-berry supplement INR", k=3)
    finally:
        idx.close()
    assert report.embedded == warfarin_chunks
    assert report.reused == report.chunks - warfarin_chunks == first.chunks - (warfarin_chunks - 1)
    assert hits[0].document.id == "warfarin"
    assert "quokka-berry" in hits[0].chunk.text


def test_editing_one_jsonl_line_re_embeds_only_that_record(corpus, tmp_path, embedder, jsonl_records):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    records = jsonl_records
    records[1]["text"] += " Take it with orange juice, not tea."
    (corpus / "pubmed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    report = build_index(corpus, index_dir, embedder=embedder)

    assert report.embedded == 1  # pm2 is one short chunk; pm1 on the line before is reused
    assert report.reused == report.chunks - 1


def test_deleting_a_file_drops_its_document_from_search(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    assert _top_doc(index_dir, "marmalade-spacer inhaled corticosteroid") == "asthma"
    (corpus / "asthma.md").unlink()

    report = build_index(corpus, index_dir, embedder=embedder)

    assert report.documents == len(DOC_IDS) - 1
    assert report.embedded == 0
    assert "asthma" not in stored_doc_ids(index_dir)
    idx = open_index(index_dir)
    try:
        for mode in ("hybrid", "bm25", "dense"):
            assert all(h.document.id != "asthma" for h in idx.search("marmalade-spacer inhaled corticosteroid", k=10, mode=mode))
    finally:
        idx.close()
    assert "asthma" not in read_manifest(index_dir.resolve()).documents


def test_unreadable_files_are_reported_and_the_rest_indexed(corpus, tmp_path, embedder):
    (corpus / "garbage.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "empty.md").write_bytes(b"")
    report = build_index(corpus, tmp_path / "index", embedder=embedder)

    assert report.documents == len(DOC_IDS)
    assert {s["path"] for s in report.skipped} == {"garbage.txt", "empty.md"}
    assert all(set(s) == {"path", "reason"} and s["reason"] for s in report.skipped)


def test_a_corpus_with_nothing_readable_is_a_corpus_error_and_leaves_the_index_alone(tmp_path, corpus, embedder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    version = index_dir.resolve()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_bytes(b"")

    with pytest.raises(CorpusError, match="no readable documents"):
        build_index(bad, index_dir, embedder=embedder)
    assert index_dir.resolve() == version
    assert stored_doc_ids(index_dir) == set(DOC_IDS)


def test_a_folder_that_is_not_an_index_is_never_replaced(corpus, tmp_path, embedder):
    occupied = tmp_path / "notes"
    occupied.mkdir()
    (occupied / "thesis.tex").write_text("precious")

    with pytest.raises(IndexFormatError, match="not a medcite index"):
        build_index(corpus, occupied, embedder=embedder)
    assert (occupied / "thesis.tex").read_text() == "precious"


def test_an_index_path_inside_a_file_is_a_clear_index_error(corpus, tmp_path, embedder):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(MedciteIndexError, match="afile"):
        build_index(corpus, tmp_path / "afile" / "index", embedder=embedder)


def test_versions_beyond_the_current_and_previous_are_pruned(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    previous = index_dir.resolve()
    leftover = versions_dir(index_dir) / "20000101T000000-1-1"  # as left by a build killed while writing
    leftover.mkdir()
    (leftover / "store.sqlite").write_bytes(b"half")

    build_index(corpus, index_dir, embedder=embedder)

    kept = {p for p in versions_dir(index_dir).iterdir() if p.is_dir()}
    assert kept == {index_dir.resolve(), previous}


def _lock_held(lock: Path) -> bool:
    """Whether another process holds the build lock (the build has read the corpus and is embedding)."""
    with open(lock, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def test_a_build_killed_mid_embedding_leaves_the_previous_index_searchable(corpus, tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    old_version = index_dir.resolve()
    # Enough new text that embedding takes seconds: 40 files of 12 paragraphs.
    extra = corpus / "extra"
    extra.mkdir()
    for n in range(40):
        paragraphs = [f"Paragraph {p} of filler note {n} describes ward routine number {n * 100 + p}. "
                      "Nurses record observations every four hours and escalate concerns early. " * 3
                      for p in range(12)]
        (extra / f"filler-{n:02d}.md").write_text(f"# Filler note {n}\n\n" + "\n\n".join(paragraphs))
    lock = versions_dir(index_dir) / ".lock"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    medcite = shutil.which("medcite")
    command = [medcite] if medcite else [sys.executable, "-m", "service.cli"]
    proc = subprocess.Popen([*command, "index", "build", str(corpus), "--index", str(index_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=Path(__file__).parents[2])
    try:
        deadline = time.monotonic() + 180
        while not _lock_held(lock):
            assert proc.poll() is None, f"build ended before embedding: {proc.stderr.read().decode()[-500:]}"
            assert time.monotonic() < deadline, "build never reached the embedding stage"
            time.sleep(0.05)
        time.sleep(0.5)  # well inside embedding ~5,000 sentences' worth of chunks
        assert proc.poll() is None, "build finished before it could be killed; make the corpus bigger"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    assert index_dir.resolve() == old_version
    assert _top_doc(index_dir, "zebrafinch protocol pulses") == "shockwave"
    assert not any(d.startswith("extra/") for d in stored_doc_ids(index_dir))

    # The next build completes (the dead process's lock is gone with it) and leaves no stray versions.
    shutil.rmtree(extra)
    report = build_index(corpus, index_dir, embedder=embedder)
    assert report.embedded == 0
    kept = {p for p in versions_dir(index_dir).iterdir() if p.is_dir()}
    assert kept == {index_dir.resolve(), old_version}
