"""Fusing ranked lists from the lexical and dense retrievers into one ranking."""
from __future__ import annotations

import operator
from functools import lru_cache
from itertools import repeat

import numpy as np


def rrf(rankings: list[np.ndarray], weights: list[float] | None = None, k: int = 60) -> dict[int, float]:
    """Weighted reciprocal rank fusion: row -> sum of weight / (k + rank), ranks from 1."""
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights):
        rows, shares = ranking.tolist(), _rank_shares(weight, k, len(ranking))
        if len(set(rows)) == len(rows):
            # Each row once in this ranking: every row's sum so far plus its share, added in C loops; update
            # keeps a known row in its place and appends new ones in ranking order, as the loop below does.
            fused.update(zip(rows, list(map(operator.add, map(fused.get, rows, repeat(0.0)), shares))))
            continue
        for row, share in zip(rows, shares):
            fused[row] = fused.get(row, 0.0) + share
    return fused


@lru_cache(maxsize=256)
def _rank_shares(weight: float, k: int, n: int) -> tuple[float, ...]:
    """weight / (k + rank) for ranks 1..n: the same for every query at one depth, so divided once."""
    return tuple(weight / (k + rank) for rank in range(1, n + 1))


def rrf_top(first: np.ndarray, second: np.ndarray, weights: tuple[float, float], k: int,
            n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The ``n`` best rows of ``rrf([first, second], weights, k)``, best first, each with its fused score and
    its index in ``first`` and in ``second`` (-1 where it is not there): the same rows, order and scores as
    ``sorted(rrf(...).items(), key=score, reverse=True)[:n]`` to the bit (a row's shares added in list order,
    ties kept in the order the rows first appear), in a few array operations instead of a dictionary entry
    and a sort key per row. Each list must name a row once (a retriever's ranking).

    The rows of ``second`` are found in ``first`` by a binary search of ``first`` sorted; the rows in order of
    first appearance are then ``first`` and the rows of ``second`` not in it, in their order, so a stable sort
    of the scores keeps ties in that order (one sort of the fused rows, not of both lists and then of the sums)."""
    first = first.astype(np.int64, copy=False)
    second = second.astype(np.int64, copy=False)
    n_first, n_second = len(first), len(second)
    if n_first + n_second == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, np.zeros(0, dtype=np.float64), empty, empty
    seconds = _share_array(weights[1], k, n_second)
    if n_first:
        order = first.argsort()
        at = first[order].searchsorted(second)
        at[at == n_first] = 0  # past the end: compared with any row, which is not the one sought
        both = first[order[at]] == second
    else:
        order = at = np.zeros(n_second, dtype=np.intp)
        both = np.zeros(n_second, dtype=bool)
    j = both.nonzero()[0]  # places in ``second`` of the rows in both lists ...
    i = order[at[j]]  # ... and their places in ``first``
    only = (~both).nonzero()[0]  # places in ``second`` of the rows it alone has
    # A row's shares added in list order (0.0 + a + b, as rrf adds them; + 0.0 as fused.get(row, 0.0) + share).
    scores = np.concatenate((_share_array(weights[0], k, n_first), seconds[only]))
    scores[i] += seconds[j]
    scores += 0.0
    best = (-scores).argsort(kind="stable")[:n]  # best first, ties in order of first appearance
    in_second = np.full(len(scores), -1, dtype=np.int64)
    in_second[i] = j
    in_second[n_first:] = only
    return (np.concatenate((first, second[only]))[best], scores[best], np.where(best < n_first, best, -1),
            in_second[best])


@lru_cache(maxsize=256)
def _share_array(weight: float, k: int, n: int) -> np.ndarray:
    shares = np.array(_rank_shares(weight, k, n), dtype=np.float64)
    shares.flags.writeable = False
    return shares


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
