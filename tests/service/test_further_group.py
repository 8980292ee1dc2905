"""Advice for the asked people narrowed by "who have ..." to a subgroup the case is not said to be in carries no yes
for the case (``further_group.narrowed_past_the_case``): a lean on it had read "recommends X in women with Y who
have Z" as a yes for a woman with Y alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.further_group import narrowed_past_the_case
from tests.service.candidates import candidate
from tests.service.corpora import answered, background_guidelines, built

WOBBLE = """---
title: "Treatment of frimble ovary syndrome"
type: guideline
year: 2019
---
# Recommendations

The Task Force recommends zorbamin in women with FOS who have glorp diabetes or who fail diet change (1|+++O).

Zorbamin (recommendation against use as first-line therapy for skin findings or for obesity)
"""


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "further-group", {"wobble.md": WOBBLE, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


@pytest.mark.parametrize("question", [
    "27F FOS, BMI 31, mostly bothered by pimples - start zorbamin first for the skin?",
    "27F FOS, BMI 31, mostly bothered by pimples. start zorbamin first for the skin?",
])
def test_advice_for_a_narrower_subgroup_gives_the_case_no_yes(wobble_index: Path, question: str) -> None:
    assert answered(wobble_index, question).verdict != "yes"




def test_narrowed_past_the_case() -> None:
    advice = "The panel recommends zorbamin in women with FOS who have glorp diabetes."
    assert narrowed_past_the_case("27F FOS - zorbamin?", candidate(advice, kind=DocumentKind.GUIDELINE))
    # the case states the narrowing state: the advice is for it
    assert not narrowed_past_the_case("27F FOS and glorp diabetes - zorbamin?",
                                      candidate(advice, kind=DocumentKind.GUIDELINE))
    # no relative clause: advice for all the asked people
    assert not narrowed_past_the_case("27F FOS - zorbamin?", candidate(
        "The panel recommends zorbamin in women with FOS.", kind=DocumentKind.GUIDELINE))
    # a study names whom it enrolled: no advice narrowed
    assert not narrowed_past_the_case("27F FOS - zorbamin?", candidate(advice))
