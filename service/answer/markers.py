"""Codes of genes and markers a question names ("GZM2D6", "GZM2C19"), told apart from the same family's others.

A guideline on a drug and two genes of one family words its advice per gene ("If gizmoline is given to a GZM2C19
rapid metabolizer, ..." beside "GZM2D6 ultrarapid metabolizers ..."); word overlap reads the two alike, since they
differ only in the code. A statement that names a code of the asked one's family (the same letters before the first
digit) but not the asked code is advice for another gene, not an answer for the asked one. Shape of the code only:
capitals then a digit, no list of genes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol, TypeVar


class _Said(Protocol):
    @property
    def text(self) -> str: ...


S = TypeVar("S", bound=_Said)

# A code: two or more capitals, then letters and digits with a digit among them ("CYP-like" names: "GZM2D6",
# "WDG1", "ABC12"), as written (case kept: a word in capitals with no digit is no code).
_CODE = re.compile(r"(?<![\w*])(?P<family>[A-Z]{2,})(?=[A-Z0-9]*\d)[A-Z0-9]+(?![\w])")


@lru_cache(maxsize=20_000)
def codes(text: str) -> frozenset[str]:
    """The codes a text names ("GZM2D6" of "a GZM2D6 ultrarapid metabolizer")."""
    return frozenset(m.group(0) for m in _CODE.finditer(text))


def _family(code: str) -> str:
    found = _CODE.match(code)
    return found.group("family") if found else code


def of_other_code(question: str, text: str) -> bool:
    """Whether a statement names a code of the family of one the question names (``codes``) and none the question
    names: "If X is given to a GZM2C19 rapid metabolizer ..." for a question on GZM2D6 ultrarapid metabolizers."""
    asked = codes(question)
    if not asked:
        return False
    said = codes(text)
    families = {_family(c) for c in asked}
    return not (said & asked) and any(_family(c) in families for c in said)


def on_asked_codes(question: str, found: list[S]) -> list[S]:
    """``found`` without the statements that name another code of an asked code's family (``of_other_code``), when
    any is left; else ``found``."""
    kept = [c for c in found if not of_other_code(question, c.text)]
    return kept or found
