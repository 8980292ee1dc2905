"""The text of a chunk as the retrievers see it: title and heading path in front of the passage."""
from __future__ import annotations

PASSAGE_VERSION = 1  # bump when the passage text changes: indexes built with another must be rebuilt


def passage_text(title: str, heading: tuple[str, ...] | list[str], text: str) -> str:
    """Title, heading path and passage joined, so a chunk matches questions about its document's topic."""
    head = " > ".join(h for h in heading if h)
    return "\n".join(part for part in (title, head, text) if part)
