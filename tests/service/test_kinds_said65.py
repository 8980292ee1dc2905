"""Whether the corpus says a thing is of a class is read by patterns compiled only when some chunk names both
(session 65, speed): two calls in three on the list questions had no such chunk, and the patterns took ~2 ms."""
from __future__ import annotations

import pytest

from service.answer import kinds_said
from service.answer.kinds_said import said_to_be_of


def test_no_chunk_naming_both_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    patterns = kinds_said._patterns

    def counting(thing: str, head: str) -> list:
        made.append((thing, head))
        return patterns(thing, head)

    monkeypatch.setattr(kinds_said, "_patterns", counting)
    assert not said_to_be_of("zorbarin", "blood thinners", lambda terms: [])
    assert made == []
    # a chunk that names both is read by the patterns, as before
    chunk = "Blood thinners such as zorbarin raise the risk of bleeding."
    assert said_to_be_of("zorbarin", "blood thinners", lambda terms: [chunk])
    assert made == [("zorbarin", "thinners")]
