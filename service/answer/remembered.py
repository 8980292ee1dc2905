"""One bounded memo for readings of an index's corpus: found on first use, then kept for that index version.

The lexicon keeps a table per kind of reading (a word's respellings, a name's hyphenated form) and the corpus
statistics one for the rest (the words written before a noun, whether a thing is said to be of a class); both fill
and empty their tables here, under a lock the threads of a server share.
"""
from __future__ import annotations

import threading
from typing import Callable, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_MISSING = object()


def remembered_in(table: dict[K, V], key: K, find: Callable[[], V], kept: int, lock: threading.Lock) -> V:
    """``find()``, kept in ``table`` under ``key`` and returned from there after (a table of ``kept`` entries is
    emptied before the next one); two threads asking at once may both find it, one value is kept."""
    with lock:
        found = table.get(key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    value = find()
    with lock:
        if len(table) >= kept:
            table.clear()
        table[key] = value
    return value
