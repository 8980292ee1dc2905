"""One reading of a word clipped short (``clipped.clips``), which the measure names of cutoffs and the things named in
closest advice share."""
from __future__ import annotations

import pytest

from service.answer.clipped import clips


@pytest.mark.parametrize(("short", "word", "least", "growth", "clip"), [
    ("creat", "creatinine", 4, 1.0, True),
    ("bili", "bilirubin", 4, 1.0, True),
    ("cr", "creatinine", 4, 1.0, False),  # too short: as often initials of another word
    ("creatinine", "creatinine", 4, 1.0, False),  # the whole word is no clip of itself
    ("strep", "streptococcal", 5, 2.0, True),
    ("insulin", "insulinoma", 5, 2.0, False),  # opens the same way, but not clipped from it
    ("b12x", "b12xyzzzzz", 4, 1.0, False),  # letters only
])
def test_a_clip_opens_a_longer_word(short: str, word: str, least: int, growth: float, clip: bool) -> None:
    assert clips(short, word, least, growth) is clip
