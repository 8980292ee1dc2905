"""The words that negate what follows them, and whether a phrase at a place in a statement is negated.

One list for the verdict's reading of denials (``verdict``) and for whether a statement says a thing makes a
condition worse or denies it (``worsening``: "... without worsening outcomes", "... does not damage the joint").
Grammar, no topic.
"""
from __future__ import annotations

import re

NEGATORS = frozenset("no not without neither nor never cannot n't fail failed fails lack lacks lacked none "
                     "unable".split())
_WORD = re.compile(r"[a-z][a-z0-9\-]*|n't")
NEGATION_REACH = 3  # words before a phrase in which a negator negates it ("does not damage", "without worsening")


def negated_at(text: str, start: int, reach: int = NEGATION_REACH) -> bool:
    """Whether a negator (``NEGATORS``) stands among the ``reach`` words just before position ``start`` of ``text``,
    in the same clause (no comma or semicolon between)."""
    before = re.split(r"[,;:]", text[:start])[-1]
    return any(w in NEGATORS for w in _WORD.findall(before.lower())[-reach:])
