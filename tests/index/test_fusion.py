"""Rank fusion against values worked out by hand (as ranx's fusion tests do)."""
from __future__ import annotations

import numpy as np
import pytest

from index.fusion import normalized_sum, rrf


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
