"""A yes/no follow-up that names another thing where the previous question named its intervention ("Is venlafaxine an
option?" after "Can duloxetine be used for painful CIPN?"): asked of that thing, for the previous condition and people
(session 52's blind tester: read alone it named no topic, inherited duloxetine and answered "Yes." from the duloxetine
sentence, while its own quotes said venlafaxine is not recommended)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.follow_up import Previous, as_whole_question
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, lead_text

DRUGX = Previous("Can drugx be used for painful gizmopathy?", "drugx", "painful gizmopathy")


def test_another_thing_named_as_the_subject_is_asked_of_the_condition() -> None:
    assert as_whole_question("Is drugy an option?", DRUGX) == "Is drugy an option for painful gizmopathy?"
    assert as_whole_question("And is weight loss recommended?", DRUGX) == \
        "Is weight loss recommended for painful gizmopathy?"
    # the people the previous question names stay
    assert as_whole_question("Is drugy an option?", Previous(
        "Should pregnant women take drugx for migraine?", "drugx", "migraine")) == \
        "Is drugy an option for migraine in pregnant women?"


def test_a_pronoun_an_aspect_or_the_same_thing_is_not_another_thing() -> None:
    for text in ("Is it an option?", "Are they recommended?", "Is the dose different?", "Are side effects common?",
                 "Can treatment be reduced later?", "Is drugx an option?", "Is there an alternative?"):
        assert as_whole_question(text, DRUGX) == text
    # nor without a previous intervention and condition to take the place of
    assert as_whole_question("Is drugy an option?", Previous("What helps gizmopathy?", None, "gizmopathy")) == \
        "Is drugy an option?"


GUIDELINE = """---
title: "Prevention and management of painful gizmopathy in adults with cancer"
type: guideline
year: 2024
---
# Prevention and management of painful gizmopathy in adults with cancer

## Background

Painful gizmopathy is a nerve disorder caused by some cancer treatments. Painful gizmopathy causes numbness and
burning pain in the hands and feet, and it may last for months after treatment ends.

## Treatment

For patients with cancer experiencing painful gizmopathy, clinicians may offer drugx. Drugx reduced pain in a
randomized trial of patients with painful gizmopathy.

Drugy is not recommended for routine use in painful gizmopathy. The drugy data were not strong enough to recommend its
use in clinical practice.
"""

# Other sources, so that the corpus's word weights are a corpus's (``corpora.BACKGROUND``).
OTHERS = background_guidelines(
    "Exercise for knee osteoarthritis",
    "Iron deficiency anaemia in adults",
    "Asthma in children",
    "Fever in children",
)


@pytest.fixture(scope="module")
def gizmopathy(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "another-named", {"gizmo.md": GUIDELINE, **OTHERS}))


def test_the_follow_up_answers_of_the_thing_it_names(gizmopathy: Index) -> None:
    answer = chain(gizmopathy, "Can drugx be used for painful gizmopathy?", "Is drugy an option?")
    assert answer.question == "Is drugy an option?"  # shown as asked
    assert (answer.intervention, answer.condition) == ("drugy", "painful gizmopathy")
    assert answer.verdict == "no", answer.bottom_line.text
    assert lead_text(answer).startswith("Drugy is not recommended")
