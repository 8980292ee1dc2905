"""A state named with its sign ("frobnase positive", "HBzAg-negative", "zib-positive people") and its opposite: a
statement about people whose marker has the other sign ("In people who are frobnase negative ...") is not about the
people a question asks of ("frobnase positive patient ..."), however many other words they share. Only the sign words
and the word they qualify; no topic."""
from __future__ import annotations

import re

from bm25s.stopwords import STOPWORDS_EN

_OPPOSITE = {"positive": "negative", "negative": "positive"}
# A word and its sign after it, joined by a space or a hyphen: "frobnase positive", "ZIB2-negative".
_SIGNED = re.compile(r"\b([\w]+)[\s\-](positive|negative)\b", re.I)


_FUNCTION_WORDS = frozenset(STOPWORDS_EN)  # "a positive screen" signs no marker


def _signed(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((m.group(1).lower(), m.group(2).lower()) for m in _SIGNED.finditer(text)
                     if m.group(1).lower() not in _FUNCTION_WORDS)


def of_opposite_sign(question: str, text: str) -> bool:
    """Whether a statement names a marker the question names with one sign only with the other sign."""
    asked = _signed(question)
    said = _signed(text)
    return any((word, _OPPOSITE[sign]) in said and (word, sign) not in said for word, sign in asked)
