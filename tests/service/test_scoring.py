"""Which sentences can be quoted, and which are near-duplicates of each other (service.answer.scoring)."""
from __future__ import annotations

from service.answer.scoring import near_duplicate, quotable


def test_quotable_and_near_duplicates() -> None:
    assert quotable("Vitamin K2 can reduce the effect of warfarin in patients.")
    assert not quotable("Background")
    assert not quotable("and this continues without an ending")
    assert quotable("miR-25 expression falls in the failing human heart.")
    a = frozenset("vitamin k2 reduces the effect of warfarin".split())
    b = frozenset("vitamin k2 reduces the effect of warfarin strongly".split())
    assert near_duplicate(a, b) and not near_duplicate(a, frozenset("asthma inhaler steps".split()))
