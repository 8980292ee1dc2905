"""Of a guideline's sentences that meet the value a question gives, advice leads the closest evidence, not a sentence
on the people its studies enrolled (session 67; g66 S12: "head AIS 4, SBP 130, HR 95 - beta blocker?" opened on a
sentence on the Head AIS grades (4 to 5) its cohort studies had enrolled, the recommendation second)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.corpora import answered, background_guidelines, built, guideline_file

BODY = """The majority of the cohort studies of gizmolol included patients with a wobble score of 3 to 4.

In adults with no contraindication, the authors conditionally recommend in-hospital G-blockers provided that a slow
heartbeat (defined as a heart rate <45 beats per minute) is avoided.

Falls from a height cause most gizmo injuries in older adults.
"""


@pytest.fixture(scope="module")
def fall_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmo-fall", {"fall.md": guideline_file("Gizmolol after a gizmo fall", BODY),
                                                  **background_guidelines("Migraine prevention", "Asthma in children")})


def test_advice_the_case_meets_leads_before_a_study_population_it_meets(fall_index: Path) -> None:
    answer = answered(fall_index, "gizmo fall, wobble score 3, HR 80 - reasonable to start gizmolol?")
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert first.startswith("In adults with no contraindication")

