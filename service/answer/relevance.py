"""The learned sentence-relevance model: a logistic regression over features that need no model call.

Trained on the BioASQ dev half (gold snippets positive, the other sentences of retrieved passages
negative) by ``medcite-eval train``; the weights ship as JSON in ``weights/``. Scoring is a dot product:
one statement's (``probability``) or a whole answer's statements at once (``probabilities``), to the bit alike.
"""
from __future__ import annotations

import json
import math
import operator
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain

import numpy as np


FEATURES: tuple[str, ...] = (
    "coverage", "title_coverage", "term_share", "bigram_share", "dense", "inv_rank", "lexical",
    "has_i", "has_c", "direct", "anchored", "first_sentence", "position", "log_length",
    "finding", "null_result", "recommendation", "gap", "number", "joined", "from_guideline",
    "coverage_x_dense",
)


def logistic(intercept: float, weights: Sequence[float], values: Sequence[float]) -> float:
    """The probability a logistic regression gives one feature vector (its logit clamped to +-30): the one
    computation of every linear model medcite ships."""
    z = intercept + sum(map(operator.mul, weights, values))  # the same additions, in C
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class LinearModel:
    """Weights over named features, an intercept, and where the weights came from."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    trained_on: str = ""
    # A question without a named intervention or condition is answered directly only by a statement this
    # likely to be relevant: chosen on the dev half so that answers abstain once the gold documents are gone.
    lead_floor: float = 0.0
    # A guideline's statements (``from_guideline`` 1) are scored with these weights and intercept added: what
    # guideline questions labelled with their deciding statements teach beyond the abstracts' snippets (a
    # guideline's answer is its advice, which BioASQ's snippets seldom are). Empty: no guideline part.
    guideline_weights: tuple[float, ...] = ()
    guideline_intercept: float = 0.0
    guideline_trained_on: str = ""

    def probability(self, values: tuple[float, ...]) -> float:
        """P(relevant) of one feature vector (in ``features`` order)."""
        if self.guideline_weights and values[self._guideline_column] > 0:
            return logistic(self.intercept + self.guideline_intercept, self._guideline_sum, values)
        return logistic(self.intercept, self.weights, values)

    def probabilities(self, rows: Sequence[Sequence[float]], columns: Sequence[int] | None = None) -> list[float]:
        """P(relevant) of each row (in ``features`` order), each equal to the bit to ``probability`` of that
        row: a running sum along each row (``cumsum`` adds left to right, as ``sum`` does) rather than a
        matrix product, whose summation order BLAS chooses, so a score never depends on whether it was
        computed alone or with others.

        Rows whose values come in another order are scored with ``columns``, the column of each feature of
        ``features`` in them (the same values, so the same probabilities, without reordering each row in
        Python: answer scoring builds its rows from parts, see ``scoring.candidates``)."""
        if len(rows) == 0:
            return []
        width = len(rows[0])
        count = len(rows) * width
        if count <= _PACKED:
            # An answer's rows (some 70 x 22): packed as C doubles in one call and read in place, a third
            # of the work of np.fromiter's conversion per value; the same doubles.
            values = np.frombuffer(struct.pack(f"{count}d", *chain.from_iterable(rows))).reshape(-1, width)
        else:
            values = np.fromiter(chain.from_iterable(rows), dtype=float, count=count).reshape(-1, width)
        return self.matrix_probabilities(values, columns)

    def matrix_probabilities(self, values: np.ndarray, columns: Sequence[int] | None = None) -> list[float]:
        """``probabilities`` of the rows of a float matrix (``columns`` as there), for a caller that builds the
        matrix itself: each equal to the bit to ``probability`` of that row."""
        if columns is not None:
            values = values[:, _column_index(tuple(columns))]
        if self.guideline_weights:
            guideline = values[:, self._guideline_column] > 0
            if guideline.any():
                weights = np.where(guideline[:, None], self._guideline_sum, self._weights)
                intercepts = np.where(guideline, self.intercept + self.guideline_intercept, self.intercept)
                z = np.minimum(np.maximum(intercepts + (values * weights).cumsum(axis=1)[:, -1], -30.0), 30.0)
                return [1.0 / (1.0 + math.exp(-s)) for s in z.tolist()]
        products = values * self._weights
        # (np.cumsum's array method, and clip as its two ufuncs: np.cumsum and np.clip are Python wrappers)
        z = np.minimum(np.maximum(self.intercept + products.cumsum(axis=1)[:, -1], -30.0), 30.0)
        return [1.0 / (1.0 + math.exp(-s)) for s in z.tolist()]

    @cached_property
    def _weights(self) -> np.ndarray:
        return np.array(self.weights)

    @cached_property
    def _guideline_sum(self) -> tuple[float, ...]:
        """The weights a guideline's statement is scored with (the same doubles as ``np.add`` of the two)."""
        return tuple((np.array(self.weights) + np.array(self.guideline_weights)).tolist())

    @cached_property
    def _guideline_column(self) -> int:
        return self.features.index("from_guideline")

    def to_json(self) -> dict:
        """The model as the weights file stores it."""
        out = {"features": list(self.features), "weights": list(self.weights), "intercept": self.intercept,
               "lead_floor": self.lead_floor, "trained_on": self.trained_on}
        if self.guideline_weights:
            out |= {"guideline_weights": list(self.guideline_weights), "guideline_intercept": self.guideline_intercept,
                    "guideline_trained_on": self.guideline_trained_on}
        return out

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        """A model from its weights file; the feature names must match the code's."""
        return cls(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["intercept"]),
                   data.get("trained_on", ""), float(data.get("lead_floor", 0.0)),
                   tuple(float(w) for w in data.get("guideline_weights", ())),
                   float(data.get("guideline_intercept", 0.0)), data.get("guideline_trained_on", ""))


_PACKED = 100_000  # values packed at once by ``probabilities`` (training scores more rows, with np.fromiter)


@lru_cache(maxsize=64)
def _column_index(columns: tuple[int, ...]) -> np.ndarray:
    return np.array(columns, dtype=np.intp)


@lru_cache(maxsize=1)
def relevance_model() -> LinearModel:
    """The shipped relevance model (a hand-set fallback with today's weights if none was trained yet)."""
    try:
        text = resources.files("service.answer").joinpath("weights/sentence_relevance.json").read_text()
    except FileNotFoundError:
        return FALLBACK
    model = LinearModel.from_json(json.loads(text))
    if model.features != FEATURES:
        raise RuntimeError("weights/sentence_relevance.json does not match the code's features; retrain it "
                           "with `medcite-eval train`")
    return model


# The hand-set scorer this model replaced (coverage + 0.5 dense + 0.25 per concept named), as a model:
# used only until trained weights are present.
FALLBACK = LinearModel(FEATURES, tuple({"coverage": 4.0, "dense": 2.0, "has_i": 1.0, "has_c": 1.0}.get(f, 0.0)
                                       for f in FEATURES), -4.0, "hand-set")
