"""Numeric bounds a question or a statement puts on what it is about ("a BMI below 35", "BMI ≥35 kg/m2", "BMI
>40"), read from the grammar of comparison (words or symbols before a number), so that a recommendation for
people with a BMI of 35 or more is not taken for one on people with a BMI below 35.

The tokenizer drops "<" and "≥", so without this "BMI below 35" and "BMI ≥35" share every index term. A bound
is the word before the comparison (what is measured: "bmi"), a direction and a number; two bounds on the same
measure whose ranges do not meet contradict each other.
"""
from __future__ import annotations

import re
from functools import lru_cache

_LOWER = r"below|under|less\s+than|lower\s+than|fewer\s+than|up\s+to|<|≤|<=|=<"
_UPPER = r"above|over|more\s+than|greater\s+than|higher\s+than|at\s+least|exceeding|>|≥|>=|=>"
_BOUND = re.compile(rf"\b(?P<what>[A-Za-z][\w\-]*)\b\s*(?:(?:of|is|was|were|are)\s+)?"
                    rf"(?:(?P<lt>{_LOWER})|(?P<gt>{_UPPER}))\s*(?P<value>\d+(?:\.\d+)?)", re.I)

Bound = tuple[str, str, float]  # (what is measured, "lt" or "gt", the number)


@lru_cache(maxsize=20_000)
def bounds(text: str) -> frozenset[Bound]:
    """The bounds a text states: ("bmi", "lt", 35.0) of "a BMI below 35" and of "BMI <35 kg/m2"."""
    return frozenset((m.group("what").lower(), "lt" if m.group("lt") else "gt", float(m.group("value")))
                     for m in _BOUND.finditer(text))


def _meet(a: Bound, b: Bound) -> bool:
    """Whether two bounds on the same measure leave some value that meets both."""
    if a[1] == b[1]:
        return True
    low, high = (a, b) if a[1] == "gt" else (b, a)  # low: "more than", high: "less than"
    return low[2] < high[2]


def contradicts(text: str, asked: frozenset[Bound]) -> bool:
    """Whether a statement bounds a measure the question bounds too, and none of its bounds on it meets the
    question's ("BMI ≥35" and "BMI >40" against "a BMI below 35"); False when either states none."""
    if not asked:
        return False
    own = bounds(text)
    for bound in asked:
        same = [b for b in own if b[0] == bound[0]]
        if same and not any(_meet(bound, b) for b in same):
            return True
    return False
