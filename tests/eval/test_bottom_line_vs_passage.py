"""The diagnostic's reasons (scripts/bottom_line_vs_passage.py) on hand-made rows: why the top passage wins."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture()
def reason(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict], str]:
    monkeypatch.syspath_prepend(str(SCRIPTS))  # the script imports its sibling bottom_line_parts
    return importlib.import_module("bottom_line_vs_passage").reason


def _row(**over: object) -> dict:
    # A direct bottom line quoting the top passage's source, 30 words against the passage's 40; F/P/R triples.
    row = {"kind": "direct", "top_doc": "d1", "quoted_docs": ["d1"], "bl": (0.2, 0.2, 0.2),
           "tp": (0.4, 0.4, 0.4), "quotes_f": 0.3, "first_quote_f": 0.3, "words": (30, 40)}
    return row | over


def test_each_reason_is_the_first_that_holds(reason: Callable[[dict], str]) -> None:
    assert reason(_row(kind="none")) == "quotes nothing"
    assert reason(_row(quotes_f=0.4)) == "template words"  # the quotes alone tie the passage
    assert reason(_row(first_quote_f=0.45)) == "second quote dilutes"
    assert reason(_row(quoted_docs=["d2"])) == "wrong lead"
    assert reason(_row()) == "too short"  # fewer words and less recall than the passage
    assert reason(_row(words=(50, 40))) == "other"  # as long or longer, and still behind
    assert reason(_row(bl=(0.2, 0.1, 0.5))) == "other"  # recalls more, loses on precision
