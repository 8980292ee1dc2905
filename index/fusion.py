"""Fusing ranked lists from the lexical and dense retrievers into one ranking."""
from __future__ import annotations

from functools import lru_cache

import numpy as np


def rrf(rankings: list[np.ndarray], weights: list[float] | None = None, k: int = 60) -> dict[int, float]:
    """Weighted reciprocal rank fusion: row -> sum of weight / (k + rank), ranks from 1."""
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for rows, weight in zip(rankings, weights):
        for row, share in zip(rows.tolist(), _rank_shares(weight, k, len(rows))):
            fused[row] = fused.get(row, 0.0) + share
    return fused


@lru_cache(maxsize=256)
def _rank_shares(weight: float, k: int, n: int) -> tuple[float, ...]:
    """weight / (k + rank) for ranks 1..n: the same for every query at one depth, so divided once."""
    return tuple(weight / (k + rank) for rank in range(1, n + 1))


def normalized_sum(scored: list[tuple[np.ndarray, np.ndarray]], weights: list[float]) -> dict[int, float]:
    """Weighted sum of min-max normalized scores; a row missing from a list gets 0 from it, and rows that
    tie for a whole list (one hit alone, or equal scores) each get 1 from it: all are its best."""
    fused: dict[int, float] = {}
    for (rows, scores), weight in zip(scored, weights):
        if len(rows) == 0:
            continue
        lo, hi = float(scores.min()), float(scores.max())
        for row, score in zip(rows.tolist(), scores.tolist()):
            normalized = (score - lo) / (hi - lo) if hi > lo else 1.0
            fused[row] = fused.get(row, 0.0) + weight * normalized
    return fused
