"""A class of a named scheme written after the scheme's name in capitals ("ZAPS C", "NYHA III"), read as a grade
(session 71, unseen set): asked what to do for one class, the guideline's row for that class leads and the rows for
its siblings are not quoted beside it. Invented names throughout (ZAPS, gizmo arteries, frobstent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.case_state import grades
from tests.service.corpora import answered, background_guidelines, built, guideline_file

_ROWS = ("For ZAPS A lesions, balloon dilation of the gizmo artery alone or with a frobstent where the result after "
         "dilation is poor, with antiplatelet therapy, is usually appropriate. "
         "For ZAPS B lesions, balloon dilation of the gizmo artery alone or with a frobstent where the result after "
         "dilation is poor, with antiplatelet therapy, is usually appropriate. "
         "For ZAPS C lesions, a primary frobstent with zorb antiplatelet cover is usually the first choice, with "
         "open surgery if the endovascular route fails. "
         "For ZAPS D lesions, a covered frobstent graft with zorb antiplatelet cover is usually the first choice.")


@pytest.fixture(scope="module")
def scheme_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"zaps.md": guideline_file("Gizmo artery occlusive disease", _ROWS),
             **background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                     "Migraine prevention")}
    return built(tmp_path_factory, "scheme", files)


def test_a_class_after_a_name_in_capitals_is_read_as_a_grade_of_it() -> None:
    assert grades("For ZAPS C and D lesions") == {"zaps": frozenset({3, 4})}
    assert grades("NYHA III, GOLD 2 or 3") == {"nyha": frozenset({3}), "gold": frozenset({2, 3})}
    # Read in case: a letter after a word in lower case, or after one capital, is no class.
    assert grades("vitamin D and a C") == {} and grades("Plan B") == {}


def test_the_row_for_the_asked_class_leads_without_its_siblings(scheme_index: Path) -> None:
    answer = answered(scheme_index, "What is the first-choice treatment for ZAPS C gizmo artery disease?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and quoted[0].startswith("For ZAPS C lesions, a primary frobstent"), quoted
    assert not any("ZAPS A" in t or "ZAPS B" in t or "ZAPS D" in t for t in quoted), quoted
