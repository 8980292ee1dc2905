"""Grades travel with their chunk: written to the store, read back, and kept by an incremental rebuild."""
from __future__ import annotations

from pathlib import Path

from index.build import build_index
from index.search import open_index
from tests.index.conftest import write_corpus

GUIDELINE = """---
id: gout
title: Gout flares
type: guideline
year: 2021
---
## Major Recommendations

- Offer quintrazole to adults with recurrent gout flares (Grade 1B).
- Ask about alcohol intake.
"""


def _grades(index_dir: Path) -> dict[str, tuple[str, str, str]]:
    index = open_index(index_dir)
    out = {}
    for _, chunk in index.store.chunks_of("gout"):
        for i, grade in chunk.grades:
            out[chunk.sentence_texts()[i]] = (grade.strength, grade.certainty, grade.text)
    return out


def test_grades_are_stored_and_survive_an_incremental_rebuild(tmp_path: Path, embedder):
    corpus = write_corpus(tmp_path / "corpus", {"gout.md": GUIDELINE})
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder=embedder)
    expected = {"Offer quintrazole to adults with recurrent gout flares (Grade 1B).": ("strong", "moderate", "Grade 1B")}
    assert _grades(index_dir) == expected
    report = build_index(corpus, index_dir, embedder=embedder)
    assert report.reused == report.chunks  # nothing re-embedded: the chunks came back from the old store
    assert _grades(index_dir) == expected
