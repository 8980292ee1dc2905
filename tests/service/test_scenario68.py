"""A case scenario a source sets out to rate bears no yes or no on its own (``scenario.scenario_only``)."""
from __future__ import annotations

import pytest

from service.answer.scenario import scenario_only


@pytest.mark.parametrize(("text", "only"), [
    ("Variant 1: gizmo patient aged 70, four new lesions on a blip scan. All lesions under 3 cm.", True),
    ("Clinical scenario: adult with a sore wobble gland after a fall.", True),
    # a rated row, or advice, is more than the case
    ("Variant 1: gizmo patient aged 70, four new lesions - zorbitherapy alone: Rating 2 (Usually not appropriate).",
     False),
    ("Variant 3: adult with a sore wobble gland; zorbicillin should be offered.", False),
    # no label: a finding or a statement of the source's own
    ("A gizmo patient aged 70 with four new lesions improved on zorbitherapy.", False),
])
def test_a_labelled_case_with_no_rating_or_advice_is_scenario_only(text: str, only: bool) -> None:
    assert scenario_only(text) is only
