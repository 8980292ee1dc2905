"""Abbreviations a text defines itself: "extracorporeal shockwave therapy (ESWT)".

The Schwartz & Hearst (2003) rule: a short form in parentheses after a long form, where the short
form's characters appear in order in the long form and its first character starts a word of it. What a
corpus defines this way is how that corpus names its concepts, in any specialty, with no table to keep.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_PAREN = re.compile(r"\(([^()]{2,12})\)")
_SHORT = re.compile(r"^[A-Za-z][\w\-]*$")
MAX_LONG_WORDS = 8


def definitions(text: str) -> Iterator[tuple[str, str]]:
    """(short form, long form) pairs defined in ``text``."""
    for match in _PAREN.finditer(text):
        short = match.group(1).strip()
        if not _SHORT.match(short) or not any(ch.isupper() for ch in short) or not any(ch.isalpha() for ch in short):
            continue
        words = text[:match.start()].split()[-min(MAX_LONG_WORDS, len(short) * 2 + 2):]
        # A long form does not reach back over the end of a sentence or clause ("... products. MK-7").
        ends = [i for i, w in enumerate(words) if w[-1] in ".;:!?"]
        words = words[ends[-1] + 1:] if ends else words
        long_form = _long_form(short, words) or _numbered_long_form(short, words)
        if long_form:
            yield short, long_form


def corpus_definitions(texts: Iterable[str]) -> dict[str, set[str]]:
    """Short form (as written) -> the long forms the texts define it with (lower case)."""
    table: dict[str, set[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for short, long_form in definitions(text):
            table.setdefault(short, set()).add(long_form.lower())
    return table


# A numbered name and its short form: "menaquinone-7 (MK-7)"; letters, then the number. A short form of one or two
# letters only: "polymerase-1 (PARP1)" is the last word of a longer name, not all of it.
_NUMBERED = re.compile(r"^(?P<name>[A-Za-z]{4,})-?(?P<n>\d+)$")
_NUMBERED_SHORT = re.compile(r"^[A-Za-z]{1,2}(?P<n>\d+)$")


def _numbered_long_form(short: str, words: list[str]) -> str | None:
    """The word before the parentheses when it is a numbered name that the short form numbers alike and opens with
    the same letter ("menaquinone-7 (MK-7)": the short form's "K" stands for vitamin K, a letter the name does not
    spell, so the Schwartz-Hearst rule finds no long form); None otherwise."""
    if not words:
        return None
    word = words[-1].strip(" ,;:[](){}\"'")
    long_match, short_match = _NUMBERED.match(word), _NUMBERED_SHORT.match(short.replace("-", ""))
    if not long_match or not short_match or short_match.group("n") != long_match.group("n"):
        return None
    return word if word[0].lower() == short[0].lower() else None


def _long_form(short: str, words: list[str]) -> str | None:
    """The shortest tail of ``words`` that contains the short form's letters in order (Schwartz-Hearst)."""
    candidate = " ".join(words).strip(" ,;:")
    letters = [ch.lower() for ch in short if ch.isalnum()]
    s, c = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        ch = letters[s]
        while c >= 0 and (candidate[c].lower() != ch or (s == 0 and c > 0 and candidate[c - 1].isalnum())):
            c -= 1
        if c < 0:
            return None
        s -= 1
        c -= 1
    start = candidate.rfind(" ", 0, c + 1) + 1
    long_form = candidate[start:].strip(" ,;:[](){}\"'")
    if len(long_form) <= len(short) or long_form.lower() == short.lower():
        return None
    return long_form
