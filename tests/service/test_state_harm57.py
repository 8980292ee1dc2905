"""A harm of an act is no yes to doing the act in that state (``state_harm``; session 57: "can I flush ... if the wall
is torn?" was answered "Yes." above a statement giving the rate at which flushing tears the wall, with the advice
against flushing in people with a damaged wall second). And asked whether two things interact, a statement that only
names one of them carries no yes (session 57)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.state_harm import asked_in_state, harm_of_the_act_led, reports_state_as_harm
from tests.service.corpora import answered, background_guidelines, built

GUIDE = """---
title: "Guideline for blocked gizmo ducts"
type: guideline
year: 2018
---
# Potential harms

Though mostly safe, clearing a blocked duct has risks. Gizmo wall puncture, duct bruising, infection of the duct or
wibble loss occurs in roughly one of every 800 gizmo duct flushes.

# Recommendations

Duct flushing should not be performed in people who have a nonwhole gizmo wall or earlier duct surgery, as the wall
can be thin and prone to puncture.
"""

SUPPLEMENTS = """---
title: "Frobamin supplements and blood thinners"
type: guideline
year: 2019
---
# Background

Most frobamin supplements sold in shops contain FB-7, while FB-4 is licensed in one country as a bone drug.
Frobamin can weaken the effect of wobbarin, and people on wobbarin should keep their frobamin intake steady.
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "duct", {"duct.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                    "Asthma in children")})


def test_asked_state_and_harm_reading() -> None:
    act, state = asked_in_state("can I flush a blocked gizmo duct if gizmo wall torn?") or (frozenset(), frozenset())
    assert {"flush", "duct"} <= act and {"wall", "torn"} <= state
    assert asked_in_state("Is flushing safe for a blocked gizmo duct?") is None
    torn = frozenset({"gizmo", "wall", "tear"})
    assert reports_state_as_harm("Gizmo wall tearing happens in about 1 in 800 duct flushes, a rate of concern.",
                                 frozenset({"gizmo", "wall"}))
    # A warning is advice, not a report of a harm.
    assert not reports_state_as_harm("Flushing should not be used where the gizmo wall may tear.", torn)


def test_harm_then_advice_against() -> None:
    from service.answer.scoring import Candidate
    from unittest.mock import MagicMock

    def cand(text: str, score: float) -> Candidate:
        from index.lexical import tokenize
        c = MagicMock(spec=Candidate)
        c.text, c.score, c.terms = text, score, frozenset(tokenize(text))
        return c
    harm = cand("Gizmo wall tearing occurs in roughly one of every 800 gizmo duct flushes.", 1.0)
    advice = cand("Duct flushing should not be performed in people who have a damaged gizmo wall.", 0.9)
    found, against = harm_of_the_act_led("can I flush a blocked gizmo duct if the gizmo wall is tearing?", harm,
                                    [harm, advice], 0.7)
    assert found and against is advice
    found, against = harm_of_the_act_led("can I flush a blocked gizmo duct if the gizmo wall is tearing?", harm, [harm],
                                    0.7)
    assert found and against is None


def test_no_yes_from_a_harm_of_the_act(guide_index: Path) -> None:
    answer = answered(guide_index, "can I flush a blocked gizmo duct if gizmo wall punctured?")
    assert answer.verdict != "yes"


@pytest.fixture(scope="module")
def supplement_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "frobamin", {"frob.md": SUPPLEMENTS,
                                                **background_guidelines("Migraine prevention", "Asthma in children")})


def test_no_interaction_yes_from_a_naming_statement(supplement_index: Path) -> None:
    answer = answered(supplement_index, "pt on gizmaxaban also taking FB-7 supplement - any interaction?")
    assert answer.verdict != "yes"
