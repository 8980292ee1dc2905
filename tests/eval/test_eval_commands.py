"""The component checks and benchmarks that used to be argparse scripts, as medcite-eval commands: their
options parse, their errors are one line, and a real run on a tiny hand-written corpus reports its figures."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.cli import app

GUIDELINE = """---
id: g1
title: A test guideline
type: guideline
year: 2024
---

# Major Recommendations

Clinicians should offer rest as the first treatment (strong recommendation, moderate-quality evidence).
Ice may help some patients.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "g1.md").write_text(GUIDELINE, encoding="utf-8")
    return folder


def invoke(*args: str) -> object:
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", [["calibrate"], ["grades"], ["token-budget"], ["ingest-speed"],
                                     ["ingest-compare"], ["stale-bench", "prepare"], ["stale-bench", "check"]])
def test_every_command_is_registered_with_help(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "--workdir" in result.output if command[0] == "stale-bench" else "--" in result.output


def test_grades_counts_the_graded_recommendation_and_writes_the_sample(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample.tsv"
    result = invoke("grades", "--corpus", str(corpus), "--sample", "5", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "documents: 1 (1/1 = 100.0% with a grade)" in result.output
    assert "Major Recommendations sentences with a grade: 1/2 = 50.0%" in result.output
    rows = list(csv.DictReader(out.open(), delimiter="\t"))
    assert [(r["doc"], r["strength"], r["certainty"], r["correct"]) for r in rows] == [("g1", "strong", "moderate", "")]


def test_a_missing_corpus_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a short path, so the error box does not wrap it
    for command in ("grades", "token-budget", "ingest-speed", "ingest-compare"):
        result = invoke(command, "--corpus", "absent")
        assert result.exit_code == 2 and "does not exist" in result.output, (command, result.output)


def test_ingest_compare_refuses_an_unknown_part_before_any_work(corpus: Path) -> None:
    result = invoke("ingest-compare", "--corpus", str(corpus), "--skip", "fp32,bogus")
    assert result.exit_code == 2 and "bogus" in result.output


def test_ingest_speed_refuses_an_unknown_backend(corpus: Path) -> None:
    result = invoke("ingest-speed", "--corpus", str(corpus), "--backend", "tpu")
    assert result.exit_code == 2 and "tpu" in result.output
