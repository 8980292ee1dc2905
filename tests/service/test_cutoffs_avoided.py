"""A number the advice keeps the patient clear of ("... provided low pressure (MAP <55 mmHg) is avoided") bounds whom
the advice is for on its other side: a case well above it is the case the advice is for, not "another case" (session
67: a conditional recommendation for a drug, made provided hypotension and bradycardia were avoided, was dropped for a
patient with a normal pressure)."""
from __future__ import annotations

from service.answer.cutoffs import cutoffs, threshold_met

ADVICE = ("In adults after a gizmo burn, we suggest early zorbanol provided that low pressure (MAP <55 mmHg) and a "
          "slow pulse (HR <45 per minute) are avoided.")


def test_threshold_said_to_be_avoided_bounds_on_its_other_side() -> None:
    assert {c.direction for c in cutoffs(ADVICE)} == {"ge"}
    assert threshold_met("gizmo burn yesterday, MAP 80, HR 100 - start zorbanol?", ADVICE) == "met"
    assert threshold_met("gizmo burn yesterday, MAP 50 - start zorbanol?", ADVICE) == "unmet"


def test_threshold_after_avoiding_bounds_on_its_other_side() -> None:
    assert {c.direction for c in cutoffs("Give zorbanol while avoiding a MAP <55 mmHg in the first day.")} == {"ge"}


def test_threshold_of_whom_advice_is_for_still_bounds() -> None:
    assert threshold_met("gizmo burn yesterday, MAP 80 - start zorbanol?",
                         "Give zorbanol if MAP <55 mmHg after a gizmo burn.") == "unmet"
