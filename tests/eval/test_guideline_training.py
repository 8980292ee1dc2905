"""The guideline part of sentence relevance: its labels (statement hashes), its rows over a real index built from a
guideline folder the test writes, its fit and calibration, and how the shipped model scores with it."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from eval import guideline_training as gt
from eval.cli import app
from eval.training import StatementRows
from index.search import Index, open_index
from service.answer.relevance import FEATURES, LinearModel, relevance_model
from service.answer.tuning import TUNING

GUIDELINE = """---
id: "{id}"
title: "{title}"
type: "guideline"
source: "medcite test fixture"
year: 2025
---

# {title}

## Recommendations

{body}
"""
ZORB = ("Wheezitis is a chronic airway illness of adults in which the small airways narrow after exposure to cold air. "
        "Clinicians should offer inhaled zorbicort to adults with wheezitis whose symptoms occur on most days. "
        "Zorbicort was first described in laboratory studies of airway muscle many years ago. "
        "Oral blorpamine is not recommended for wheezitis because it gives no benefit over placebo.")
KNEE = ("Gizmo knee is a painful swelling of the knee that follows long periods of kneeling. "
        "Clinicians should advise rest and ice for gizmo knee during the first week of symptoms. "
        "Gizmo knee was named after the workers in whom it was first described.")


def test_a_statement_label_is_the_hash_of_its_words() -> None:
    assert gt.statement_hash("Offer zorbicort, daily.") == gt.statement_hash("offer  ZORBICORT daily")
    assert gt.statement_hash("Offer zorbicort daily.") != gt.statement_hash("Offer zorbicort weekly.")
    assert len(gt.statement_hash("x")) == 16


def _base() -> LinearModel:
    """The shipped model without any guideline part (the abstracts' model)."""
    return replace(relevance_model(), guideline_weights=(), guideline_intercept=0.0, guideline_trained_on="")


def _model_with_part() -> LinearModel:
    base = _base()
    part = tuple(1.5 if f == "recommendation" else (-0.5 if f == "log_length" else 0.0) for f in FEATURES)
    return replace(base, guideline_weights=part, guideline_intercept=0.25, guideline_trained_on="test")


def _rows(n: int, guideline: bool, seed: int = 0) -> list[tuple[float, ...]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        values = [rng.random() for _ in FEATURES]
        values[FEATURES.index("from_guideline")] = 1.0 if guideline else 0.0
        rows.append(tuple(values))
    return rows


def test_the_part_scores_only_a_guidelines_statements_and_each_row_as_alone() -> None:
    model = _model_with_part()
    base = _base()
    research, guideline = _rows(20, False), _rows(20, True, seed=1)
    mixed = [row for pair in zip(research, guideline) for row in pair]
    together = model.probabilities(mixed)
    # Each row's score is the bit the single-row path gives, whatever rows are scored beside it.
    assert together == [model.probability(row) for row in mixed]
    # A research statement scores as under the base model; a guideline's statement moves.
    assert together[0::2] == base.probabilities(research)
    assert all(a != b for a, b in zip(together[1::2], base.probabilities(guideline)))


def test_the_weights_file_keeps_the_part_and_a_file_without_it_has_none() -> None:
    model = _model_with_part()
    again = LinearModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.to_json() == model.to_json() and again.guideline_weights == model.guideline_weights
    plain = LinearModel.from_json({k: v for k, v in model.to_json().items() if not k.startswith("guideline")})
    assert plain.guideline_weights == ()
    assert plain.probabilities(_rows(5, True)) == _base().probabilities(_rows(5, True))


def _labelled_rows(questions: int, seed: int) -> StatementRows:
    """Questions of 30 statements each, the deciding one the only statement marked a recommendation (the base model
    gives that feature a small negative weight, so it ranks them no better than chance)."""
    rng = np.random.RandomState(seed)
    rows = StatementRows()
    for q in range(questions):
        x = rng.rand(30, len(FEATURES))
        x[:, FEATURES.index("from_guideline")] = 1.0
        best = int(rng.randint(30))
        x[:, FEATURES.index("recommendation")] = 0.0
        x[best, FEATURES.index("recommendation")] = 1.0
        for i in range(30):
            rows.x.append(tuple(float(v) for v in x[i]))
            rows.y.append(int(i == best))
            rows.group.append(f"s{seed}q{q}")
            rows.doc.append(f"d{seed}q{q}")
    return rows


def test_the_part_learns_what_the_base_model_missed_and_keeps_the_quote_floors_count() -> None:
    base = _base()
    train, test = _labelled_rows(60, 0), _labelled_rows(40, 1)
    model = gt.fit_guideline_part(train, base, "synthetic")
    learned, before = (gt.ranking_by_question(test, m)["precision_at_1"] for m in (model, base))
    assert learned > before + 0.3
    at_floor = [sum(p >= TUNING.quote_floor for p in m.probabilities(train.x)) for m in (base, model)]
    assert at_floor[0] > 0 and abs(at_floor[0] - at_floor[1]) <= 1
    cv = gt.grouped_cv(train, base, folds=3)
    assert cv["with_guideline_part"]["precision_at_1"] > cv["base_only"]["precision_at_1"]


@pytest.fixture(scope="module")
def labelled_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("guidelines")
    (folder / "ngc-1.md").write_text(GUIDELINE.format(id="ngc-1", title="Wheezitis in adults", body=ZORB))
    (folder / "ngc-2.md").write_text(GUIDELINE.format(id="ngc-2", title="Gizmo knee", body=KNEE))
    return folder


def test_rows_over_a_built_index_label_the_deciding_statement(labelled_folder: Path, loaded_index: Index,
                                                              tmp_path: Path) -> None:
    labels = [gt.GuidelineLabel("ngc-1", "Should adults with wheezitis most days get zorbicort?",
                                frozenset({gt.statement_hash("Clinicians should offer inhaled zorbicort to adults "
                                                             "with wheezitis whose symptoms occur on most days.")})),
              gt.GuidelineLabel("ngc-2", "Ice for gizmo knee?", frozenset({gt.statement_hash("no such statement")}))]
    index_dir = gt.labelled_index(labelled_folder, labels, tmp_path, loaded_index.embedder)
    assert gt.labelled_index(labelled_folder, labels, tmp_path, loaded_index.embedder) == index_dir  # built once
    index = open_index(index_dir, embedder=loaded_index.embedder)
    try:
        assert any("zorbicort to adults" in t for t in gt.doc_statements(index, "ngc-1"))
        rows, stale = gt.guideline_rows(index, labels)
    finally:
        index.close()
    assert stale == 1  # the second label names no statement the splitter cuts
    assert sum(rows.y) == 1 and set(rows.group) == {labels[0].question}
    assert all(x[FEATURES.index("from_guideline")] == 1.0 for x in rows.x)


def test_a_label_file_is_read_and_the_shipped_labels_name_their_files() -> None:
    labels = gt.load_labels()
    assert len(labels) >= 300 and all(label.deciding and label.doc.startswith("ngc-") for label in labels)
    held = gt.load_labels(gt.LABELS.with_name("guideline_deciding_heldout.jsonl"))
    assert not {label.doc for label in held} & {label.doc for label in labels}  # held-out files are other files


def test_training_without_the_guideline_files_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    result = CliRunner().invoke(app, ["train", "--bioasq", str(tmp_path / "bioasq"), "--shared", str(tmp_path),
                                      "--only", "guideline", "--out", str(tmp_path / "weights"),
                                      "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code != 0
    assert "labelled guideline files are not in" in result.output and "Traceback" not in result.output
