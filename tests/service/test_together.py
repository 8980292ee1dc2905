"""Two things taken together, and whether something is safe (service.answer.question, lead.on_aspect,
verdict.on_safety; session 24: "Can vitamin D and vitamin K be taken together?" read no topic, and "Is it safe to
take vitamin D and vitamin K together?" answered "No." above a statement that vitamin K "should not be relied on
to make high-dose vitamin D safe", which does not say that taking the two is unsafe)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer import polarity, verdict
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import built, lead_text


@pytest.mark.parametrize(("question", "intervention", "condition"), [
    ("Can drugx and zorb be taken together?", "drugx", "zorb"),
    ("Should drugx and zorb be used together?", "drugx", "zorb"),
    ("Can drugx be taken with zorb?", "drugx", "zorb"),
    ("Can drugx be combined with zorb supplements?", "drugx", "zorb supplements"),
    ("Can patients take drugx with zorb?", "drugx", "zorb"),
    ("Is it safe to take drugx and zorb together?", "drugx", "zorb"),
    ("Is it safe to combine drugx and zorb?", "drugx", "zorb"),
    ("Is it safe to take drugx with zorb?", "drugx", "zorb"),
    ("Is drugx safe to take with zorb?", "drugx", "zorb"),
    ("Are drugx and zorb safe together?", "drugx", "zorb"),
    ("Does drugx interact with zorb?", "drugx", "zorb"),
    ("Do drugx and zorb interact?", "drugx", "zorb"),
    # what it is taken with is named as written: "therapy" is part of its name, not the kind of a condition
    ("Should drugx be given with nicotine replacement therapy?", "drugx", "nicotine replacement therapy"),
])
def test_two_things_taken_together_are_the_topic(question: str, intervention: str, condition: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition, q.together) == (intervention, condition, True)


def test_the_title_names_the_two_taken_together() -> None:
    assert read_question("Can drugx and zorb be taken together?").title == "Drugx with Zorb"
    assert read_question("Is it safe to take drugx with zorb?").title == "Safety of Drugx with Zorb"


@pytest.mark.parametrize("question", [
    "Is it safe to start drugx in patients with wheezitis?",  # the people it is started in, not a second thing
    "Should drugx be used with caution in pregnancy?",  # a manner, not a second thing
    "Can short- and long-acting drugx be mixed together?",  # one thing, two kinds of it
])
def test_other_shapes_are_not_two_things_together(question: str) -> None:
    assert not read_question(question).together


@pytest.mark.parametrize(("text", "unsafe"), [
    # a harm, a contraindication, advice to avoid it or not to take it with something
    ("Drugt is an effective option, but it must be avoided in pregnancy because of the risk of birth defects.", True),
    ("Drugt is contraindicated in pregnancy.", True),
    ("Drugt should not be taken with zorb.", True),
    ("Drugt can cause birth defects.", True),
    ("Drugt increased the risk of bleeding.", True),
    ("Drugt is not safe in pregnancy.", True),
    ("Zorb can reduce the effect of drugt.", True),
    # what the negation attaches to is not the use of the topic or its safety
    ("Zorb does not treat gizmo fever and should not be relied on to make high-dose drugx safe.", False),
    ("Drugt did not reduce pain.", False),
    ("Drugt did not increase adverse events.", False),
    ("Zorb does not interact with drugq.", False),
    ("Daily doses of drugt should not exceed 40 milligrams.", False),
])
def test_whether_a_statement_says_its_topic_is_unsafe(text: str, unsafe: bool) -> None:
    assert verdict.says_unsafe(text) is unsafe


def test_advice_to_other_people_is_not_advice_against_the_use_asked() -> None:
    advice = "People taking drugw should avoid combined drugx and zorb products unless their prescriber agrees."
    assert not polarity.against_use(advice, frozenset({"drugx", "zorb"}))
    assert polarity.against_use(advice, frozenset({"drugx", "drugw"}))


def test_a_no_on_safety_needs_a_statement_that_says_unsafe() -> None:
    hedge = "Zorb does not treat gizmo fever and should not be relied on to make high-dose drugx safe."
    topic = frozenset({"drugx", "zorb"})
    assert verdict.on_safety("no", [hedge], topic, hedge) == "uncertain"
    # a statement that says it is unsafe keeps the no, and one that denies nothing leaves the model's reading
    assert verdict.on_safety("no", [hedge, "Drugx with zorb can cause gizmo fever."], topic) == "no"
    assert verdict.on_safety("no", ["Drugx has been proposed as an alternative to drugq."], topic) == "no"
    # a yes above a warning against taking the two together is the warning's no
    assert verdict.on_safety("yes", ["Zorb can reduce the effect of drugx."], topic,
                             "Zorb can reduce the effect of drugx.") == "no"


def test_a_yes_on_safety_needs_a_statement_on_safety_or_advice() -> None:
    # Session 27: "Is MK-7 safe for long-term use?" leant "yes" above "MK-7 ... is abundant in natto".
    topic = frozenset({"drugx"})
    facts = ["Drugx is made by soil bacteria and is abundant in fermented beans."]
    assert verdict.on_safety("yes", facts, topic) == "uncertain"
    assert verdict.on_safety("yes", [*facts, "Drugx was well tolerated over two years."], topic) == "yes"
    assert verdict.on_safety("yes", ["Drugx is recommended in pregnancy."], topic) == "yes"  # advice for it
    assert verdict.on_safety("yes", [], topic) == "yes"  # nothing read: the model's reading stands


def _doc(title: str, kind: str, body: str) -> str:
    return f"""---
title: "{title}"
type: {kind}
source: "Test Source"
year: 2023
---
# {title}

{body}
"""


CORPUS = {
    "drugx-zorb.md": _doc(
        "Overview: drugx and zorb co-supplementation and gizmo fever", "research",
        "## Background\n\nCombined supplements of drugx and zorb are sold with the claim that zorb steers the plim "
        "raised by drugx into bone. The combination rests on the finding that drugx raises the output of "
        "zorb-dependent proteins, which then need zorb to work.\n\n## Safety\n\nGizmo fever from drugx is rare "
        "at usual doses and results mostly from very high doses taken for months. Zorb does not treat gizmo fever "
        "and should not be relied on to make high-dose drugx safe."),
    "drugt.md": _doc(
        "Drugt for wheezitis prevention", "guideline",
        "## Recommendations\n\nDrugt is an effective first-line option for wheezitis, but it must be avoided in "
        "pregnancy because of the risk of birth defects."),
    "drugp-drugr.md": _doc(
        "Drugp and drugr for high plim pressure", "guideline",
        "## Recommendations\n\nDrugp or drugr is recommended for adults with high plim pressure and kidney "
        "disease. Drugp and drugr should not be combined with each other. Drugp and drugr are first-line "
        "options for high plim pressure in adults under 55."),
    "drugw-zorb.md": _doc(
        "Drugw anticoagulation and zorb", "guideline",
        "## Recommendations\n\nLow-dose daily zorb has been studied as a way to steady the clot ratio in patients "
        "taking drugw, but this should only be done under specialist care. Zorb can reduce the effect of drugw "
        "and raise the risk of clots when the clot ratio falls."),
}


@pytest.fixture(scope="module")
def together_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "together", CORPUS))


def test_taking_two_things_together_opens_with_the_statement_on_the_two_together(together_index: Index) -> None:
    answer = answer_question(together_index, "Can drugp and drugr be combined?")
    assert (answer.intervention, answer.condition) == ("drugp", "drugr")
    assert "should not be combined" in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == "no", answer.bottom_line.text


def test_a_caution_that_is_not_about_the_use_is_no_no_on_safety(together_index: Index) -> None:
    answer = answer_question(together_index, "Is it safe to take drugx and zorb together?")
    assert answer.verdict != "no", answer.bottom_line.text


def test_a_safety_question_above_advice_to_avoid_stays_no(together_index: Index) -> None:
    answer = answer_question(together_index, "Is drugt safe in pregnancy?")
    assert "must be avoided in pregnancy" in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == "no", answer.bottom_line.text


def test_an_interaction_question_opens_with_the_interaction(together_index: Index) -> None:
    answer = answer_question(together_index, "Does zorb interact with drugw?")
    assert "can reduce the effect of drugw" in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == "yes", answer.bottom_line.text
