"""A value asked after a word is named by a range of values after that word that holds it ("stage 3" in "stages 2 to
4"), read by its ends alone: a range of any width is read at once (``mismatch._value_said``)."""
from __future__ import annotations

import time

from service.answer.mismatch import slot

Q = "wobble kidney disease stage 3 - start a flimstatin?"


def test_a_range_holding_the_asked_value_names_it() -> None:
    assert slot(Q, "The panel recommends starting a flimstatin in wobble kidney disease stage 2 to 4.") == 1
    assert slot(Q, "The panel recommends starting a flimstatin in wobble kidney disease stage 4 to 5.") == -1


def test_a_wide_range_is_read_at_once() -> None:
    start = time.perf_counter()
    assert slot(Q, "The panel recommends starting a flimstatin in wobble kidney disease stage 1 to 30000000.") == 1
    assert time.perf_counter() - start < 1.0
