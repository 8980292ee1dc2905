"""Codes of genes and markers a question names ("GZM2D6", "GZM2C19"), told apart from the same family's others.

A guideline on a drug and two genes of one family words its advice per gene ("If gizmoline is given to a GZM2C19
rapid metabolizer, ..." beside "GZM2D6 ultrarapid metabolizers ..."); word overlap reads the two alike, since they
differ only in the code. A statement that names a code of the asked one's family (the same letters before the first
digit) but not the asked code is advice for another gene, not an answer for the asked one. Shape of the code only:
capitals then a digit, no list of genes.

So is a statement naming another phenotype grade and not the asked one ("A 20% reduction may be weighed for WDG2D6
intermediate metabolizers" for a question on a poor metabolizer): a guideline words its dosing per grade, one sentence
each, and the sentences differ only in the grade. The grades are pharmacogenomics' own small closed grammar (poor,
intermediate, normal or extensive, rapid, ultrarapid, each said of a "metabolizer", "metabolism" or "phenotype"),
named once in ``_GRADES``; no list of genes or drugs.
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


# A phenotype grade, as pharmacogenomics words it: one or more of the grades, joined by commas, "or", "and" or "/",
# then "metabolizer(s)"/"metaboliser(s)"/"metabolism"/"phenotype(s)" ("poor metabolizers", "ultrarapid,
# intermediate, or poor metabolism", "rapid/ultrarapid metabolizer", "poor or ultrarapid phenotypes"). "normal" and
# "extensive" are two names of one grade.
_GRADES = {"poor": "poor", "intermediate": "intermediate", "normal": "normal", "extensive": "normal",
           "rapid": "rapid", "ultrarapid": "ultrarapid", "ultra-rapid": "ultrarapid"}
_GRADE = r"(?:poor|intermediate|normal|extensive|rapid|ultra-?rapid)"
_GRADED = re.compile(rf"\b({_GRADE}(?:\s*(?:,\s*(?:or\s+|and\s+)?|\s(?:or|and)\s|/)\s*{_GRADE})*)"
                     r"[\s-]+(?:metaboli(?:[sz]ers?|sm)|phenotypes?)\b", re.I)
_GRADE_WORD = re.compile(_GRADE, re.I)


@lru_cache(maxsize=20_000)
def grades(text: str) -> frozenset[str]:
    """The phenotype grades a text names ("poor" of "a WDG2D6 poor metabolizer"; "normal" of "extensive
    metabolizers")."""
    return frozenset(_GRADES[w.group(0).lower()] for m in _GRADED.finditer(text)
                     for w in _GRADE_WORD.finditer(m.group(1)))


def of_other_grade(question: str, text: str) -> bool:
    """Whether a statement names a phenotype grade (``grades``), the question names one, and the statement names none
    the question names: "... for WDG2D6 intermediate metabolizers" for a question on a poor metabolizer."""
    asked = grades(question)
    if not asked:
        return False
    said = grades(text)
    return bool(said) and not (said & asked)


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


def of_other_marker(question: str, text: str) -> bool:
    """Whether a statement (or passage) names another code of an asked code's family (``of_other_code``) or another
    phenotype grade than the asked one (``of_other_grade``), and not the asked one: advice for other patients."""
    return of_other_code(question, text) or of_other_grade(question, text)


def on_asked_codes(question: str, found: list[S]) -> list[S]:
    """``found`` without the statements that name another code of an asked code's family (``of_other_code``) or
    another phenotype grade than the asked one (``of_other_grade``), when any is left; else ``found``."""
    kept = [c for c in found if not of_other_marker(question, c.text)]
    return kept or found
