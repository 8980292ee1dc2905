"""A shorthand question whose last clause opens on a bare verb of stopping ("pt on X needs Y - stop X first?") asks
whether to stop X, as "Should X be stopped ...?" does (``polarity.asks_to_stop``): advice not to discontinue X
answers it "no" (session 55, blind test D: "yes" above advice not to interrupt an anticoagulant for a dental
extraction)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.polarity import asks_to_stop
from tests.service.corpora import answered, background_guidelines, built

GUIDE = """---
title: "Management of patients on gizmoparin undergoing blorbal surgery"
type: guideline
year: 2015
---
# Recommendations

A - Gizmoparin should not be discontinued for minor blorbal surgery done as a day case, a blorbectomy among them.
B - Local haemostatic measures are advised after blorbectomy in patients taking gizmoparin.
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmo", {"gizmo.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                      "Asthma in children")})


def test_a_bare_stop_verb_asks_to_stop() -> None:
    assert asks_to_stop("pt on gizmoparin needs a blorbectomy - stop gizmoparin first?")
    assert asks_to_stop("stop gizmoparin before blorbectomy?")
    # Not a verb of stopping that is not the question's last clause's head, nor what something helps to stop.
    assert not asks_to_stop("How to stop gizmoparin safely?")
    assert not asks_to_stop("Does counselling help patients stop smoking?")


def test_advice_not_to_discontinue_answers_no(guide_index: Path) -> None:
    answer = answered(guide_index, "pt on gizmoparin needs blorbal surgery - stop gizmoparin first?")
    assert answer.verdict == "no"
