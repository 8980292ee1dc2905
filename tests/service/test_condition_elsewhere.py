"""A source's title completes the condition a statement names in part ("calcification" under a title on tendon
calcification), unless the statement says its words of the condition of something else: a setting of its own ("in
blood vessels"), a hyphenated modifier ("calcification-inhibiting"), a word of degree before another noun ("high
risk" under a title on calcium, for "high calcium"), or a place given with "of" and a word that names no one thing
("calcification of any tissue"). A guideline's advice has no setting of its own: its "in" says where or for whom
(service.answer.scoring._placed_elsewhere; session 33)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index, open_index
from service.answer.pipeline import answer_question
from service.answer.scoring import _placed_elsewhere
from tests.service.corpora import built

CALCIF = frozenset(tokenize("calcification"))
HIGH = frozenset(tokenize("high"))


@pytest.mark.parametrize(("text", "own", "elsewhere"), [
    # The title's "tendon" is the place; these statements give calcification another one.
    ("Trials of drugx in blood vessels and heart valves found no difference in calcification progression.", CALCIF,
     True),
    ("Drugx did not measure calcification of any tissue.", CALCIF, True),
    ("Drugx raised levels of a calcification-inhibiting protein.", CALCIF, True),
    ("Drugx is recommended for people at high risk of deficiency.", HIGH, True),
    # Said of the title's own thing: the title completes it.
    ("Drugx reduced calcification at one year.", CALCIF, False),
    ("In trials in adults, drugx reduced calcification.", CALCIF, False),  # people are no setting
    ("Drugx reduced calcification in two years.", CALCIF, False),  # nor is time
    ("Drugx can cause high levels in some people.", HIGH, False),  # a measure stands for what the title names
])
def test_a_word_of_the_condition_said_of_something_else(text: str, own: frozenset[str], elsewhere: bool) -> None:
    assert _placed_elsewhere(text, own) is elsewhere



def test_a_setting_is_a_research_finding_s_in_lower_case() -> None:
    # A guideline's "in" says where or for whom its advice is given; a capital names a country, not a setting.
    prevention = frozenset(tokenize("migraine"))
    assert _placed_elsewhere("Drugx is a first-line drug for migraine in many guidelines.", prevention)
    assert not _placed_elsewhere("Drugx is a first-line drug for migraine in many guidelines.", prevention,
                                 settings=False)
    assert not _placed_elsewhere("In the United States, drugx reduced calcification.", CALCIF)
    # Nor does "of" give a place of its own unless it names no one thing.
    assert not _placed_elsewhere("Drugx raised the risk of myocardial infarction.", frozenset(tokenize("risk")))


OVERVIEW = """---
title: "Overview: drugx and tendon calcification"
type: research
year: 2023
---
Patients with tendon calcification sometimes ask whether drugx could dissolve their deposits. Randomized trials of
drugx in blood vessels and heart valves have mostly found no significant difference in calcification progression
compared with placebo. No trial has tested drugx in tendon calcification.
"""


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "elsewhere", {"overview.md": OVERVIEW}))


def test_a_finding_in_another_setting_does_not_answer_for_the_titles_condition(overview: Index) -> None:
    # Before session 33 the vascular trials' finding was read as one on tendon calcification (the title naming
    # "tendon") and quoted as a direct answer; it is indirect evidence.
    answer = answer_question(overview, "Can drugx be used for tendon calcification?")
    assert answer.evidence.level == "indirect"
    assert answer.verdict not in ("yes", "no")


def test_a_hyphenated_word_of_relation_stays_about_its_first_part() -> None:
    diabetes = frozenset(tokenize("diabetes"))
    assert not _placed_elsewhere("Drugx reduced diabetes-related end points by a third.", diabetes)
    assert _placed_elsewhere("Drugx reduced diabetes-prevention costs by a third.", diabetes)
