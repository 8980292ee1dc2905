"""A statement on people whose marker has the other sign ("frobnase negative") does not lead, nor is quoted as closest
evidence, for a question on people with the asked sign ("frobnase positive ...") (``sign_states``; session 55, blind
test D: an HBsAg-positive question was led by the recommendation for HBsAg-negative people)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.sign_states import of_opposite_sign
from tests.service.corpora import answered, background_guidelines, built

GUIDE = """---
title: "Frobvirus reactivation during gizmozumab therapy"
type: guideline
year: 2016
---
# Recommendations

In people who are frobnase negative and zib positive and are starting gizmozumab or other wobble cell-depleting
therapies: give lamblivir to prevent viral flares, and keep giving it until half a year has passed since the last dose.

In people who are frobnase positive and are starting gizmozumab: offer antiviral prophylaxis with tenoblivir and
continue it for at least 12 months after stopping gizmozumab.
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "frobv", {"frobv.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                      "Asthma in children")})


def test_the_other_sign_is_another_group() -> None:
    q = "frobnase positive patient starting gizmozumab: antiviral prophylaxis?"
    assert of_opposite_sign(q, "In people who are frobnase negative and zib positive: offer lamblivir.")
    assert of_opposite_sign(q, "In frobnase-negative people offer lamblivir.")
    assert not of_opposite_sign(q, "In people who are frobnase positive: offer tenoblivir.")
    assert not of_opposite_sign(q, "Test frobnase positive and frobnase negative people alike.")
    # A sign of no marker: "a negative" is said of the thing after it.
    assert not of_opposite_sign("Can a negative zib test rule out frobosis?", "After a positive zib test, refer.")


def test_the_asked_signs_advice_is_quoted_first(guide_index: Path) -> None:
    answer = answered(guide_index, "frobnase positive patient starting gizmozumab: antiviral prophylaxis, and for how "
                                   "long after it stops?")
    assert "frobnase negative" not in answer.bottom_line.text.split(". ")[0]
