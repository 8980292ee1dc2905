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
    and a sort key per row. Each list must name a row once (a retriever's ranking)."""
    rows = np.concatenate((first, second)).astype(np.int64, copy=False)
    if len(rows) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, np.zeros(0, dtype=np.float64), empty, empty
    shares = np.concatenate((_share_array(weights[0], k, len(first)), _share_array(weights[1], k, len(second))))
    order = rows.argsort(kind="stable")  # a row's entries side by side, its entry in ``first`` first
    ordered = rows[order]
    new = np.empty(len(rows), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    # One or two shares per row, added in list order: what fused.get(row, 0.0) + share gives (0.0 + a is a).
    sums = np.add.reduceat(shares[order], starts) + 0.0
    ends = np.append(starts[1:], len(rows)) - 1
    head, tail = order[starts], order[ends]  # a row's first and last place in first + second
    best = np.lexsort((head, -sums))[:n]  # best score first, ties by first appearance
    head, tail = head[best], tail[best]
    in_first = np.where(head < len(first), head, -1)
    in_second = np.where(tail >= len(first), tail - len(first), -1)
    return ordered[starts][best], sums[best], in_first, in_second


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
