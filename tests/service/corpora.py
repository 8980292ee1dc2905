"""Test corpora: a folder of files the test writes, indexed by the real build."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.search import open_index
from service.answer.pipeline import answer_question
from service.answer.models import Answer


def built(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Path:
    """The index directory of a corpus folder holding ``files`` (file name -> text), built by the real build."""
    folder = tmp_path_factory.mktemp(f"{name}-corpus")
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp(f"{name}-index") / "index"
    build_index(folder, path)
    return path


def lead_text(answer: Answer) -> str:
    """The first quoted source statement of an answer's bottom line: its lead."""
    return next(s.text for s in answer.bottom_line.statements if s.origin == "source")


def answered(index_dir: Path, question: str) -> Answer:
    """The answer to ``question`` from the index at ``index_dir``, opened for this one question and closed."""
    index = open_index(index_dir)
    try:
        return answer_question(index, question)
    finally:
        index.close()
