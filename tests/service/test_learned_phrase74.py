"""A long form learned from text (weights/abbreviations.json) is read for a question's undefined acronym only where
the corpus writes it as a phrase, its words in a row (``Lexicon._learned_long``): the words of "induction of labor",
written apart in a corpus on cataract surgery, made "multifocal IOLs" read and shown as "multifocal induction of labor"
(session 74's labelled guideline questions). The lexicon is given by replacing ``abbreviations.learned``."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon

LEARNED = LearnedAbbreviations({"WBL": {"wobble of labor": 2}})


@pytest.fixture()
def learned(monkeypatch: pytest.MonkeyPatch) -> LearnedAbbreviations:
    monkeypatch.setattr(abbreviations, "learned", lambda: LEARNED)
    return LEARNED


def _lexicon(chunks: list[str]) -> Lexicon:
    def counts(terms: frozenset[str], _: frozenset[str]) -> tuple[int, int]:
        return sum(terms <= set(tokenize(c)) for c in chunks), 0

    def passages(terms: frozenset[str]) -> list[str]:
        return [c for c in chunks if terms <= set(tokenize(c))]
    return Lexicon({}, counts=counts, passages=passages)


def test_a_learned_long_form_whose_words_the_corpus_writes_only_apart_is_not_read(learned: LearnedAbbreviations) \
        -> None:
    apart = _lexicon(["staff on the labor ward saw a wobble in the lens", "multifocal lenses after surgery"])
    assert apart.learned_written("Should we offer multifocal WBLs after surgery?") == \
        ("Should we offer multifocal WBLs after surgery?", ())


def test_a_learned_long_form_the_corpus_writes_in_a_row_is_read(learned: LearnedAbbreviations) -> None:
    in_a_row = _lexicon(["a wobble of labor was seen", "labor ward"])
    assert in_a_row.learned_written("Is WBL common?") == ("Is wobble of labor common?", ("wobble of labor",))
