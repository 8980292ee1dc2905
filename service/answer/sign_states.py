"""A state named with its sign ("frobnase positive", "HBzAg-negative", "zib-positive people") and its opposite: a
statement about people whose marker has the other sign ("In people who are frobnase negative ...") is not about the
people a question asks of ("frobnase positive patient ..."), however many other words they share. Only the sign words
and the word they qualify; no topic."""
from __future__ import annotations

import re
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_EN

_OPPOSITE = {"positive": "negative", "negative": "positive"}
# A word and its sign after it, joined by a space or a hyphen: "frobnase positive", "ZIB2-negative".
_SIGNED = re.compile(r"\b([\w]+)[\s\-](positive|negative)\b", re.I)


_FUNCTION_WORDS = frozenset(STOPWORDS_EN)  # "a positive screen" signs no marker


# Texts whose signed words and "non" kinds are remembered: the question is read for each statement it is weighed
# against, and the statements of related questions recur.
TEXTS_KEPT = 20_000


@lru_cache(maxsize=TEXTS_KEPT)
def _signed(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((m.group(1).lower(), m.group(2).lower()) for m in _SIGNED.finditer(text)
                     if m.group(1).lower() not in _FUNCTION_WORDS)


def of_opposite_sign(question: str, text: str) -> bool:
    """Whether a statement names a marker the question names with one sign only with the other sign, or a kind the
    question names with "non-" before it only without (``of_the_other_kind``)."""
    asked = _signed(question)
    if asked:  # (most questions sign no marker: the statement is not read for signs then)
        said = _signed(text)
        if any((word, _OPPOSITE[sign]) in said and (word, sign) not in said for word, sign in asked):
            return True
    return of_the_other_kind(question, text)


# A word with "non" before it, joined by a hyphen or a space ("non-gizmal", "non gizmal"): the kind that is not what
# the word names. Not a word "non" is written into ("nonsteroidal"), which is a word of its own. Grammar.
_NON = re.compile(r"(?<![\w\-])non[\s\-](?P<w>[a-z][\w]{2,})", re.I)


@lru_cache(maxsize=TEXTS_KEPT)
def _negated(text: str) -> frozenset[str]:
    """The words ``text`` writes with "non" before them (``_NON``), lower-cased."""
    return frozenset(m.group("w").lower() for m in _NON.finditer(text))


def _written_plain(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` with no "non" before it."""
    return re.search(rf"(?<![\w\-])(?<!non-)(?<!non )(?<!Non-)(?<!Non ){re.escape(word)}(?![\w])", text, re.I) \
        is not None


def of_the_other_kind(question: str, text: str) -> bool:
    """Whether a statement names a kind the question names only as its other: the question asks of "non-gizmal
    fractures" and the statement names "gizmal" without "non-" and never "non-gizmal" (its advice is for the gizmal
    kind: a follow-up on the non-gizmal kind answered "Yes." from the advice on the gizmal one). Not the other way
    round: a statement bounding a use to the "non-gizmal" kind is what a question on the gizmal kind must see (the
    bound says the use is not for it, and the verdict reads it so)."""
    asked = _negated(question)
    if not asked:  # (most questions name no kind with "non": the statement is not read then)
        return False
    said = _negated(text)
    return any(_written_plain(w, text) and w not in said for w in asked)
