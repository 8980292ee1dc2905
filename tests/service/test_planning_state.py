"""Session 56: people planning a state (pregnancy, surgery) are about to be in it, so advice against a thing in that
state answers for them. "a patient planning pregnancy", "a woman trying to get pregnant", "intending to undergo
surgery" name the state after a participle of planning or trying (``subgroup.asked_states``); the state is read as the
people's (``pipeline.people_states``), and "Zorbamate must be avoided in pregnancy" says no for them as it does for a
pregnant woman. Made-up names throughout."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.pipeline import people_states
from service.answer.question import read_question
from service.answer.subgroup import asked_states
from tests.service.corpora import answered, background_guidelines, built, lead_text

GIZMO = """---
title: "Gizmo headache: prevention"
type: guideline
year: 2022
---
# Preventive drugs

Gizmolol is recommended as a first-line preventive drug for gizmo headache in many guidelines. Zorbamate is an
effective first-line alternative, but it must be avoided in pregnancy and women of childbearing potential need
effective contraception because of the risk of birth defects. Zorbamate can cause tingling and weight loss.
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmoplan56", {"gizmo.md": GIZMO, **background_guidelines(
        "Asthma in children", "Exercise for knee osteoarthritis", "Eczema in children", "Fever in children")})


def test_a_state_planned_or_tried_for_is_the_peoples_state() -> None:
    assert asked_states("patient planning pregnancy") == ("pregnancy",)
    assert asked_states("woman planning a pregnancy") == ("pregnancy",)
    assert asked_states("woman trying to get pregnant") == ("pregnancy",)
    assert asked_states("man intending to undergo surgery") == ("surgery",)
    # What they try to do with a thing is no state ("trying to take", "planning to stop").
    assert asked_states("woman trying to stop zorbamate") == ()
    assert "pregnancy" in people_states(read_question("Is zorbamate ok in a patient planning pregnancy?"))


def test_advice_against_it_in_the_planned_state_is_a_no(gizmo_index: Path) -> None:
    for question in ("Is zorbamate ok in a patient planning pregnancy?",
                     "Is zorbamate ok for a woman trying to get pregnant?",
                     "Is zorbamate safe in pregnancy?"):
        answer = answered(gizmo_index, question)
        assert answer.verdict == "no", question
        assert lead_text(answer).startswith("Zorbamate is an effective first-line alternative, but it must be avoided")
