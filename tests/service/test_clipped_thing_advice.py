"""A case note names its thing in clipped words ("glori" of "gloriococcal") and by a noun of measuring the guideline
words as its verb ("test"), and the guideline gives its advice as a denied infinitive after the adviser ("It is the
consensus of our panel is to NOT test for ..."): that advice names the asked thing and points against it, so it settles
the note with a plain no (``verdict_closest_advice.thing_named``, ``polarity.AGAINST``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.polarity import stance
from service.answer.verdict_closest_advice import DashedAsk, advised_way, thing_named
from service.api.render import verdict_label
from tests.service.corpora import answered, background_guidelines, built

THROATS = """---
title: "Acute scratchy throat in adults"
type: guideline
year: 2022
---
# Recommendations

Consensus Recommendation: The consensus of our panel is to NOT test for Gloriococcal (GLC) wobblitis in patients
with Frimble scores less than three or when hoarse features like sneezing are present.

Antibiotics are recommended for patients with proven Gloriococcal wobblitis.
"""


@pytest.fixture(scope="module")
def throats_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "clipped-thing", {"throats.md": THROATS, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})


@pytest.mark.parametrize("question", [
    "19M scratchy throat with sneezing, Frimble 2 - quick glori test?",
    "19M scratchy throat with sneezing, Frimble 2. quick glori test?",
])
def test_denied_consensus_on_the_clipped_thing_settles_a_no(throats_index: Path, question: str) -> None:
    answer = answered(throats_index, question)
    assert verdict_label(answer) == "no"
    assert answer.bottom_line.text.startswith("No.")


def test_consensus_not_to_do_it_is_advice_against() -> None:
    topic = frozenset({"test"})
    assert advised_way("The consensus of our panel is to NOT test for wobblitis.", topic) == "against"
    assert advised_way("The panel recommends to not test for wobblitis.", topic) == "against"
    assert advised_way("The panel recommends testing for wobblitis.", topic) == "for"


@pytest.mark.parametrize("text", [
    "The consensus of our panel is to not discontinue zorbin before surgery.",  # keep on: not against it
    "It is advisable not to exceed 4 g of zorbin daily.",  # a limit, not advice against it
    "We advise patients to not skip doses of zorbin.",
])
def test_a_denied_stopping_or_limit_is_no_advice_against(text: str) -> None:
    assert stance(text, frozenset({"zorbin"})) != "against"


def _asked(name: str, thing: set[str]) -> DashedAsk:
    return DashedAsk(name, frozenset(thing), frozenset(), (frozenset(thing),), frozenset(), frozenset())


def test_a_clip_names_the_long_word_it_opens() -> None:
    asked = _asked("quick glori test", {"quick", "glori"})
    assert thing_named(asked, frozenset({"test", "gloriococc", "wobbliti"}))
    # the measuring noun alone, without the clip, names too little of it
    assert not thing_named(asked, frozenset({"test", "wobbliti"}))


def test_a_word_only_a_little_longer_is_no_clip() -> None:
    # "zorbin" opens "zorbinoma", but a clip drops most of its word: another word, not the asked one
    assert not thing_named(_asked("zorbin", {"zorbin"}), frozenset({"zorbinoma", "resect"}))


ROLES = """---
title: "Blorpoma of the brain in adults"
type: guideline
year: 2021
---
# Recommendations

Chemotherapy is recommended as one choice to postpone the use of radiotherapy for adults with a new finding of
blorpoma.
"""


def test_advice_in_place_of_what_it_is_asked_added_to_settles_nothing(tmp_path_factory: pytest.TempPathFactory) -> None:
    # chemotherapy given to put radiotherapy off is no advice to add it to radiotherapy: no plain yes
    index = built(tmp_path_factory, "clipped-role", {"roles.md": ROLES, **background_guidelines(
        "Migraine prevention", "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults")})
    answer = answered(index, "adult with new blorpoma, going for radiotherapy - add chemo to the RT?")
    assert verdict_label(answer) != "yes"
