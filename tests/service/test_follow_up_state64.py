"""A follow-up whose reading takes a state of the case said anew for its own topic (session 63's blind test: "she wants
to try for a baby soon - when must she stop it?" read "she wants to try" as the thing asked of; "fracture found and
needs fixation - anterior-only fusion ok?" read "fracture found and needs fixation" as the condition) is searched with
the case before it (``follow_up.asked_after``): read as its own topic, the drug and the disease of the first question
were lost and the answer found no relevant evidence, while the guideline says when to stop and which fixing to use.
(Over a tiny corpus of one guideline on the disease, the follow-up finds it with or without the case: the reading is
what is tested.)"""
from __future__ import annotations

import pytest

from service.answer.follow_up import Previous, asked_after
from service.answer.question import read_question


@pytest.mark.parametrize(("first", "later"), [
    ("40F premenopausal, high family plonk risk - offer drugt? how long?",
     "she hopes to try for a child next year - when should she come off it?"),
    ("70M zorbic spine stiffening, minor fall, neck pain, films normal - scan?",
     "break found and needs fixing - front-only fixing ok?"),
])
def test_a_state_of_the_case_said_anew_is_asked_with_the_case(first: str, later: str) -> None:
    previous = read_question(first)
    assert previous.intervention is None and previous.condition is None  # the case before read no topic to inherit
    asked = asked_after(read_question(later), Previous(first, None, None, first))
    assert asked.context is not None and asked.context in asked.search_text


def test_a_thing_asked_of_a_new_condition_keeps_its_own_reading() -> None:
    # A follow-up naming its own topic, no pronoun nor clause of news: asked as read.
    first = "40F premenopausal, high family plonk risk - offer drugt? how long?"
    later = read_question("is drugx safe in asthma?")
    assert asked_after(later, Previous(first, None, None, first)).context is None


@pytest.mark.parametrize("later", [
    "Is drugt advised for women who have a high family plonk risk?",
    "Is drugx safe in patients who are on dialysis?",
])
def test_a_topic_asked_of_people_said_by_a_relative_clause_is_not_the_case_news(later: str) -> None:
    # "who have ..." says whom the new topic is asked of, not a state of the case before: the follow-up keeps its own
    # reading, and asked in any order it answers alike.
    first = "60M gout flare, eGFR 40 - colchicine dose?"
    q = read_question(later)
    assert asked_after(q, Previous(first, None, None, first)).context is None
