"""A rated table's rows for the asked case (session 70, from session 69's blind chains: "which imaging first?" and a
follow-up that changes the case quoted a narrative sentence, or a row of another variant, as closest evidence): the
variant the question's words fit leads with its best-rated procedures, and "is X appropriate?" takes X's rating as its
verdict. Every corpus and statement here is in the test's own words."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.rated_case import asks_for_rating, fitted_case, rated_answer, rated_row
from tests.service.candidates import guideline_candidate
from tests.service.chains import chain
from tests.service.corpora import answered, background_guidelines, built
from index.search import open_index

TABLE = """---
title: "Imaging of the sore wobble knee"
type: guideline
year: 2022
---
# Recommendations

Variant 1: Sore wobble knee of long standing. First scan.

Procedure
Rating
Comments

Zorp scan wobble knee
9
Cheap and quick as the first look.

Glim scan wobble knee
2

Blip scan wobble knee
1

Score Key: 9,8,7 Usually appropriate; 6,5,4 May be appropriate; 3,2,1 Usually not appropriate

Variant 2: Grinding and catching of the wobble knee; zorp scan nondiagnostic.

Procedure
Rating
Comments

Glim scan wobble knee
9
Shows loose fragments inside the joint best.

Blip scan wobble knee
6

Zorp scan wobble knee
1
Already done.

Score Key: 9,8,7 Usually appropriate; 6,5,4 May be appropriate; 3,2,1 Usually not appropriate

Wobble knee of long standing is common in people who play squash, and its pain may wax and wane for years.
"""


@pytest.fixture(scope="module")
def table_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "rated70", {"table.md": TABLE, **background_guidelines(
        "Fever in children", "Asthma in children", "Migraine prevention", "Exercise for knee osteoarthritis")})


def test_the_fitting_variant_leads_with_its_best_rated_row(table_index: Path) -> None:
    answer = answered(table_index, "Sore wobble knee for years in a 30yo squash player, which scan first?")
    assert answer.bottom_line.text.startswith("Variant 1: Sore wobble knee of long standing; First scan - Zorp scan")
    assert "Rating 9" in answer.bottom_line.text.split(". ")[0]


def test_a_follow_up_that_changes_the_case_takes_its_variant(table_index: Path) -> None:
    index = open_index(table_index)
    try:
        answer = chain(index, "Sore wobble knee for years in a 30yo squash player, which scan first?",
                       "zorp scan nondiagnostic but the knee now grinds and catches, next scan?")
    finally:
        index.close()
    assert answer.bottom_line.text.startswith("Variant 2: Grinding and catching")
    assert "Glim scan wobble knee: Rating 9" in answer.bottom_line.text


def test_is_x_appropriate_takes_the_rating_of_x_in_the_fitting_variant(table_index: Path) -> None:
    answer = answered(table_index, "wobble knee grinding and catching, zorp scan nondiagnostic - is a glim scan "
                                    "appropriate?")
    assert answer.verdict == "yes"
    assert "Glim scan wobble knee: Rating 9" in answer.bottom_line.text
    no = answered(table_index, "sore wobble knee of long standing, no scan yet - is a blip scan appropriate first?")
    assert no.verdict == "no"
    assert "Blip scan wobble knee: Rating 1" in no.bottom_line.text


def test_no_clear_fit_picks_no_variant() -> None:
    cases = ["Variant 1: Grinding knee; first scan", "Variant 2: Catching knee; first scan"]
    idf = {"grind": 2.0, "catch": 2.0, "knee": 0.5, "first": 0.5, "scan": 0.5}.get
    assert fitted_case(cases, "grinding and catching knee", lambda t: idf(t, 1.0)) is None
    assert fitted_case(cases, "grinding knee", lambda t: idf(t, 1.0)) == "Variant 1"


ONE_CASE = """---
title: "Appropriateness of imaging for suspected flarn tear of the gullet"
type: guideline
year: 2021
---
# Recommendations

Procedure
Rating
Comments

Quib scan chest with dye
9
The definitive test for most people with a suspected flarn tear.

Gleep scan whole body
3
Not for the first look; of some use later on.

Score Key: 9,8,7 Usually appropriate; 6,5,4 May be appropriate; 3,2,1 Usually not appropriate

Gleep scan may play a role in judging how a flarn tear of the gullet will turn out, and has been of some value in
telling an old tear from a new one.
"""


@pytest.fixture(scope="module")
def one_case_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "rated70one", {"table.md": ONE_CASE, **background_guidelines(
        "Fever in children", "Asthma in children", "Migraine prevention")})


def test_a_table_of_one_case_gives_the_rating_over_its_own_discussion(one_case_index: Path) -> None:
    answer = answered(one_case_index, "suspected flarn tear of the gullet, stable - is a gleep scan a good first test?")
    assert answer.verdict == "no"
    assert "Gleep scan whole body: Rating 3" in answer.bottom_line.text
    best = answered(one_case_index, "Suspected flarn tear of the gullet, stable. best definitive scan?")
    assert best.bottom_line.text.startswith("Quib scan chest with dye: Rating 9")


def test_words_that_tell_the_case_do_not_name_the_procedure() -> None:
    # (The case names the frob ligament; one procedure is its release, rated 8: asked "thin the blood?" in the case's
    # words, the blood thinning row, rated 2, is the one asked.)
    case = "Variant 5: Pain after meals, the frob ligament squeezing the gut artery"
    rows = [rated_row(guideline_candidate(f"{case} - {name}: Rating {rating} (Usually {meaning}).", 0.5, "g1"))
            for name, rating, meaning in (("Release of the frob ligament", 8, "appropriate"),
                                          ("Blood thinning drugs", 2, "not appropriate"))]
    cases = [case, "Variant 4: Pain after meals, both gut arteries narrowed"]
    idf = lambda term: 2.0  # noqa: E731
    found = rated_answer([r for r in rows if r is not None], cases, "pain after meals, frob ligament squeezing the gut "
                         "artery - thin the blood?", "", True, idf)
    assert found is not None and found.verdict == "no"
    assert "Blood thinning drugs: Rating 2" in found.rows[0].text


@pytest.mark.parametrize(("question", "yes_no", "rated"), [
    ("sore wobble knee, which scan first?", False, True),
    ("zorp scan nondiagnostic but now it catches - next scan?", False, True),
    ("grinding wobble knee. what scan?", False, True),
    ("grinding wobble knee - what causes it?", False, False),
    ("sore wobble knee, how common is it in squash players?", False, False),
    ("grinding wobble knee - is a glim scan appropriate?", True, True),
    ("and a blip scan, does it help tell the cause?", True, False),
])
def test_only_a_choice_or_whether_to_do_it_is_answered_by_a_rating(question: str, yes_no: bool, rated: bool) -> None:
    assert asks_for_rating(question, yes_no) is rated

