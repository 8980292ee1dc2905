"""Retrieval metrics on a hand-made data set: a perfect run, a reversed one, and the end-to-end command."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from eval.retrieval import compare, document_scores, evaluate, recall_curve

QRELS = {"q1": {"d1": 1, "d2": 1}, "q2": {"d3": 1}}
DOCS = ["d1", "d2", "d3", "d4"]


def ranked(order: list[str]) -> dict[str, float]:
    """A run entry that ranks ``order`` best first."""
    return {doc: float(len(order) - i) for i, doc in enumerate(order)}


def test_perfect_run_scores_one() -> None:
    run = {"q1": ranked(["d1", "d2", "d3", "d4"]), "q2": ranked(["d3", "d1", "d2", "d4"])}
    scores = evaluate(QRELS, {"perfect": run})["perfect"]
    assert scores == pytest.approx({"ndcg@10": 1.0, "recall@10": 1.0, "recall@100": 1.0,
                                    "mrr@10": 1.0, "map@100": 1.0})


def test_reversed_run_scores_what_it_must() -> None:
    # q1: relevant d1, d2 land at ranks 4 and 3; q2: relevant d3 at rank 4.
    run = {"q1": ranked(["d4", "d3", "d2", "d1"]), "q2": ranked(["d4", "d2", "d1", "d3"])}
    scores = evaluate(QRELS, {"reversed": run})["reversed"]
    ndcg_q1 = (1 / math.log2(4) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    ndcg_q2 = (1 / math.log2(5)) / 1
    assert scores["ndcg@10"] == pytest.approx((ndcg_q1 + ndcg_q2) / 2)
    assert scores["mrr@10"] == pytest.approx((1 / 3 + 1 / 4) / 2)
    assert scores["map@100"] == pytest.approx(((1 / 3 + 2 / 4) / 2 + 1 / 4) / 2)
    assert scores["recall@10"] == pytest.approx(1.0)
    assert recall_curve(QRELS, {"reversed": run}, cutoffs=(1, 3))["reversed"] == pytest.approx({1: 0.0, 3: 0.25})


def test_a_query_without_results_counts_as_zero() -> None:
    run = {"q1": ranked(["d1", "d2"])}
    assert evaluate(QRELS, {"half": run})["half"]["ndcg@10"] == pytest.approx(0.5)


def test_document_scores_keep_best_chunk_and_search_order() -> None:
    chunks = [("d2", 0.9), ("d1", 0.8), ("d2", 0.7), ("d3", 0.8)]
    scores = document_scores(chunks, k=2)
    assert list(scores) == ["d2", "d1"]
    assert sorted(scores, key=lambda d: -scores[d]) == ["d2", "d1"]


def test_compare_marks_the_significantly_better_retriever() -> None:
    qrels = {f"q{i}": {f"d{i}": 1} for i in range(30)}
    good = {q: ranked([next(iter(d))] + ["x", "y"]) for q, d in qrels.items()}
    bad = {q: ranked(["x", "y", next(iter(d))]) for q, d in qrels.items()}
    verdict = compare(qrels, {"good": good, "bad": bad})
    assert verdict["good"].beats["ndcg@10"] == ("bad",)
    assert verdict["bad"].beats["ndcg@10"] == ()
    assert verdict["good"].p_values["ndcg@10"]["bad"] < 0.01


def write_beir(root: Path) -> Path:
    """Two documents, two queries whose words point at one document each."""
    (root / "qrels").mkdir(parents=True)
    docs = [{"_id": "d1", "title": "Vitamin K2", "text": "Menaquinone activates matrix Gla protein."},
            {"_id": "d2", "title": "", "text": "Statins lower LDL cholesterol in adults."}]
    (root / "corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    queries = [{"_id": "q1", "text": "What does menaquinone activate?"},
               {"_id": "q2", "text": "Do statins lower LDL cholesterol?"}]
    (root / "queries.jsonl").write_text("".join(json.dumps(q) + "\n" for q in queries))
    (root / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n")
    return root


def test_command_builds_caches_and_reports(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from eval.retrieval_cli import register

    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    args = ["retrieval", "--dataset", str(write_beir(tmp_path / "tiny")), "--out", str(tmp_path / "out"),
            "--cache-dir", str(tmp_path / "cache"), "--k", "3", "--json"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    last = json.loads(first.stdout.strip().splitlines()[-1])
    assert last["dataset"] == "tiny"
    assert set(last["results"]) == {"bm25", "dense", "hybrid"}
    assert last["results"]["bm25"]["ndcg@10"] == pytest.approx(1.0)
    for name in ("report.md", "report.json", "recall_at_k.png", "bm25.trec", "dense.trec", "hybrid.trec"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["settings"]["index_built_now"] is True
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert json.loads((tmp_path / "out" / "report.json").read_text())["settings"]["index_built_now"] is False
