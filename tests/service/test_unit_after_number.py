"""Capitals after a number are the unit it counts in, not an acronym to spell out (session 59's blind test: "10,000 IU
vitamin D a day" was read "10,000 including vitamin D a day", and the claim of the question no longer met the
statement that denies it in its words)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import Lexicon

TEXTS = [
    "Intravenous drugx is given when oral drugx fails. Intravenous drugx can cause rash.",
    "Intravenous drugx works within a day. Oral drugx is cheaper.",
]
VOCABULARY = sorted({t for text in TEXTS for t in tokenize(text)})


def test_capitals_after_a_number_stay_as_written() -> None:
    lexicon = Lexicon({}, texts=lambda: TEXTS, vocabulary=VOCABULARY)
    assert lexicon.spelled_short("Is IV drugx first line?") == "Is intravenous drugx first line?"
    assert lexicon.spelled_short("Is 1,200 IV drugx a day too much?") == "Is 1,200 IV drugx a day too much?"
    assert lexicon.spelled_short("Is 2.5 IV drugx enough?") == "Is 2.5 IV drugx enough?"
