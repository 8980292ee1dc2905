"""A rated table that gives each row's band in the scale's words, with no number ("Appropriateness Category: Usually
Appropriate"), is read as the numbered tables are; and asked whether a thing is the one to do first, where its case's
table rates others usually appropriate and the asked one below that, the answer is no (session 71, unseen set: "should
MRI be the first test?" for a case whose table rates plain films and ultrasound usually appropriate and MRI "may be"
quoted the MRI row alone with no verdict). Every corpus and statement here is in the test's own words."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.rated_case import rated_row
from tests.service.candidates import guideline_candidate
from tests.service.corpora import answered, background_guidelines, built

TABLE = """---
title: "Imaging of a lump under the skin of the arm"
type: guideline
year: 2022
---
# Recommendations

Variant 1: Lump under the skin of the arm. Felt on examination. First scan.

Procedure
Appropriateness Category
Relative Radiation Level

Zorp film area of interest
Usually Appropriate
Varies

Glim echo area of interest
Usually Appropriate
O

Blip resonance area of interest without dye
May Be Appropriate (Disagreement)
O

Blip resonance area of interest without and with dye
Usually Not Appropriate
O

Variant 2: Deep lump of the arm. Zorp film nondiagnostic. Next scan.

Procedure
Appropriateness Category
Relative Radiation Level

Blip resonance area of interest without and with dye
Usually Appropriate
O

Zorp film area of interest
Usually Not Appropriate
Varies

A lump under the skin of the arm is most often harmless, and its size over months tells much about it.
"""


@pytest.fixture(scope="module")
def band_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "band71", {"table.md": TABLE, **background_guidelines(
        "Fever in children", "Asthma in children", "Migraine prevention", "Exercise for knee osteoarthritis")})


def test_a_band_in_words_stands_for_a_rating_in_it() -> None:
    rows = [rated_row(guideline_candidate(f"Variant 1: Lump; First scan - Zorp film: Appropriateness Category: "
                                          f"{band}; Relative Radiation Level: O.", 0.5, "g1"))
            for band in ("Usually Appropriate", "May Be Appropriate (Disagreement)", "Usually Not Appropriate")]
    assert [r.rating if r else None for r in rows] == [8, 5, 2]
    # (A row with neither a number nor a band of the scale is no rated row.)
    assert rated_row(guideline_candidate("Variant 1: Lump; First scan - Zorp film: Comment: cheap and quick.", 0.5,
                                         "g1")) is None


def test_which_first_takes_the_fitting_variants_usually_appropriate_rows(band_index: Path) -> None:
    answer = answered(band_index, "lump under the skin of the arm, felt on examination - which scan first?")
    lead = answer.bottom_line.text
    assert lead.startswith("Variant 1: Lump under the skin of the arm") and "Usually Appropriate" in lead.split(". ")[0]
    assert "Blip resonance" not in lead


def test_a_thing_rated_below_the_first_choice_is_no_first_test(band_index: Path) -> None:
    answer = answered(band_index, "35F lump under the skin of her arm, felt on examination - should blip resonance "
                                  "be the first scan?")
    assert answer.verdict == "no"
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert "Usually Appropriate" in quoted[0] and "Blip resonance" not in quoted[0]
    assert any("Blip resonance area of interest without dye" in t for t in quoted[1:])
    # Asked of a thing the case's table rates usually appropriate: yes, though another is rated as well.
    first = answered(band_index, "35F lump under the skin of her arm, felt on examination - should a zorp film be the "
                                 "first scan?")
    assert first.verdict == "yes"
