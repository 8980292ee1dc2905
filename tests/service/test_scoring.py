"""Which sentences can be quoted, and which are near-duplicates of each other (service.answer.scoring)."""
from __future__ import annotations

import pytest

from service.answer.scoring import near_duplicate, quotable


def test_quotable_and_near_duplicates() -> None:
    assert quotable("Vitamin K2 can reduce the effect of warfarin in patients.")
    assert not quotable("Background")
    assert not quotable("and this continues without an ending")
    assert quotable("miR-25 expression falls in the failing human heart.")
    a = frozenset("vitamin k2 reduces the effect of warfarin".split())
    b = frozenset("vitamin k2 reduces the effect of warfarin strongly".split())
    assert near_duplicate(a, b) and not near_duplicate(a, frozenset("asthma inhaler steps".split()))


def test_a_heading_or_objective_that_ends_in_a_bracket_is_not_a_sentence() -> None:
    assert not quotable("New oral anticoagulants (dabigatran, rivaroxaban, apixaban, edoxaban)")
    assert not quotable("To update an earlier clinical practice guideline on otitis externa (AAO-HNSF).")
    assert quotable("Drug X reduced mortality in the trial (hazard ratio 0.8, 95% CI 0.7 to 0.9).")
    assert quotable("Drug X was effective in older adults (aged 65 years or more.)")



@pytest.mark.parametrize("sentence", [
    # a question reported asserts nothing (session 22: this led "Can zorbinol dissolve gizmo deposits?" as "Yes.")
    "Zorbinol is sometimes promoted for gizmo deposits, and patients often ask whether zorbinol could dissolve them.",
    "The present study aimed to evaluate the effect of zorbinol on gizmo deposits in adults.",
    "The current study examined the association of gizmo deposits with shoulder pain in adults.",
])
def test_a_reported_question_or_a_study_s_aim_is_closest_evidence_only(sentence: str) -> None:
    assert not quotable(sentence) and quotable(sentence, allow_aim=True)
