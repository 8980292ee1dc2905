"""Two yes/no verdicts a blind test found wrong (session 59), tested on other, made-up topics.

1. A harm of the asked thing that is the patient's own state is a no to choosing the thing for them
   (``own_state_harm``): "hypertensive patient with gout - is a thiazide a good choice?" was "leans yes" above a
   statement that thiazides can cause gout.
2. A terse "X first line for Y?" keeps the rank out of X (``question.as_terse_asked``: "Is X recommended first line
   for Y?"): read as "Is X first line recommended ...", advice ranking four other classes first-line led with
   "Yes." above the statement that X is not routine first line.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.own_state_harm import asks_use_in_state, causes_their_state, on_own_state_harm
from service.answer.question import as_terse_asked, read_question
from tests.service.corpora import answered, background_guidelines, built

FROBNITIS = """---
title: "Drug treatment of chronic frobnitis in adults"
type: guideline
year: 2022
---
# Drug treatment of chronic frobnitis in adults

## Recommendations

Three drug families are advised as first-line treatment for chronic frobnitis: gizmolol, wobbazide and the
round sprockets. Hex-sprockets are not advised as routine first-line drugs for plain frobnitis, but they are used
when the patient also has knee wobble or night cramps. Gizmolol and wobbazide should not be combined.

## Safety

Wobbazide tablets can cause dry skin, blurred vision and ear ringing. Plinkers often cause mild headache.
"""


@pytest.fixture(scope="module")
def frob_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "frob59", {"frob.md": FROBNITIS,
                                              **background_guidelines("Migraine prevention", "Asthma in children",
                                                                      "Fever in children")})


def test_harm_that_is_the_patients_state_read() -> None:
    question = "frobnitis patient with ear ringing - is wobbazide a sensible pick?"
    assert asks_use_in_state(question)
    assert causes_their_state(question, "Wobbazide tablets can cause dry skin, blurred vision and ear ringing.")
    # A harm of something else than the patient's state, or of another thing, or denied, is no such statement.
    assert not causes_their_state(question, "Wobbazide tablets can cause dry skin and blurred vision.")
    assert not causes_their_state(question, "Loud music can cause ear ringing.")
    assert not causes_their_state(question, "Wobbazide does not cause ear ringing.")
    assert not causes_their_state(question, "Stopping wobbazide suddenly can cause ear ringing.")
    assert not causes_their_state(question, "Wobbazide is advised for frobnitis, and loud music can cause ear ringing.")
    # The state named after "in" is theirs too.
    assert causes_their_state("wobbazide for frobnitis in ear ringing?", "Wobbazide can cause ear ringing.")
    # ... not a place after "in" with no use asked before it, nor a harm of a compound's first word.
    assert not causes_their_state("Can wobbazide undo plaque in the ears?", "Wobbazide can cause ear damage.")
    assert not causes_their_state("Is gizmolol a sensible pick for people with ear plaque?",
                                  "In mice, gizmolol undid wobbazide-induced ear plaque.")
    # An effect asked of the thing in people with a state is no choice asked.
    assert on_own_state_harm("Can wobbazide ease frobnitis in people with ear ringing?", "yes",
                             ["Wobbazide can cause ear ringing."], effect_verb="ease") == "yes"
    # Asked whether the thing has the effect, the harm statement answers yes: not read here.
    assert not asks_use_in_state("Does wobbazide cause ear ringing in people with frobnitis?")
    assert on_own_state_harm("Does wobbazide cause ear ringing in people with frobnitis?", "yes",
                             ["Wobbazide tablets can cause ear ringing."]) == "yes"
    assert on_own_state_harm(question, "yes", ["Wobbazide tablets can cause dry skin, blurred vision and ear "
                                               "ringing."]) == "no"


def test_no_from_a_harm_that_is_the_patients_state(frob_index: Path) -> None:
    answer = answered(frob_index, "frobnitis patient with ear ringing - is wobbazide a sensible pick?")
    assert answer.verdict == "no"


def test_harm_of_something_else_keeps_its_yes(frob_index: Path) -> None:
    # Its harms name nothing the patient has: the advice for it stands.
    answer = answered(frob_index, "Is wobbazide a sensible pick for chronic frobnitis?")
    assert answer.verdict == "yes"


def test_terse_rank_kept_out_of_the_thing() -> None:
    assert as_terse_asked("sprocket first line for plain frobnitis?") == ("Is sprocket recommended first line for "
                                                                          "plain frobnitis?")
    assert as_terse_asked("plinkers as first choice in frobnitis?") == ("Is plinkers recommended as first choice in "
                                                                        "frobnitis?")
    assert read_question("sprocket first line for plain frobnitis?").intervention == "sprocket"
    # A use without a rank is asked as before.
    assert as_terse_asked("sprocket for plain frobnitis?") == "Is sprocket recommended for plain frobnitis?"


def test_terse_rank_question_answered_from_the_things_own_advice(frob_index: Path) -> None:
    # (Its rank read into its name, "hex-sprocket first line" shares every word but "hex" with the advice on the
    # families ranked first-line, which led with "Yes.".)
    answer = answered(frob_index, "hex-sprocket first line for plain frobnitis?")
    assert answer.verdict == "no"
