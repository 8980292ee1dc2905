"""A statement that says the asked people need the very thing the question says they lack ("... need effective
contraception" for "... in a 28F not on contraception ok?") is a no for them, even quoted as closest evidence only
(``verdict_lacking``; session 54)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from tests.service.corpora import answered, background_guidelines, built
from service.answer.verdict_lacking import asked_lacking, needed_but_lacking, needs_stated


@pytest.mark.parametrize("question, lacking", [
    ("Drugx for gizmo headache in a 28F not on contraception ok?", "contraception"),
    ("Is drugx safe in a woman not taking folic acid?", "folic acid"),
    ("Can drugx be given without monitoring?", "monitoring"),
    ("Is drugx safe in pregnancy?", ""),
])
def test_what_the_asked_people_lack_is_read_from_the_question(question: str, lacking: str) -> None:
    assert asked_lacking(question) == frozenset(tokenize(lacking))


@pytest.mark.parametrize("text, expected", [
    ("Women who could become pregnant need effective contraception while taking drugx.", True),
    ("People taking drugx must use two methods of contraception.", True),
    ("Women taking drugx do not need contraception.", False),  # the need denied
    ("Drugx needs dose adjustment in kidney disease; contraception is advised.", False),  # another need
])
def test_a_need_is_read_from_the_statement(text: str, expected: bool) -> None:
    assert needs_stated(text, frozenset(tokenize("contraception"))) is expected


def test_no_need_without_a_lack_asked() -> None:
    assert needed_but_lacking("Is drugx safe in pregnancy?", ["Women need contraception."]) is None


GUIDELINE = """---
title: "Prevention of gizmo headache"
type: guideline
year: 2023
---
# Prevention of gizmo headache

Preventive treatment should be offered to adults with frequent gizmo headache attacks. Drugz is the first-line
preventive drug for gizmo headache. Drugx is an effective alternative, but it must be avoided in pregnancy and women
who could become pregnant need effective contraception because of the risk of birth defects. Drugx can cause tingling
and weight loss.
"""


def test_a_need_for_what_the_asked_woman_lacks_is_a_no(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = built(tmp_path_factory, "lacking", {"gizmo.md": GUIDELINE,
                                               **background_guidelines("Migraine prevention", "Fever in children")})
    answer = answered(path, "Drugx for gizmo headache in a 28F not on contraception ok?")
    assert answer.verdict == "no"
    assert "contraception" in answer.bottom_line.text
