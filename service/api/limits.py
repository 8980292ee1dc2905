"""Input limits the API and the CLI check before any work is done."""
from __future__ import annotations

from service.errors import QuestionError


def check_question(text: str, max_chars: int, what: str = "question") -> str:
    """``text`` without surrounding whitespace; QuestionError when it is empty or over ``max_chars``."""
    stripped = text.strip()
    if not stripped:
        raise QuestionError(f"the {what} is empty")
    if len(stripped) > max_chars:
        raise QuestionError(f"the {what} is {len(stripped)} characters long; the limit is {max_chars}")
    return stripped
