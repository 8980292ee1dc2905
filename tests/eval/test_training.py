"""The training helpers on hand-made rows: the lead floor and the relevance model's arithmetic."""
from __future__ import annotations

import math

from eval.training import StatementRows, choose_lead_floor
from service.answer.relevance import FEATURES, LinearModel
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
