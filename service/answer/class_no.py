"""A "no" from advice against, or a denial of, the class a numbered subtype belongs to (session 51).

A question on a numbered subtype ("vitamin K2") is not answered directly by a statement on the thing it is a subtype
of ("vitamin K": ``concepts._subtype_of``), so such a statement is quoted as indirect evidence. What a source advises
against, finds no support for or denies of the whole class ("The current evidence does not support vitamin K
supplementation to slow aortic valve calcification", "Vitamin K supplements do not interact with direct oral
anticoagulants ...") holds for each of its subtypes, so it gives a "no" shown as leaning so, from the indirect
evidence it quotes. Never a "yes": what the class does, a subtype need not. Naming grammar (a letter and digits),
no list."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from service.answer.concepts import _without_classes

# One name word, then a single letter and digits: "K2" of "vitamin K2", "D3" of "vitamin D3". Grammar, no topic.
_NUMBERED = re.compile(r"\b(?P<name>[A-Za-z][\w\-]*\s+(?P<letter>[A-Za-z]))(?P<digits>\d+)\b")


def subtype_class(name: str | None) -> str | None:
    """The name of what the one numbered subtype ``name`` names is a subtype of ("vitamin K" of "vitamin K2
    supplementation"); None for a name with no numbered subtype or with more than one."""
    if not name:
        return None
    found = list(_NUMBERED.finditer(name))
    if len(found) != 1:
        return None
    return found[0].group("name")


def writes_class(text: str, klass: str, rivals: Iterable[str] = ()) -> bool:
    """Whether ``text`` writes the class name ``klass`` itself: its letter followed by no digit nor hyphen ("vitamin
    K1", "vitamin K-dependent" are not the class), outside the names of rival classes the class's words only modify
    ("vitamin K antagonists": ``Lexicon.rival_classes``)."""
    rest = _without_classes(text, tuple(rivals))
    words = klass.split()
    pattern = r"\s+".join(map(re.escape, words))
    return re.search(rf"(?<![\w\-]){pattern}(?![\w\-])", rest, re.I) is not None


def class_denial(statements: Iterable[str], klass: str, subtype: str, rivals: Iterable[str],
                 says_no: Callable[[str], bool]) -> int | None:
    """The index of the first of ``statements`` that writes the class ``klass`` and not the asked ``subtype``
    (which would make it direct), and whose verdict read alone (``says_no``) is a "no"; None when none does."""
    rivals = tuple(rivals)
    for n, text in enumerate(statements):
        if re.search(rf"(?<![\w\-]){re.escape(subtype)}(?![\w\-])", text, re.I):
            continue
        if writes_class(text, klass, rivals) and says_no(text):
            return n
    return None
