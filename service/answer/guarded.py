"""Patterns scanned only where a text holds a word that every match of theirs holds.

Some patterns (advice against a use, a treatment's failure) try a long alternation at every word of a statement, and
they are asked of the statements of every answer: most statements hold none of the words each alternative needs
("not", "avoid", "failed" ...), and looking for those words in the lowered text costs a fraction of the scan (over the
default corpus's sentences, advice against's scan took 45 µs a text, guarded 25 µs, 7 texts in 10 skipped). The guard
is exact: it skips only texts in which the pattern can find no match, so every result is the pattern's own.
"""
from __future__ import annotations

import re
from typing import Iterator


class GuardedPattern:
    """A compiled ``pattern`` and ``words`` (lower case), one of which every match of the pattern holds: ``search``
    and ``finditer`` give what the pattern's own give, scanning only a text that holds one of the words.

    The words are looked for in the text lowered, and only in a text of ASCII characters: a case-insensitive pattern
    also pairs letters with non-ASCII ones that lowering keeps apart ("ſ" with "s", "ı" with "i", the Kelvin sign with
    "k"), so any other text is scanned as before."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        if not words or any(not w or w != w.lower() for w in words):
            raise ValueError("a guard needs words, each in lower case")
        self.compiled = pattern
        self.words = words

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``re.Pattern.pattern``."""
        return self.compiled.pattern

    def may_match(self, text: str) -> bool:
        """Whether the pattern may match somewhere in ``text``: False only where it cannot (no word of the guard)."""
        if not text.isascii():
            return True
        lowered = text.lower()
        return any(word in lowered for word in self.words)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, without the scan where no match can be found."""
        return self.compiled.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``, without the try where no match can be found."""
        return self.compiled.match(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, without the scan where no match can be found."""
        return self.compiled.finditer(text) if self.may_match(text) else iter(())
