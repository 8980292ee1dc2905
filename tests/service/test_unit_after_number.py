"""Capitals after a number are the unit it counts in: spelled out as the corpus writes a unit after a number, never as
the phrase the next word shows (session 59's blind test: "10,000 IU vitamin D a day" was read "10,000 including vitamin
D a day", from "including vitamin D" in the corpus, and the question's claim no longer met the statement that denies
it in its words)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import Lexicon

TEXTS = [
    "Trials gave 400 milli blorps of drugx daily. Doses above 800 milli blorps were not studied.",
    "Adults took 200 milli blorps a day. Marked brand drugx was generic. Marked brand drugx was cheap.",
    "Marked brand drugx came from pharmacies. Marked brand drugx tablets were small.",
]
VOCABULARY = sorted({t for text in TEXTS for t in tokenize(text)})


def test_capitals_after_a_number_are_spelled_as_a_unit() -> None:
    lexicon = Lexicon({}, texts=lambda: TEXTS, vocabulary=VOCABULARY)
    # beside the word after it alone, "MB" is what the corpus writes before "drugx"
    assert lexicon.spelled_short("Is MB drugx safe?") == "Is marked brand drugx safe?"
    # after a number it is the unit the corpus writes after numbers, whatever number the question writes
    assert lexicon.spelled_short("Is 1,200 MB drugx a day too much?") == "Is 1,200 milli blorps drugx a day too much?"
