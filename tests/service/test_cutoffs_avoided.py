"""A number the advice keeps the patient clear of ("... provided low pressure (MAP <55 mmHg) is avoided") is no bound
of whom the advice is for: a case well above it is not "another case" (session 67: a conditional recommendation for a
drug, made provided hypotension and bradycardia were avoided, was dropped for a patient with a normal pressure)."""
from __future__ import annotations

from service.answer.cutoffs import cutoffs, threshold_met

ADVICE = ("In adults after a gizmo burn, we suggest early zorbanol provided that low pressure (MAP <55 mmHg) and a "
          "slow pulse (HR <45 per minute) are avoided.")


def test_threshold_said_to_be_avoided_sets_no_bound() -> None:
    assert cutoffs(ADVICE) == frozenset()
    assert threshold_met("gizmo burn yesterday, MAP 80, HR 100 - start zorbanol?", ADVICE) is None


def test_threshold_after_avoiding_sets_no_bound() -> None:
    assert cutoffs("Give zorbanol while avoiding a MAP <55 mmHg in the first day.") == frozenset()


def test_threshold_of_whom_advice_is_for_still_bounds() -> None:
    assert threshold_met("gizmo burn yesterday, MAP 80 - start zorbanol?",
                         "Give zorbanol if MAP <55 mmHg after a gizmo burn.") == "unmet"
