"""Advice kept for people in a state is a "no" for people the question puts in the opposite state (session 59's blind
test: "leans yes" to a transfusion for a patient "asymptomatic and haemodynamically stable", above a sentence that
reserves it for severe symptomatic anaemia or haemodynamic instability). People in the state keep the advice's yes."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.reserved_state import kept_for, outside_kept
from tests.service.corpora import answered, background_guidelines, built

KEPT = "Gizmo flushing should be reserved for patients with febrile wobble or circulatory instability."


def test_what_a_statement_keeps_and_for_whom() -> None:
    assert kept_for(KEPT) == ("Gizmo flushing should be ", "patients with febrile wobble or circulatory instability")
    assert kept_for("Drugq may be used only if the rash spreads.") is not None
    assert kept_for("Drugq is restricted to adults.") is not None
    assert kept_for("Harms seen so far include, but are not limited to, nausea.") is None  # a list, keeping nothing
    assert kept_for("Gizmo flushing is recommended for wobble.") is None


@pytest.mark.parametrize(("question", "outside"), [
    # the opposite of a kept state, by a prefix either way or by a negator
    ("wobble, pt afebrile and circulation stable - flush the gizmo?", True),
    ("wobble with no fever - gizmo flushing?", False),  # "fever" is another word than "febrile": not read as its state
    ("Is gizmo flushing needed in non-febrile wobble?", True),
    # ... but not where it may be in another kept state the question leaves open ("febrile wobble")
    ("wobble, circulatory status stable - gizmo flushing?", False),
    # people in a kept state keep the yes, whatever else they share or lack
    ("febrile wobble, circulation unstable - flush the gizmo?", False),
    ("wobble with circulatory instability - gizmo flushing?", False),
    # another act: the restriction is not on what is asked
    ("wobble, pt afebrile and stable - drugq?", False),
    # no state named either way
    ("Should we flush the gizmo in wobble?", False),
])
def test_outside_the_kept_state(question: str, outside: bool) -> None:
    assert outside_kept(question, KEPT) is outside


def test_a_word_whose_prefix_no_written_word_confirms_is_itself() -> None:
    # "anaemic" is no negated "aemic": neither text writes "aemic", so it stands for no state either way
    kept = "Blorf infusion should be reserved for patients with anaemic crises or haemic instability."
    assert outside_kept("pt with anaemic crisis, haemically stable - blorf infusion?", kept) is False
    assert outside_kept("pt, no crisis, haemically stable - blorf infusion?", kept) is True


GIZMO = """---
title: "Management of gizmo wobble in adults"
type: guideline
year: 2023
---
# Recommendations

Oral drugq is the first-line treatment for gizmo wobble in adults. Gizmo flushing should be reserved for patients
with symptomatic gizmo wobble or circulatory instability. Most patients recover within weeks on oral drugq.
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmo-kept", {"gizmo.md": GIZMO, **background_guidelines(
        "Migraine prevention", "Asthma in children", "Fever in children")})


def test_no_for_people_outside_the_kept_state(gizmo_index: Path) -> None:
    answer = answered(gizmo_index, "gizmo wobble, pt asymptomatic and circulation stable - gizmo flushing?")
    assert answer.verdict == "no"


def test_yes_stays_for_people_in_the_kept_state(gizmo_index: Path) -> None:
    answer = answered(gizmo_index, "gizmo wobble, pt symptomatic and circulation unstable - gizmo flushing?")
    assert answer.verdict != "no"
