"""The training helpers on hand-made rows: the lead floor, the relevance model's arithmetic, the verdict's
relevance floor and its fit."""
from __future__ import annotations

import json
import math
from pathlib import Path

from eval.datasets import Answer
from eval.train_cli import choose_verdict_model, fit_verdict
from eval.training import (StatementRows, VerdictInput, choose_lead_floor, choose_relevant_floor, features_on,
                           gold_statements, verdict_features)
from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import Candidate
from service.answer.verdict import features


def _model(weight: float) -> LinearModel:
    """P(relevant) = sigmoid(weight * coverage - weight / 2): coverage 1 -> high, 0 -> low."""
    return LinearModel(FEATURES, tuple(weight if f == "coverage" else 0.0 for f in FEATURES), -weight / 2)


def _row(coverage: float) -> tuple[float, ...]:
    return tuple(coverage if f == "coverage" else 0.0 for f in FEATURES)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    assert math.isclose(_model(4.0).probability(_row(1.0)), 1 / (1 + math.exp(-2.0)))
    assert math.isclose(_model(4.0).probability(_row(0.5)), 0.5)


def test_the_lead_floor_separates_gold_statements_from_the_rest() -> None:
    # Question q1: the gold document's statement scores 0.88, another document's 0.12; q2 alike.
    rows = StatementRows(x=[_row(1.0), _row(0.0), _row(1.0), _row(0.0)], y=[1, 0, 1, 0],
                         group=["q1", "q1", "q2", "q2"], doc=["g1", "o1", "g2", "o2"], leads=[True] * 4)
    floor, figures = choose_lead_floor(rows, _model(4.0), {"q1": {"g1"}, "q2": {"g2"}})
    assert 0.12 < floor <= 0.88
    assert figures["answers_with_gold"] == 1.0 and figures["abstains_without_gold"] == 1.0


def test_negation_marks_the_words_in_its_scope() -> None:
    bag = features("Is X associated with Y?", ["X was not associated with Y, but Z was."])
    assert "s:neg_associated" in bag and "s:associated" not in bag and "s:z" in bag and "q:associated" in bag


def _statement(doc: str, score: float, text: str = "Drug X reduced relapse.") -> Candidate:
    document = Document(id=doc, title="A study", kind="research", source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Candidate(text, Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8), score, 0.8,
                     frozenset(), True, True, False)


def test_the_relevant_floor_keeps_other_documents_below_it() -> None:
    # Ten questions without a direct statement: the gold document's best statement scores 0.8, another
    # document's 0.3, except in one question where the other document reaches 0.9.
    examples = [VerdictInput("Is drug X effective?", [_statement("gold", 0.8), _statement("other", 0.3)], [],
                             frozenset({"gold"})) for _ in range(9)]
    examples.append(VerdictInput("Is drug X effective?", [_statement("gold", 0.8), _statement("other", 0.9)], [],
                                 frozenset({"gold"})))
    floor, figures = choose_relevant_floor(examples)
    assert 0.3 < floor <= 0.8
    assert figures == {"questions_without_direct": 10, "decided_from_gold": 1.0, "insufficient_without_gold": 0.9}


def test_questions_with_a_direct_statement_do_not_set_the_floor() -> None:
    direct = _statement("gold", 0.2)
    assert choose_relevant_floor([VerdictInput("q?", [direct], [direct], frozenset({"gold"}))]) == (1.0, {})


def test_a_question_below_the_floor_still_teaches_from_its_best_statements() -> None:
    example = VerdictInput("Is drug X effective?", [_statement("a", 0.2, "Drug X was not effective.")], [])
    bag, no_allowed = verdict_features(example, relevant_floor=0.9)
    assert bag["s:neg_effective"] == 1.0 and no_allowed


def test_verdict_rows_read_the_stance_on_the_question_topic_as_the_answer_path_does() -> None:
    denial_off_topic = "Drugx is an agent for gizmo stiffness, but trials did not enrol children."
    statement = _statement("a", 0.9, denial_off_topic)
    topic = frozenset(tokenize("drugx gizmo stiffness"))
    bag, _ = verdict_features(VerdictInput("Does drugx improve gizmo stiffness?", [statement], [statement],
                                           topic=topic), relevant_floor=0.5)
    assert bag["deny_first"] == 0.0 and bag["deny_share"] == 0.0
    without_topic, _ = verdict_features(VerdictInput("Does drugx improve gizmo stiffness?", [statement], [statement]),
                                        relevant_floor=0.5)
    assert without_topic["deny_first"] == 1.0  # read whole, its "did not" would count


def test_the_verdict_fit_writes_its_weights_floor_and_thresholds(tmp_path: Path) -> None:
    def examples(n: int) -> list[tuple[str, dict, bool, str]]:
        rows = []
        for name in ("bioasq", "pubmedqa"):
            rows += [(name, {"s:effective": 1.0, "q:drug": 1.0}, False, "yes")] * n
            rows += [(name, {"s:neg_effective": 1.0, "q:drug": 1.0}, True, "no")] * n
        return rows

    held = examples(4)
    decided = [i % 4 != 0 for i in range(len(held))]  # a quarter would be "insufficient"
    report = fit_verdict({"dev": examples(10), "heldout": held}, tmp_path, 0.4, decided)
    data = json.loads((tmp_path / "verdict.json").read_text())
    assert data["relevant_floor"] == 0.4 and data["no_below"] <= data["yes_above"]
    assert data["weights"]["s:effective"] > 0 > data["weights"]["s:neg_effective"]
    assert "20 bioasq, 20 pubmedqa" in data["trained_on"]
    assert report["heldout_model_alone"]["bioasq"]["macro_f1"] == 1.0
    covered = report["heldout_with_insufficient_as_miss"]["bioasq"]
    assert covered["coverage"] == 0.75 and covered["yesno_macro_f1"] < 1.0


def test_a_no_the_statements_contradict_is_scored_as_uncertain(tmp_path: Path) -> None:
    # The "no" examples may not rest on their statements: the verdict rule makes them uncertain, so "no" is
    # never right.
    rows = [(name, {"s:worked": 1.0}, False, "yes") for name in ("bioasq", "pubmedqa")] * 10
    rows += [(name, {"s:harmful": 1.0}, False, "no") for name in ("bioasq", "pubmedqa")] * 10
    report = fit_verdict({"dev": rows, "heldout": rows[:4] + rows[-4:]}, tmp_path)
    assert report["heldout_with_insufficient_as_miss"]["bioasq"]["yesno_macro_f1"] == 0.5  # yes right, no never


def test_what_the_experts_quoted_is_the_conclusion_else_the_first_gold_snippets() -> None:
    conclusion = Answer("q1", long_answer="Drug A lowered mortality. It was well tolerated.",
                        snippets=("ignored",))
    assert gold_statements(conclusion) == ["Drug A lowered mortality.", "It was well tolerated."]
    snippets = Answer("q2", snippets=("One.", "Two.", "Three.", "Four."))
    assert gold_statements(snippets) == ["One.", "Two.", "Three."]
    assert gold_statements(Answer("q3")) == [] and gold_statements(None) == []


def test_a_quoted_row_reads_the_experts_statements_on_the_question_topic() -> None:
    example = VerdictInput("Is drug A effective?", [], [], topic=frozenset(tokenize("drug A")))
    assert features_on(example, ["Drug A was effective."]) == verdict_features(
        VerdictInput("Is drug A effective?", [_statement("a", 0.9, "Drug A was effective.")], [],
                     topic=example.topic), relevant_floor=1.0)


def test_rows_of_one_question_are_fitted_together() -> None:
    # Each question gives two rows (its statements and what the experts quoted), named by one group.
    rows = [(name, {f"s:q{k}": 1.0, "s:effective": 1.0}, True, "yes") for name in ("bioasq", "pubmedqa")
            for k in range(10)]
    rows += [(name, {f"s:q{k}": 1.0, "s:neg_effective": 1.0}, True, "no") for name in ("bioasq", "pubmedqa")
             for k in range(10, 20)]
    groups = [f"{name}{k}" for name in ("bioasq", "pubmedqa") for k in range(20)]
    vec, clf, _, lo, hi, _ = choose_verdict_model(rows + rows, groups=groups + groups)
    weights = dict(zip(vec.get_feature_names_out(), clf.coef_[0]))
    assert weights["s:effective"] > 0 > weights["s:neg_effective"] and lo <= hi
