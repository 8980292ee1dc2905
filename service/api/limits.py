"""Input limits the API and the CLI check before any work is done."""
from __future__ import annotations

import unicodedata

from service.errors import QuestionError

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
