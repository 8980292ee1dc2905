"""Advice that judges a thing unfit ("is seldom needed and may be inappropriate", "is not warranted") and an
adviser's "does not suggest X" are advice against X (session 66, after the unseen blind test: "yes" to a transfusion
led by a sentence calling it unnecessary at the case's level, and "leans yes" to compression beside a committee's
"does not suggest compression" for the case's index). A need to do something else ("unnecessary to stop X") and a
finding's "does not suggest a benefit" or past "was inappropriate" stay as they were."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.polarity import stance
from tests.service.corpora import answered, background_guidelines, built, guideline_file


@pytest.mark.parametrize("text", [
    "In calm adult patients, with a zorbin level above 80 units, a flarp infusion is often unnecessary and may be "
    "inappropriate.",
    "For stable wobble, a gizmo scan is not warranted.",
    "A gizmo scan is seldom needed and may be inappropriate for calm adults.",
    "Gizmo splints are inappropriate for people with a torn wibble.",
    "For a wobble ulcer with poor pulses, the panel does not suggest tight gizmo wraps.",
    "We do not suggest tight gizmo wraps if the ankle index is low.",
])
def test_a_judgement_of_no_need_or_an_advisers_not_suggesting_is_against(text: str) -> None:
    assert stance(text) == "against"


@pytest.mark.parametrize("text", [
    "It is unnecessary to stop the zorbin tablets before a dental visit.",
    "Flarp prescribing was inappropriate in a third of the visits studied.",
    "This does not suggest a benefit of gizmo wraps.",
    "A gizmo scan is necessary before surgery.",
    "A dose of zorbin, 20 mg daily for 5 days, suits most adults, and a taper is unnecessary.",
])
def test_a_need_to_go_on_a_finding_or_a_need_stated_is_not_against(text: str) -> None:
    assert stance(text) != "against"


FLARP = guideline_file("Flarp infusion for zorbin deficit in calm adults", (
    "In calm adult patients, evidence from other groups suggests that, with a zorbin level above 80 units, a flarp "
    "infusion is seldom needed and may be inappropriate. With a zorbin level below 50 units, a flarp infusion is "
    "likely to be needed."))


@pytest.fixture(scope="module")
def flarp_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "unneeded66", {"flarp.md": FLARP, **background_guidelines(
        "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults", "Asthma in children")})


def test_a_lead_calling_the_asked_thing_unnecessary_at_the_case_level_gives_no_yes(flarp_index: Path) -> None:
    a = answered(flarp_index, "calm 40M day 2 after surgery, zorbin level 85 units, no symptoms - flarp infusion?")
    assert a.verdict != "yes"
