"""Statements on other people than the question asks of carry no yes or no for them (``verdict_people``): advice of
immediate drugx for children under 6 months, or under 2 years with infection in both ears, is no "yes" for an 18 month
old with infection in one ear and mild fever; only such statements make the verdict "uncertain" (session 54)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.pipeline import rank_evidence, read_yes_no
from service.answer.question import read_question
from tests.service.corpora import EAR_GUIDELINE, answered, background_guidelines, built

GUIDELINE = EAR_GUIDELINE


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "people", {"gizmo.md": GUIDELINE,
                                              **background_guidelines("Migraine prevention", "Fever in children")})


def test_advice_for_other_children_is_no_yes_for_the_asked_one(index_dir: Path) -> None:
    answer = answered(index_dir, "Should an 18 month old with gizmo ear infection in one ear and mild fever get "
                                 "immediate drugx?")
    assert answer.verdict != "yes"


def test_advice_for_the_asked_child_still_answers(index_dir: Path) -> None:
    answer = answered(index_dir, "Should an 18 month old with gizmo ear infection in both ears get immediate drugx?")
    assert answer.verdict == "yes"


ADULTS_ONLY = """---
title: "Gizmoxaban for gizmo clots"
type: guideline
year: 2022
---
# Gizmoxaban for gizmo clots

## Recommendations

Gizmoxaban is an option recommended for treating gizmo clots and for stopping their return in adults.
"""


@pytest.fixture(scope="module")
def adults_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "adults", {"clots.md": ADULTS_ONLY,
                                              **background_guidelines("Migraine prevention", "Fever in children")})


def test_advice_for_adults_alone_is_no_yes_for_a_child(adults_dir: Path) -> None:
    # Session 55's blind test: "yes" to a treatment for a 12-year-old child from an appraisal for adults only, the
    # only statement there was (it was read when no statement on the asked people remained). Read where the verdict
    # is decided: on this small corpus a later rule leaves the answer "insufficient" either way.
    index = open_index(adults_dir)
    try:
        def verdict(question: str) -> str | None:
            q = read_question(question)
            return read_yes_no(q, rank_evidence(index, q)).verdict
        assert verdict("Can gizmoxaban be used to treat gizmo clots in a 12-year-old child?") == "uncertain"
        assert verdict("Can gizmoxaban be used to treat gizmo clots in adults?") == "yes"
    finally:
        index.close()
