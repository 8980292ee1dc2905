"""BioASQ exact answers (factoid and list) found in an answer's text.

BioASQ writes an exact answer as a list of synonym lists (``[["BRCA1", "breast cancer 1"], ["BRCA2"]]``),
older sets as a list of strings. For a factoid question every string is an accepted answer; for a list
question each synonym list (or each plain string) is one item, found when any of its synonyms is.

A term is found when it stands in the text case-insensitively, whitespace collapsed, and not inside a
longer word ("BRCA1" is not found in "BRCA12"), so that one-letter or short answers are not found by
accident.
"""
from __future__ import annotations

import re
from functools import lru_cache


def synonym_groups(exact_answer: object) -> list[list[str]]:
    """The exact answer as items, each a list of synonyms (empty strings dropped, empty items dropped)."""
    if isinstance(exact_answer, str):
        raw: list[object] = [[exact_answer]]
    elif isinstance(exact_answer, list):
        raw = [item if isinstance(item, list) else [item] for item in exact_answer]
    else:
        return []
    groups = [[s for s in item if isinstance(s, str) and s.strip()] for item in raw if isinstance(item, list)]
    return [g for g in groups if g]


def mentions(text: str, term: str) -> bool:
    """Whether ``term`` stands in ``text`` (case-insensitive, whitespace collapsed, not inside a word)."""
    return bool(_pattern(" ".join(term.split()).casefold()).search(" ".join(text.split()).casefold()))


def factoid_found(text: str, exact_answer: object) -> bool:
    """Whether any accepted factoid answer (any synonym of any item) stands in ``text``."""
    return any(mentions(text, term) for group in synonym_groups(exact_answer) for term in group)


def list_items_found(text: str, exact_answer: object) -> tuple[int, int]:
    """(items found in ``text``, items) of a list question's exact answer."""
    groups = synonym_groups(exact_answer)
    return sum(1 for group in groups if any(mentions(text, term) for term in group)), len(groups)


@lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
