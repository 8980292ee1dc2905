"""A question asked in a case note's shape, a case then a dash and what to start ("mild frobnitis in 50F - should I
start an SZRB?"), is read in that shape before its acronym is spelled out (``pipeline._dash_read_first``): the shape
takes a thing of a few words, and the long form the acronym stands for ("selective zorb reuptake blockers") with its
article is longer, so the whole question was read as its condition and no thing was asked (blind59a: an acronym of a
drug class after a dash)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon
from service.answer.pipeline import _dash_read_first
from service.answer.question import read_question

CHUNKS = ["Selective zorb reuptake blockers are advised for severe frobnitis.",
          "Talking therapy is advised for mild frobnitis.",
          "Selective zorb reuptake blockers can cause nausea."]
LEARNED = LearnedAbbreviations({"SZRB": {"selective zorb reuptake blockers": 9}})


@pytest.fixture()
def lexicon(monkeypatch: pytest.MonkeyPatch) -> Lexicon:
    monkeypatch.setattr(abbreviations, "learned", lambda: LEARNED)

    def counts(terms: frozenset[str], _: frozenset[str]) -> tuple[int, int]:
        return sum(terms <= set(tokenize(c)) for c in CHUNKS), 0

    def passages(terms: frozenset[str]) -> list[str]:
        return [c for c in CHUNKS if terms <= set(tokenize(c))]
    return Lexicon({}, counts=counts, passages=passages)


def _read(question: str, lexicon: Lexicon) -> tuple[str, tuple[str, ...]]:
    spelled, forms = lexicon.learned_written(question)
    return _dash_read_first(question, spelled, forms, lexicon)


def test_the_dash_shape_is_read_before_the_acronym_is_spelled_out(lexicon: Lexicon) -> None:
    asked = "mild frobnitis in 50F - should I start an SZRB?"
    spelled, forms = _read(asked, lexicon)
    assert forms == ("selective zorb reuptake blockers",)
    q = read_question(spelled)
    assert q.intervention == "selective zorb reuptake blockers"
    assert q.condition is not None and q.condition.startswith("mild frobnitis")
    # Spelled out first, the thing after the dash is five words and no shape reads it: nothing is asked of it.
    assert read_question(lexicon.learned_written(asked)[0]).intervention is None


def test_a_question_in_no_dash_shape_is_spelled_as_before(lexicon: Lexicon) -> None:
    asked = "Should I start an SZRB for mild frobnitis?"
    assert _read(asked, lexicon) == lexicon.learned_written(asked)
