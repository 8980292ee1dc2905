"""A rule for people with any one of several things ("... one or more of the following: A, B, or C") is for a patient
with A even where C is another state than the patient's (session 67: imaging advised for infants with a listed risk
factor, one of them a history of instability, was set aside for a stable infant born with the first risk factor)."""
from __future__ import annotations

from service.answer.case_state import for_another_state_text

QUESTION = "baby born by gizmo delivery, joints stable on exam - need a scan?"


def test_one_fitting_alternative_keeps_the_rule_for_the_case() -> None:
    rule = ("Perform a scan before 4 months in babies with one or more of these risk factors: gizmo delivery, an "
            "affected sibling, or previous joint instability.")
    assert not for_another_state_text(QUESTION, rule)


def test_other_state_without_alternatives_is_still_another_case() -> None:
    assert for_another_state_text(QUESTION, "Perform a scan before 4 months in babies with joint instability.")


def test_alternatives_none_of_which_fits_are_still_another_case() -> None:
    rule = ("Perform a scan in babies with any of the following: an affected sibling or previous joint "
            "instability.")
    assert for_another_state_text(QUESTION, rule)
