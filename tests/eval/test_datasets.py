"""The BEIR-layout loader: what a well-formed folder yields, and the one-line errors of a broken one."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.datasets import load_dataset, query_half, select_half
from eval.errors import DatasetError

SHARED = Path(__file__).parents[2].parent / "shared" / "data"


def write_beir(root: Path, answers: list[dict] | None = None) -> Path:
    """Three documents, three queries (one unjudged) and a qrels file with its header."""
    root.mkdir(parents=True, exist_ok=True)
    docs = [
        {"_id": "d1", "title": "Vitamin K2 and arteries", "text": "Menaquinone-7 activates matrix Gla protein."},
        {"_id": "d2", "title": "", "text": "Statins lower LDL cholesterol in adults."},
        {"_id": "d3", "title": "Tennis elbow", "text": "Shockwave therapy eases lateral epicondylitis pain."},
    ]
    (root / "corpus.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    queries = [{"_id": "q1", "text": "What does vitamin K2 activate?"},
               {"_id": "q2", "text": "Do statins lower LDL?"},
               {"_id": "q3", "text": "An unjudged question"}]
    (root / "queries.jsonl").write_text("\n".join(json.dumps(q) for q in queries) + "\n")
    (root / "qrels").mkdir(exist_ok=True)
    (root / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t2\n")
    if answers is not None:
        (root / "answers.jsonl").write_text("\n".join(json.dumps(a) for a in answers) + "\n")
    return root


def test_loads_judged_queries_and_qrels(tmp_path: Path) -> None:
    data = load_dataset(write_beir(tmp_path / "tiny"))
    assert data.name == "tiny"
    assert [q.id for q in data.queries] == ["q1", "q2"]
    assert data.qrels == {"q1": {"d1": 1}, "q2": {"d2": 2}}
    assert data.corpus_path == tmp_path / "tiny" / "corpus.jsonl"
    assert data.answers == {}


def test_reads_bioasq_and_pubmedqa_answers(tmp_path: Path) -> None:
    answers = [
        {"query-id": "q1", "type": "factoid", "ideal_answer": ["It activates MGP."], "exact_answer": [["MGP"]]},
        {"query-id": "q2", "decision": "yes", "long_answer": "Statins lower LDL."},
    ]
    data = load_dataset(write_beir(tmp_path / "tiny", answers))
    assert data.answers["q1"].type == "factoid"
    assert data.answers["q1"].ideal_answer == ("It activates MGP.",)
    assert data.answers["q1"].exact_answer == [["MGP"]]
    assert data.answers["q2"].decision == "yes"
    assert data.answers["q2"].long_answer == "Statins lower LDL."


def test_gold_snippets_load_as_strings_from_either_shape(tmp_path: Path) -> None:
    answers = [
        {"query-id": "q1", "type": "factoid", "snippets": ["Menaquinone-7 activates MGP.", "  "]},
        {"query-id": "q2", "type": "yesno", "snippets": [{"text": "Statins lower LDL.", "document": "d2"}]},
    ]
    data = load_dataset(write_beir(tmp_path / "tiny", answers))
    assert data.answers["q1"].snippets == ("Menaquinone-7 activates MGP.",)
    assert data.answers["q2"].snippets == ("Statins lower LDL.",)
    bad = [{"query-id": "q1", "snippets": "not a list"}]
    with pytest.raises(DatasetError, match="'snippets' must be a list"):
        load_dataset(write_beir(tmp_path / "bad", bad))


@pytest.mark.parametrize("damage, message", [
    (shutil.rmtree, "data set folder not found"),
    (lambda root: (root / "corpus.jsonl").unlink(), "has no corpus.jsonl"),
    (lambda root: (root / "qrels" / "test.tsv").unlink(), "qrels file not found"),
    (lambda root: (root / "queries.jsonl").unlink(), "file not found"),
    (lambda root: (root / "qrels" / "test.tsv").write_text("q1\td1\t1\n"), "expected the header"),
    (lambda root: (root / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\td1\thigh\n"), "is not a number"),
    (lambda root: (root / "queries.jsonl").write_text("{not json\n"), "invalid JSON"),
    (lambda root: (root / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nqX\td1\t1\n"), "no query"),
])
def test_broken_folders_raise_one_line_errors(tmp_path: Path, damage, message: str) -> None:
    root = write_beir(tmp_path / "tiny")
    damage(root)
    with pytest.raises(DatasetError, match=message) as caught:
        load_dataset(root)
    assert "\n" not in str(caught.value)


def test_missing_split_file_names_the_split(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="dev.tsv"):
        load_dataset(write_beir(tmp_path / "tiny"), split="dev")


def test_cli_reports_a_missing_dataset_in_one_line_with_exit_2(tmp_path: Path) -> None:
    import typer

    from eval.retrieval_cli import register

    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so the command is named as in medcite-eval
    register(app)
    result = CliRunner().invoke(app, ["retrieval", "--dataset", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "data set folder not found" in result.output
    assert "Traceback" not in result.output


def test_halves_are_fixed_and_disjoint(tmp_path: Path) -> None:
    data = load_dataset(write_beir(tmp_path / "tiny"))
    dev, held = select_half(data, "dev"), select_half(data, "heldout")
    assert {q.id for q in dev.queries} | {q.id for q in held.queries} == {"q1", "q2"}
    assert not {q.id for q in dev.queries} & {q.id for q in held.queries}
    assert query_half("q1") == query_half("q1")


@pytest.mark.skipif(not (SHARED / "bioasq" / "corpus.jsonl").exists(),
                    reason=f"shared BioASQ data not found at {SHARED / 'bioasq'}")
def test_shared_bioasq_loads() -> None:
    data = load_dataset(SHARED / "bioasq")
    assert len(data.queries) == 1497
    assert len(data.answers) >= 1497
    halves = [select_half(data, h) for h in ("dev", "heldout")]
    assert sum(len(h.queries) for h in halves) == 1497
    assert all(abs(len(h.queries) - 1497 / 2) < 100 for h in halves)
