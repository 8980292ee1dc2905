"""Rank fusion against values worked out by hand (as ranx's fusion tests do)."""
from __future__ import annotations

import numpy as np
import pytest

import operator

from index.fusion import normalized_sum, rrf, rrf_top


def rows(*ids: int) -> np.ndarray:
    return np.array(ids, dtype=np.int64)


def test_rrf_sums_reciprocal_ranks_with_the_textbook_k() -> None:
    lexical, dense = rows(10, 20, 30), rows(30, 40)
    fused = rrf([lexical, dense], k=60)
    assert fused == pytest.approx({
        10: 1 / (60 + 1),
        20: 1 / (60 + 2),
        30: 1 / (60 + 3) + 1 / (60 + 1),  # third in one list, first in the other
        40: 1 / (60 + 2),
    })
    assert max(fused, key=fused.get) == 30


def test_rrf_weights_each_list_and_a_small_k_favours_top_ranks() -> None:
    fused = rrf([rows(10, 20, 30), rows(30, 40)], weights=[2.0, 0.5], k=5)
    assert fused == pytest.approx({
        10: 2.0 / (5 + 1),
        20: 2.0 / (5 + 2),
        30: 2.0 / (5 + 3) + 0.5 / (5 + 1),
        40: 0.5 / (5 + 2),
    })


def test_rrf_of_an_empty_list_adds_nothing() -> None:
    assert rrf([rows(), rows(7, 8)], k=60) == pytest.approx({7: 1 / 61, 8: 1 / 62})
    assert rrf([rows(), rows()]) == {}


def test_normalized_sum_min_max_scales_each_list_then_weights_it() -> None:
    lexical = (rows(1, 2, 3), np.array([10.0, 6.0, 2.0], dtype=np.float32))  # -> 1, 0.5, 0
    dense = (rows(3, 4), np.array([0.9, 0.5], dtype=np.float32))  # -> 1, 0
    fused = normalized_sum([lexical, dense], weights=[1.0, 2.0])
    assert fused == pytest.approx({1: 1.0, 2: 0.5, 3: 0.0 + 2.0 * 1.0, 4: 0.0})


def test_normalized_sum_skips_an_empty_list() -> None:
    empty = (rows(), np.zeros(0, dtype=np.float32))
    dense = (rows(5, 6, 7), np.array([0.8, 0.6, 0.4], dtype=np.float32))  # -> 1, 0.5, 0
    assert normalized_sum([empty, dense], weights=[1.0, 1.0]) == pytest.approx({5: 1.0, 6: 0.5, 7: 0.0})


def test_normalized_sum_gives_rows_tying_for_a_whole_list_its_top_score() -> None:
    alone = (rows(8), np.array([3.2], dtype=np.float32))  # one hit: the best of its list -> 1
    tied = (rows(8, 9), np.array([0.7, 0.7], dtype=np.float32))  # both the best -> 1, 1
    assert normalized_sum([alone, tied], weights=[1.0, 0.5]) == pytest.approx({8: 1.0 + 0.5, 9: 0.5})


def _bits(values: list[float]) -> list[bytes]:
    return [np.float64(v).tobytes() for v in values]


def test_rrf_fast_path_adds_as_the_loop_does_and_keeps_first_appearance_order() -> None:
    # Rows once per list take the vectorised path, a list naming a row twice the loop; both must give the
    # dictionary the plain loop gives, in its insertion order, to the bit.
    rng = np.random.default_rng(3)
    for _ in range(300):
        lists = [rng.permutation(80)[:int(rng.integers(0, 60))] for _ in range(int(rng.integers(1, 4)))]
        lists.append(rng.integers(0, 80, size=int(rng.integers(0, 20))))  # may repeat a row
        weights = [float(w) for w in rng.choice([0.5, 1.0, 2.0], size=len(lists))]
        plain: dict[int, float] = {}
        for ranking, weight in zip(lists, weights):
            for rank, row in enumerate(ranking.tolist(), start=1):
                plain[row] = plain.get(row, 0.0) + weight / (5 + rank)
        fused = rrf(lists, weights, k=5)
        assert list(fused) == list(plain)
        assert _bits(list(fused.values())) == _bits(list(plain.values()))


def test_rrf_top_is_the_sorted_rrf_with_each_rows_place_in_both_lists() -> None:
    rng = np.random.default_rng(11)
    for _ in range(500):
        n_rows = int(rng.integers(1, 200))
        first = rng.permutation(n_rows)[:int(rng.integers(0, min(n_rows, 100) + 1))]
        second = rng.permutation(n_rows)[:int(rng.integers(0, min(n_rows, 100) + 1))]
        weights = (float(rng.choice([1.0, 0.5])), float(rng.choice([1.0, 2.0])))  # equal weights make ties
        k, n = int(rng.choice([5, 60])), int(rng.integers(1, 120))
        want = sorted(rrf([first, second], list(weights), k).items(), key=operator.itemgetter(1), reverse=True)[:n]
        rows, scores, in_first, in_second = rrf_top(first, second, weights, k, n)
        assert rows.tolist() == [row for row, _ in want]
        assert _bits(scores.tolist()) == _bits([score for _, score in want])
        for row, i, j in zip(rows.tolist(), in_first.tolist(), in_second.tolist()):
            assert i == (first.tolist().index(row) if row in first else -1)
            assert j == (second.tolist().index(row) if row in second else -1)


def test_rrf_top_of_two_empty_lists_is_empty() -> None:
    rows, scores, in_first, in_second = rrf_top(rows_of(), rows_of(), (1.0, 1.0), 5, 10)
    assert len(rows) == len(scores) == len(in_first) == len(in_second) == 0


def rows_of(*ids: int) -> np.ndarray:
    return np.array(ids, dtype=np.int64)


@pytest.mark.parametrize("empty", ["first", "second"])
def test_rrf_top_with_one_list_empty_is_the_other_in_its_order(empty: str) -> None:
    """One retriever finding nothing (a query of stop words only): the other's ranking, each row's place in it, -1
    for the empty list, in the dtypes of a fused ranking (int64 rows and places, float64 scores)."""
    found = np.array([7, 3, 9, 1], dtype=np.int32)  # a retriever may give int32 rows: fused rows are int64
    first, second = (rows_of(), found) if empty == "first" else (found, rows_of())
    rows, scores, in_first, in_second = rrf_top(first, second, (1.0, 0.5), 5, 3)
    assert rows.tolist() == [7, 3, 9] and rows.dtype == np.int64 and scores.dtype == np.float64
    weight = 1.0 if empty == "second" else 0.5
    assert _bits(scores.tolist()) == _bits([weight / (5 + rank) for rank in (1, 2, 3)])
    placed, absent = (in_second, in_first) if empty == "first" else (in_first, in_second)
    assert placed.tolist() == [0, 1, 2] and absent.tolist() == [-1, -1, -1]
    assert in_first.dtype == in_second.dtype == np.int64


def test_rrf_top_ties_across_the_lists_keep_first_appearance() -> None:
    """Rows tied on their fused score come in the order they first appear in first + second: a row only the
    second list has comes after every row of the first list with its score."""
    first, second = rows_of(1, 2, 3), rows_of(4, 5, 6)  # no row in both: rank r of each list ties
    rows, _, in_first, in_second = rrf_top(first, second, (1.0, 1.0), 5, 6)
    assert rows.tolist() == [1, 4, 2, 5, 3, 6]
    assert in_first.tolist() == [0, -1, 1, -1, 2, -1] and in_second.tolist() == [-1, 0, -1, 1, -1, 2]
