"""An acronym a question uses and its corpus never writes is spelled out by the corpus's phrase whose initials give it
(``Lexicon.spelled``, ``concepts.spell_out``), a form met only whole."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon, concept, spell_out


@pytest.fixture(autouse=True)
def _nothing_learned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The invented phrases stand for acronyms the learned lexicon knows otherwise ("LAGB" is a gastric band there),
    and a spelling it disagrees with is dropped (``abbreviations.learned_disagrees``): these tests read the corpus
    alone, as for an acronym nothing was learned of."""
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations())

TEXTS = [
    "Patients should step up to a long-acting gizmo-blocker. A short-acting gizmo-blocker alone is not advised.",
    "Long-acting gizmo-blockers must not be used without an inhaled zorbosteroid.",
    "Inhaled zorbosteroids can cause oral thrush. Some had a light arm bruise.",
]


def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def test_an_acronym_is_spelled_by_the_phrase_its_initials_give_as_the_corpus_writes_it() -> None:
    assert spell_out("lagb", TEXTS) == ("long-acting gizmo-blocker",)
    assert spell_out("sagb", TEXTS) == ()  # written once: no check that it is the corpus's name
    # Letters inside a word spell where no phrase gives one initial a word ("s" of "zorbosteroid").
    assert spell_out("izs", TEXTS) == ("inhaled zorbosteroid",)
    # Two phrases as often: none is taken.
    bones = ["Long arm bones grew. A light arm bruise was seen.", "Long arm bones ached."]
    assert spell_out("lab", [*TEXTS, *bones]) == ()


def test_the_spelled_form_is_met_only_whole() -> None:
    lexicon = Lexicon({}, texts=lambda: TEXTS)
    lagb = concept("LAGB", lexicon)
    assert _terms("long-acting gizmo-blocker") in lagb.forms
    long_said = "Long-acting gizmo-blockers must not be used without an inhaled zorbosteroid."
    short_said = "A short-acting gizmo-blocker alone is not advised."
    assert lagb.mentioned_in(_terms(long_said), text=long_said)
    # Three of the four terms, the rarest among them, would meet a form in part; not this one.
    assert not lagb.mentioned_in(_terms(short_said), text=short_said)
    # A word beside the acronym stays required ("LAGB alone": its spelled form has "alone" too).
    alone = concept("LAGB alone", lexicon)
    assert _terms("long-acting gizmo-blocker alone") in alone.forms
    assert not alone.mentioned_in(_terms(long_said), text=long_said)


def test_an_acronym_the_corpus_writes_or_defines_is_not_spelled() -> None:
    written = [*TEXTS, "LAGB use rose."]
    assert Lexicon({}, texts=lambda: written, vocabulary=sorted({t for x in written for t in tokenize(x)})).spelled(
        "LAGB") == []
    assert Lexicon({"LAGB": {"large gizmo bolus"}}, texts=lambda: TEXTS).spelled("LAGB") == []
    assert Lexicon({}, texts=lambda: TEXTS).spelled("LAGB") == ["long-acting gizmo-blocker"]
    # Lower case, or two letters, is no acronym to spell.
    assert Lexicon({}, texts=lambda: TEXTS).spelled("lagb") == []
