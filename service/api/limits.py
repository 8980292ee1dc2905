"""Input limits the API and the CLI check before any work is done."""
from __future__ import annotations

import math
import threading
import time
import unicodedata
from typing import Callable

from service.errors import QuestionError, RateLimitedError

# At least one character that is neither white space nor a control character: the schema's pattern for a
# question (and for ``q``); ``check_question`` applies the same rule with a readable message.
VISIBLE_PATTERN = r"[^\s\x00-\x1f\x7f-\x9f]"


def check_question(text: str, max_chars: int, what: str = "question") -> str:
    """``text`` with control characters removed (tabs and line breaks become spaces) and surrounding
    white space stripped; QuestionError when it holds invalid Unicode, is over ``max_chars`` as sent, or
    is empty once cleaned."""
    if has_surrogates(text):
        raise QuestionError(f"the {what} holds invalid Unicode (a lone surrogate code point)")
    if len(text) > max_chars:
        raise QuestionError(f"the {what} is {len(text)} characters long; the limit is {max_chars}")
    cleaned = "".join(" " if ch in "\t\n\r" else ch for ch in text
                      if ch in "\t\n\r" or unicodedata.category(ch) != "Cc").strip()
    if not cleaned:
        raise QuestionError(f"the {what} is empty")
    return cleaned


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (valid in a Python string, not in UTF-8 or JSON output)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class RateLimiter:
    """A token bucket per client: ``per_minute`` questions a minute, up to ``per_minute`` at once after a
    quiet spell. Buckets of clients that are full again are dropped, so memory stays bounded."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.rate = per_minute / 60.0
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, client: str) -> None:
        """Spend one token of ``client``; RateLimitedError (with the seconds to wait) when none is left."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * self.rate)
            if tokens < 1.0:
                wait = math.ceil((1.0 - tokens) / self.rate)
                self._buckets[client] = (tokens, now)
                raise RateLimitedError(f"more than {self.per_minute} questions a minute from {client}; "
                                       f"try again in {wait} s", retry_after=wait)
            self._buckets[client] = (tokens - 1.0, now)
            if len(self._buckets) > 10_000:
                self._forget_full(now)

    def _forget_full(self, now: float) -> None:
        full = [c for c, (tokens, at) in self._buckets.items() if tokens + (now - at) * self.rate >= self.per_minute]
        for client in full:
            del self._buckets[client]


# Numbers a client sends in a query string are bounded, so none reaches SQLite beyond its 64-bit integers
# (a schema-fuzzed revision of 4e23 was a 500): far above any real answer's revisions or queue length.
MAX_REVISION = 1_000_000
MAX_OFFSET = 1_000_000_000
