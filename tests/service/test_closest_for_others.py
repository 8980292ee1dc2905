"""Closest evidence whose statements naming the asked treatment are all for other people (adults, for a
12-year-old) gives no yes or no, though a note beside them names no age (``pipeline._closest_for_others``; session
55, blind test D: "yes" for a child from an appraisal recommending a drug "in adults", beside a note on what the
appraisal left out)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.corpora import answered, background_guidelines, built

GUIDE = """---
title: "Gizmoxaban for treating blorb embolism and preventing recurrent venous blorbosis"
type: guideline
year: 2013
---
# Recommendations

Gizmoxaban is recommended as an option for treating blorb embolism (BE) and preventing recurrent deep vein blorbosis and
BE in adults. Note: The decision problem does not include patients with severe renal disease or with an increased risk
of bleeding, or patients who are haemodynamically unstable.
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizx", {"gizx.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                    "Asthma in children")})


def test_no_yes_for_a_child_from_advice_for_adults(guide_index: Path) -> None:
    answer = answered(guide_index, "Can gizmoxaban be used to treat blorb embolism in a 12-year-old child?")
    assert answer.verdict not in ("yes", "no")
