"""Advice done without a thing for people ("manage children without drugx") is against the thing, while "without"
after the people the advice is for ("For children without a drugx allergy, ...") says whom it is for
(``polarity._done_without``)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer.polarity import stance

DRUGX = frozenset(tokenize("drugx"))


@pytest.mark.parametrize("text", [
    "Clinicians should manage children without drugx where the illness is mild.",
    "Observation of children without immediate drugx is recommended for non-severe illness.",
    "It is recommended to treat children without drugx initially.",
])
def test_people_managed_without_the_thing_is_advice_against_it(text: str) -> None:
    assert stance(text, DRUGX) == "against"


@pytest.mark.parametrize("text", [
    "For children without a drugx allergy, the panel recommends gizmocillin.",
    "In adults without drugx intolerance, the panel recommends gizmocillin.",
])
def test_without_after_the_people_advised_says_whom_it_is_for(text: str) -> None:
    assert stance(text, DRUGX) is None
