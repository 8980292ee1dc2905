"""Questions whether to use a thing without another, or alone (session 41): read as asked of the thing so used,
every acronym in it spelled at once, a hyphenated modifier told from its opposite, and advice to combine the two
set aside from the lead when a statement answers the "without"."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon, concept
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("question, intervention, condition", [
    ("Should LABA be used without ICS in asthma?", "LABA without ICS", "asthma"),
    ("Should drug Q be used alone for condition Y?", "drug Q alone", "condition Y"),
    ("Can drug Q be given without a culture in condition Y?", "drug Q without a culture", "condition Y"),
    ("Should drug Q be used as monotherapy in condition Y?", "drug Q as monotherapy", "condition Y"),
    # Not a "without": read as before.
    ("Should drug Q be used in condition Y?", "drug Q", "condition Y"),
])
def test_used_without_is_asked_of_the_thing_so_used(question: str, intervention: str, condition: str) -> None:
    reading = read_question(question)
    assert (reading.intervention, reading.condition) == (intervention, condition)


TEXTS = [
    "Patients should step up to a long-acting gizmo-blocker. A short-acting gizmo-blocker alone is not advised.",
    "Long-acting gizmo-blockers must not be used without an inhaled zorbosteroid.",
    "Inhaled zorbosteroids can cause oral thrush. Long-acting gizmo-blockers help some.",
]


def test_every_acronym_of_a_name_is_spelled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (The invented "LAGB" is a gastric band to the learned lexicon, which drops a spelling it disagrees with,
    # ``abbreviations.learned_disagrees``: read here as an acronym nothing was learned of.)
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations())
    lexicon = Lexicon({}, texts=lambda: TEXTS)
    both = concept("LAGB without IZS", lexicon)
    said = TEXTS[1]
    assert frozenset(tokenize("long-acting gizmo-blocker without inhaled zorbosteroid")) in both.forms
    assert both.mentioned_in(frozenset(tokenize(said)), text=said)


@pytest.mark.parametrize("statement, met", [
    ("A short-acting gizmo blocker gives quick relief of wheeze.", False),
    ("Long-acting gizmo blockers give lasting relief of wheeze.", True),
    # Both named: the asked one is there.
    ("Long-acting gizmo blockers, unlike short-acting gizmo blockers, give lasting relief.", True),
    # Another word after the shared rest: no opposite of the asked one ("population-based" is no rival here).
    ("A population-acting survey of gizmo blockers and their relief of wheeze.", True),
])
def test_a_hyphenated_modifier_is_told_from_its_opposite(statement: str, met: bool) -> None:
    asked = concept("long-acting gizmo blocker relief")
    assert asked.mentioned_in(frozenset(tokenize(statement)), text=statement) is met


@pytest.mark.parametrize("question", [
    "Should LABA be used without ICS in asthma?",
    "Should long-acting beta-agonists be used without an inhaled corticosteroid in asthma?",
])
def test_the_without_is_answered_on_the_default_corpus(loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no"
    assert answer.bottom_line.text.startswith("No. Long-acting beta-agonists should not be used without an inhaled")


def test_a_short_acting_question_does_not_lead_with_long_acting_advice(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is a short-acting beta agonist alone recommended for asthma?")
    assert answer.verdict == "no"
    assert "Long-acting" not in answer.bottom_line.text
