"""Questions of identity: "Is X the same as Y?", "Are X and Y the same thing?", "Is X another name for Y?".

Such a question asks whether two names name one thing, not whether either works: a statement that says what X is
("Vitamin K1, also called phylloquinone, is made by plants ...") speaks of X, and the verdict model, reading its
words, leaned "yes" above it. The answer is in the grammar of naming: "X, also called Y" or "Y is the collective
name for X" says yes; "X is different from Y" says no, and so do two statements that give each its own other name
("Vitamin K1, also called phylloquinone", "Vitamin K2 is the collective name for the menaquinones"). Grammar only, no
topic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexical import tokenize
from service.answer.models import Verdict

# "Is X the same as Y?", "Is X the same thing as Y?", "Is X identical to Y?", "Is X another name for Y?"; "Are X and Y
# the same (thing)?". Not "as good as" or "equivalent to" (a likeness of effect, ``comparison.asks_likeness``).
_KINDS = r"(?:thing|drug|medicine|condition|disease|substance|compound|test|procedure|treatment)s?"
_ASKED = (re.compile(rf"^\s*(?:is|are)\s+(?P<x>.+?)\s+(?:(?:exactly|just|really)\s+)?"
                     rf"(?:the\s+same(?:\s+{_KINDS})?\s+as|identical\s+to|(?:just\s+)?(?:another|a\s+different)\s+name\s+for)\s+(?P<y>[^?]+?)\s*\?*\s*$",
                     re.I),
          re.compile(rf"^\s*(?:is|are)\s+(?P<x>.+?)\s+and\s+(?P<y>.+?)\s+(?:(?:exactly|just|really)\s+)?"
                     rf"(?:the\s+same(?:\s+{_KINDS})?|identical|one\s+and\s+the\s+same(?:\s+{_KINDS})?)\s*\?*\s*$",
                     re.I))
# What follows the second name when the question asks of a use, not of the names: "Is X the same as Y for pain?".
_USE_AFTER = re.compile(r"\b(?:for|in|at|when|if|to)\b", re.I)
# The grammar that gives a thing another name: "X, also called Y", "known as", "Y is the collective name for X".
_NAMING = re.compile(r"\b(?:also\s+(?:called|known\s+as|termed|named|referred\s+to\s+as)|"
                     r"(?:better|commonly|otherwise)\s+known\s+as|known\s+as|(?:is|are)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?names?\s+for|"
                     r"(?:is|are)\s+the\s+same\s+as|synonymous\s+with)\b", re.I)
# The grammar that sets two things apart: "is different from", "a different process from", "differs from",
# "distinct from", "not the same as", "unlike".
_DIFFERENT = re.compile(r"\b(?:different|distinct|separate)\s+(?:[\w\-]+\s+){0,2}?from\b|\bdiffers?\s+from\b|"
                        r"\bnot\s+the\s+same\s+as\b|\bunlike\b", re.I)
_NEGATED_DIFFERENCE = re.compile(r"\b(?:not|no)\s+(?:\w+\s+)?(?:different|distinct|differ)", re.I)
# Where a name runs to: a clause's punctuation or a word that starts its predicate.
_NAME_END = re.compile(r"[,;:.()]|\b(?:is|are|was|were|which|that|who|and\s+is|has|have)\b", re.I)
_LEFT_TRIM = re.compile(r"(?:\s*,\s*|\s+(?:is|are)(?:\s+(?:the|a|an))?\s*)$", re.I)


@dataclass(frozen=True)
class IdentityAsked:
    """The two names an identity question asks about, each as the index's terms."""

    first: frozenset[str]
    second: frozenset[str]


def identity_asked(question: str) -> IdentityAsked | None:
    """The two names a question asks whether they name one thing ("Is vitamin K1 the same as vitamin K2?"), or None
    for any other question (and for one asking of a use: "Is X the same as Y for pain?")."""
    for pattern in _ASKED:
        m = pattern.match(question)
        if m is None or _USE_AFTER.search(m.group("y")):
            continue
        first, second = frozenset(tokenize(m.group("x"))), frozenset(tokenize(m.group("y")))
        if first and second and first != second:
            return IdentityAsked(first, second)
    return None


def _names(terms: frozenset[str], phrase: str) -> bool:
    """Whether ``phrase`` names the thing whose terms are ``terms`` (all of them among its own)."""
    return terms <= frozenset(tokenize(phrase))


def _naming_pairs(text: str) -> list[tuple[str, str]]:
    """Each naming in a statement (``_NAMING``) as the name before its words of naming and all that follows them up to
    the predicate: ("Vitamin K1", "phylloquinone") of "Vitamin K1, also called phylloquinone, is made by plants"; either
    may be empty. The one parse that ``other_names`` and ``naming_groups`` read."""
    pairs = []
    for m in _NAMING.finditer(text):
        left = re.split(r"[,;:.()]", _LEFT_TRIM.sub("", text[:m.start()]))[-1].strip()
        rest = text[m.end():]
        end = _NAME_END.search(rest)
        pairs.append((left, (rest[:end.start()] if end else rest).strip()))
    return pairs


def other_names(terms: frozenset[str], text: str) -> list[str]:
    """The other names a statement gives the thing named by ``terms`` (``_NAMING``): "phylloquinone" of "Vitamin K1,
    also called phylloquinone, is made by plants" for vitamin K1; "Vitamin K2" of "Vitamin K2 is the collective name
    for the menaquinones" for menaquinones, and "the menaquinones" for vitamin K2."""
    found = []
    for left, right in _naming_pairs(text):
        if left and right:
            if _names(terms, left) and not _names(terms, right):
                found.append(right)
            elif _names(terms, right) and not _names(terms, left):
                found.append(left)
    return found


# A name given in brackets after the words it names: "Menaquinone-7 (MK-7)", "angiotensin-converting enzyme (ACE)
# inhibitors". The words before it since the clause began (up to six), the bracketed name (up to four words), and the
# word after it, which may belong to both ("inhibitors"). Grammar.
_BRACKETED = re.compile(r"(?P<before>(?:[^\s,;:.()]+\s+){0,5}[^\s,;:.()]+)\s*\((?P<inside>[^()]{1,40}?)\)"
                        r"(?:\s+(?P<after>[^\s,;:.()]+))?")


def naming_groups(text: str) -> list[list[str]]:
    """The names a statement gives one thing, each group one thing's: the name before and each after its words of
    naming ("Ultrasound-guided needle lavage", "barbotage", "percutaneous irrigation" of "... lavage, also called
    barbotage or percutaneous irrigation, is ..."), and a name with the one in brackets after it ("Menaquinone-7",
    "MK-7"; "angiotensin-converting enzyme inhibitors", "ACE inhibitors")."""
    groups = []
    for left, right in _naming_pairs(text):
        names = [n for n in (left, *re.split(r"\s*,\s*|\s+or\s+", right)) if n.strip()]
        if len(names) > 1:
            groups.append(names)
    for m in _BRACKETED.finditer(text):
        after = f" {m.group('after')}" if m.group("after") else ""
        groups.append([m.group("before") + after, m.group("inside") + after])
    return groups


def named_alike(asked: IdentityAsked, text: str) -> bool:
    """Whether a statement gives the two asked things as names of one (``naming_groups``): each named by a different
    name of the group, and neither name naming both."""
    for names in naming_groups(text):
        firsts = [i for i, n in enumerate(names) if _names(asked.first, n) and not _names(asked.second, n)]
        seconds = [i for i, n in enumerate(names) if _names(asked.second, n) and not _names(asked.first, n)]
        if any(i != j for i in firsts for j in seconds):
            return True
    return False


def sets_apart(asked: IdentityAsked, text: str) -> bool:
    """Whether a statement sets the two asked things apart: one named before its words of difference (``_DIFFERENT``,
    not negated) and the other after them, "Menadione, a synthetic form called vitamin K3, is different from vitamin
    K1 and K2" for menadione and vitamin K2 (not for vitamin K1 and vitamin K2, which it sets apart from a third)."""
    if _NEGATED_DIFFERENCE.search(text):
        return False
    for m in _DIFFERENT.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        if ((_names(asked.first, before) and _names(asked.second, after) and not _names(asked.second, before))
                or (_names(asked.second, before) and _names(asked.first, after) and not _names(asked.first, before))):
            return True
    return False


def identity_verdict(asked: IdentityAsked, statements: list[str]) -> tuple[Verdict, list[int]] | None:
    """The verdict on an identity question from ``statements`` (best first) and the indexes of those it rests on:
    "yes" where one gives either asked thing the other's name (``other_names``), "no" where one sets them apart
    (``sets_apart``) or two give each its own other name, neither naming the other ("Vitamin K1, also called
    phylloquinone", "Vitamin K2 is the collective name for the menaquinones"); None where none speaks to it (the
    statements say what one of them is or does, not whether the two are one)."""
    for i, text in enumerate(statements):
        if sets_apart(asked, text):
            return "no", [i]
        if (any(_names(asked.second, name) for name in other_names(asked.first, text))
                or any(_names(asked.first, name) for name in other_names(asked.second, text))
                or named_alike(asked, text)):
            return "yes", [i]
    first = next(((i, names) for i, t in enumerate(statements) if (names := other_names(asked.first, t))), None)
    second = next(((i, names) for i, t in enumerate(statements) if (names := other_names(asked.second, t))), None)
    if first is None or second is None or first[0] == second[0]:
        return None
    own = frozenset().union(*(frozenset(tokenize(n)) for n in first[1]))
    theirs = frozenset().union(*(frozenset(tokenize(n)) for n in second[1]))
    if own & theirs or own & asked.second or theirs & asked.first:
        return None
    return "no", [first[0], second[0]]
