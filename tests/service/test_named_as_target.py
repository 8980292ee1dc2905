"""A statement that names the asked thing only as what another agent acts against ("a vitamin Q antagonist") says
nothing of giving the thing itself: no yes or no leans on it (``verdict_closest_advice.only_as_target``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.verdict_closest_advice import only_as_target
from tests.service.corpora import answered, background_guidelines, built

CLOTS = """---
title: "Management of zorbic infarction"
type: guideline
year: 2020
---
# Recommendations

The duration of triple therapy with a vitamin Q antagonist, aspirin, and a blorp inhibitor should be kept as short as
we can to lower the risk of bleeding.

Targeting vitamin Q antagonist therapy to a lower clotting ratio might be considered in patients with zorbic infarction
who are receiving two antiplatelet drugs.

Anticoagulant therapy with a vitamin Q antagonist is reasonable for patients with zorbic infarction and a mural clot.
"""


@pytest.fixture(scope="module")
def clots_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "named-as-target", {"clots.md": CLOTS, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


@pytest.mark.parametrize("question", [
    "Should vitamin Q be given to reverse a high clotting ratio without bleeding?",
    "high clotting ratio, no bleeding - give vitamin Q?",
])
def test_advice_on_its_antagonist_gives_no_verdict_on_the_thing(clots_index: Path, question: str) -> None:
    assert answered(clots_index, question).verdict not in ("yes", "no")


def test_only_as_target() -> None:
    thing = frozenset(tokenize("vitamin Q"))
    assert only_as_target(thing, "Therapy with a vitamin Q antagonist should be minimized.")
    # named on its own as well: the thing itself is spoken of
    assert not only_as_target(thing, "Give vitamin Q; a vitamin Q antagonist should then be paused.")
    # the agent's own name asked ("blorp inhibitor"): named as asked
    assert not only_as_target(frozenset(tokenize("blorp inhibitor")), "A blorp inhibitor should be minimized.")
