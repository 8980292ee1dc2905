"""The words that negate what follows them, and whether a phrase at a place in a statement is negated.

One list for the verdict's reading of denials (``verdict``), for whether a statement says a thing makes a condition
worse or denies it (``worsening``: "... without worsening outcomes", "... does not damage the joint") and for whether
it says a thing is needed or not (``need``: "do not need effective contraception").
Grammar, no topic.
"""
from __future__ import annotations

import re

NEGATORS = frozenset("no not without neither nor never cannot n't fail failed fails lack lacks lacked none "
                     "unable".split())
WORD = re.compile(r"[a-z][a-z0-9\-]*|n't")  # a word as the verdict reads it (lower case)
NEGATION_REACH = 3  # words a negator negates: after it ("did not reduce Y"), or before a phrase ("does not damage")


def negated_at(text: str, start: int, reach: int = NEGATION_REACH) -> bool:
    """Whether a negator (``NEGATORS``) stands among the ``reach`` words just before position ``start`` of ``text``,
    in the same clause (no comma or semicolon between)."""
    before = re.split(r"[,;:]", text[:start])[-1]
    return any(w in NEGATORS or w.endswith("n't") for w in _WORD_WITH_APOSTROPHE.findall(before.lower())[-reach:])


# A word with its apostrophe kept, so that "don't" is one word, read as a negator by its "n't" (``WORD``, which the
# verdict model's features were trained on, splits it).
_WORD_WITH_APOSTROPHE = re.compile(r"[a-z][a-z0-9\-']*")


# The prefixes English denies a state with ("asymptomatic" of "symptomatic", "unstable", "non-severe"). Grammar.
DENYING_PREFIXES = ("non-", "non", "un", "in", "im", "ir", "il", "dis", "an", "a")


def denied_by_prefix(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` denied by a prefix (``DENYING_PREFIXES``: "asymptomatic" of "symptoms"): what is
    left after the prefix opens as ``other`` does, on four letters at least and three fifths of the shorter (the
    reading ``lead.kept_for_the_denied`` makes)."""
    for prefix in DENYING_PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < 5 or len(other) < 5:
            continue
        base = word[len(prefix):]
        shared = next((k for k, (a, b) in enumerate(zip(base, other)) if a != b), min(len(base), len(other)))
        if shared >= 4 and shared >= 0.6 * min(len(base), len(other)):
            return True
    return False
