"""Searching a question for patterns matched without regard to case, without folding case at every character.

A pattern compiled with ``re.IGNORECASE`` folds the case of each character it tries, and a pattern that opens
with ``\\b`` and a list of words gets no fast scan for its first letter: a question's cue patterns cost some
forty thousand instructions a search, and an answer searched its question a dozen times. On ASCII text the
same pattern compiled without ``re.IGNORECASE``, searched in the lower-cased text, finds the same matches at
the same places: lower-casing ASCII keeps every character's place, and an ASCII letter folds only to its own
two cases there. Other text is searched with the pattern itself.
"""
from __future__ import annotations

import re

# What a pattern may hold in upper case without meaning a letter to match: escapes (\S, \W, \B, \D, \A, \Z)
# and named groups ((?P<name>...), (?P=name)).
_NOT_LETTERS = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]")
# Texts whose answer each pattern remembers: questions and statements, as many as ``verdict.on_topic`` and
# ``polarity.clauses`` remember.
TEXTS_KEPT = 20_000


class Caseless:
    """A case-insensitive pattern's ``search`` as a yes or no, fast on ASCII text (see the module)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE:
            raise ValueError(f"not a case-insensitive pattern: {pattern.pattern!r}")
        if "(?-i" in pattern.pattern or any(ch.isupper() for ch in _NOT_LETTERS.sub("", pattern.pattern)):
            raise ValueError(f"a part of the pattern that minds case (an upper-case letter, or case-insensitivity "
                             f"turned off) would read lower-cased text otherwise: {pattern.pattern!r}")
        self.pattern = pattern
        self._folded = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        self._found: dict[str, bool] = {}  # text -> the answer of ``search``, for at most TEXTS_KEPT texts

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in ``text``: ``bool(pattern.search(text))``. Remembered per text (at most
        ``TEXTS_KEPT``; a full memory starts again): an answer asks of its question several times (once per
        statement it weighs, for some cues) and of the same statements question after question."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= TEXTS_KEPT:
                self._found.clear()
            if text.isascii():
                found = self._folded.search(text.lower()) is not None
            else:
                found = self.pattern.search(text) is not None
            self._found[text] = found
        return found
