"""A case's values as a clinician types them, which no source writes: read as the number a source would write.

A case note states its patient's values in the note's own shorthand: a dose ("75g"), a time ("1h", "24h"), a
gestation ("26/40"). A guideline gives the rule those values are read against in its own words ("1-hour post 75 g
oral glucose load", "within 24 hours"), never the value as typed; no chunk writes the typed value, so BM25 gives it the
rarest term's weight, and a case note with three or four such values has a third of its weight on words no statement
can cover. Coverage of every statement then falls below the relevance floors, the guideline's rule for the very values
the note reports with it (blind68 S6: the diagnostic thresholds for the glucose test the note reports, coverage 0.21).
Such a value counts as the number it opens on where the corpus writes that number ("75"), else weighs nothing. A typed
value is a number's shape, not a name: a word of the note that opens on a digit, a unit or a mark after it. A bare
number stays ("12" of "a 12 mm cyst": the readers after the floors read it against a rule's threshold, and a corpus
writes most numbers), and so does an age (``_AGE``). A name with a digit ("B12", "HbA1c", "G2") opens on a letter
and stays; a value the corpus does write ("26", "40", "5") stays. Grammar of how values are typed; no topic.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.lexical import tokenize

# A word as the tokenizer's caller sees it: letters, digits, and the marks a value is typed with ("26/40",
# "58-year-old", "9.2"). Grammar.
_TYPED_WORD = re.compile(r"[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*")
# An age as the note is read ("58M" as "58-year-old"): it stays. It is as uncoverable as any typed value, but it stands
# in nearly every note, and the readers after the floors weigh coverage with it in place: left out, coverage rose for
# every note with an age, and on the g66-g68 lists two verdicts turned wrong (a "no" read from a rule whose condition
# the case meets, a lean "yes" from advice on other drugs) against one answer gained. Grammar of ages.
_AGE = re.compile(r"\d+-(?:year|month|week|day)s?-old", re.I)
_NUMBER = re.compile(r"\d+")  # the number a typed value opens on


def typed_values(text: str, unwritten: Callable[[str], frozenset[str]]) -> dict[str, str | None]:
    """Each term of a word of ``text`` that opens on a digit with a unit or a mark after it (a bare number and an age
    aside) and that no chunk writes ("75g", "1h",
    "24h", "2640" of "26/40"; ``unwritten``: a phrase -> its terms the corpus's vocabulary lacks,
    ``Lexicon.unwritten``, empty where the vocabulary is not known), with the number it opens on where the corpus
    writes that ("75" of "75g": a statement writes "a 75 g load", "within 24 hours"), else None. A part the corpus
    writes ("26", "40" of "26/40") is no such term: it stays as it is."""
    out: dict[str, str | None] = {}
    for word in _TYPED_WORD.findall(text):
        if not word[0].isdigit() or word.isdigit() or _AGE.fullmatch(word):
            continue
        for term in tokenize(word):
            if term in out or not unwritten(term):
                continue
            number = _NUMBER.match(term)
            written = number.group() if number is not None and number.group() != term else None
            out[term] = written if written is not None and not unwritten(written) else None
    return out


def as_written(terms: tuple[str, ...], values: dict[str, str | None]) -> tuple[str, ...]:
    """``terms`` with each typed value of ``values`` (``typed_values``) as the number the corpus writes, where it writes
    one (those it writes none for stay as typed); each term once, in order."""
    return tuple(dict.fromkeys(values.get(t) or t for t in terms))
