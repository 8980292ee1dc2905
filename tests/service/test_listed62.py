"""Parts of one whole in a guideline (session 62, from the blind clinician tests g58-g61: "best first imaging?" led by
a rating-2 row of the table whose rating-9 row is the answer; "which blood tests to rule out other diagnoses?" quoted
two of the four tests a list gives): a table variant's rated rows rank by their ratings for a which question, and a
list the bottom line quotes an item of is quoted whole. Every corpus and statement here is in the test's own words."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from service.answer.listed import asks_several, rated_in_order, with_whole_lists
from tests.service.candidates import candidate, guideline_candidate
from tests.service.corpora import answered, background_guidelines, built

ROW = "Scenario 3: Adult with a sore flimb; First scan - {name}: Score {rating} (Usually {meaning})."


def _row(name: str, rating: int, score: float, doc: str = "g1") -> object:
    meaning = "appropriate" if rating >= 7 else "not appropriate"
    return guideline_candidate(ROW.format(name=name, rating=rating, meaning=meaning), score, doc)


def test_rows_of_one_variant_take_the_places_and_scores_in_rating_order() -> None:
    wub, other, zorp, blip = (_row("Wub scan", 2, 0.95), guideline_candidate("Flimbs hurt.", 0.9, "g1"),
                              _row("Zorp scan", 9, 0.7), _row("Blip scan", 6, 0.6))
    out = rated_in_order([wub, other, zorp, blip])  # type: ignore[list-item]
    assert [c.text.split(" - ")[1].split(":")[0] for c in (out[0], out[2], out[3])] == ["Zorp scan", "Blip scan",
                                                                                         "Wub scan"]
    assert [c.score for c in out] == [0.95, 0.9, 0.7, 0.6]
    assert out[1] is other


def test_rows_of_other_variants_or_sources_are_not_mixed() -> None:
    low = _row("Wub scan", 2, 0.95)
    other_source = _row("Zorp scan", 9, 0.7, doc="g2")
    other_variant = replace(_row("Blip scan", 8, 0.6), text="Scenario 4: Child - Blip scan: Score 8 (Usually fine).")  # type: ignore[type-var]
    ranked = [low, other_source, other_variant]
    assert rated_in_order(ranked) == ranked  # type: ignore[arg-type]


def test_a_research_sentence_shaped_like_a_row_is_no_row() -> None:
    high, low = (candidate("Group A - Wub scan: Score 2 (low)."), candidate("Group A - Zorp scan: Score 9 (high)."))
    assert rated_in_order([high, low]) == [high, low]


INTRO = "In adults who meet the blorp criteria, the following checks should be done to rule out other causes"


def test_a_quoted_list_item_brings_its_fellows_in_the_source_order() -> None:
    items = [guideline_candidate(f"{INTRO}: {name}.", score, "g1")
             for name, score in (("Glub count", 0.8), ("Zed rate", 0.7), ("Fizz protein", 0.6))]
    aside = guideline_candidate("Flimb scans are not needed to confirm blorp.", 0.75, "g1")
    # (one passage: each item's place is its offset in the passage's text)
    text = " ".join(c.text for c in items)
    items = [replace(c, hit=replace(c.hit, chunk=replace(c.hit.chunk, text=text))) for c in items]
    out = with_whole_lists([items[0], aside, items[1]], [items[0], aside, items[1], items[2]])
    assert [c.text for c in out] == [items[0].text, items[1].text, items[2].text, aside.text]


def test_a_second_list_after_a_whole_one_is_left_out_not_cut() -> None:
    first = [guideline_candidate(f"{INTRO}: {name}.", 0.8, "g1") for name in ("Glub count", "Zed rate")]
    second = [guideline_candidate(f"These checks are not needed to confirm blorp: {name}.", 0.7, "g1")
              for name in ("Flimb scan", "Wub scope")]
    out = with_whole_lists([first[0], second[0]], [*first, *second])
    assert [c.text for c in out] == [first[0].text, first[1].text]


def test_a_label_before_a_colon_is_no_list() -> None:
    dose, how = (guideline_candidate("Dose: 5 mg daily.", 0.8, "g1"), guideline_candidate("Dose: 10 mg daily.", 0.7,
                                                                                           "g1"))
    assert with_whole_lists([dose], [dose, how]) == [dose]


TABLE = """---
title: "Imaging for a sore flimb in adults"
type: guideline
year: 2022
---
# Recommendations

Scenario 1: Adult with a sore flimb after a fall; first scan.

Procedure
Rating
Comments

Wub scan of the flimb with dye
2
Shows the soft parts of the flimb after a fall in great detail.

Zorp scan of the flimb
9
Quick and cheap.

Blip scan of the flimb
5
When the zorp scan is unclear.

Score Key: 1-3 Usually not appropriate; 4-6 May be appropriate; 7-9 Usually appropriate
"""

LIST = """---
title: "Blorp syndrome in adults: diagnosis"
type: guideline
year: 2021
---
# Recommendations

## Checks

In adults who meet the blorp diagnostic criteria, the following blood checks should be done to rule out other
diagnoses:

- Glub count
- Zed rate or plasma thickness
- Fizz protein
- Antibodies for wheat gut disease

The following checks are not needed to confirm blorp in adults who meet the criteria:

- Flimb scan
- Wub scope
- Thyroid check
"""


@pytest.fixture(scope="module")
def parts_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "listed62", {"table.md": TABLE, "list.md": LIST, **background_guidelines(
        "Fever in children", "Asthma in children", "Migraine prevention")})


def test_the_top_rated_row_leads_a_which_question(parts_index: Path) -> None:
    answer = answered(parts_index, "adult with a sore flimb after a fall - best first scan?")
    first = answer.bottom_line.text.split("Zorp scan of the flimb")[0]
    assert "Zorp scan of the flimb: Rating 9" in answer.bottom_line.text
    assert "Rating 2" not in first and "Rating 5" not in first


@pytest.mark.parametrize("question", [
    "adult meets blorp criteria - which blood checks to rule out other diagnoses?",  # a lead and its support
    "which blood tests for an adult with possible blorp syndrome?",  # closest evidence
])
def test_a_list_of_blood_checks_is_quoted_whole(parts_index: Path, question: str) -> None:
    answer = answered(parts_index, question)
    for item in ("Glub count", "Zed rate", "Fizz protein", "wheat gut disease"):
        assert item in answer.bottom_line.text
    assert "Flimb scan" not in answer.bottom_line.text  # (the second list is left out, not cut)


def test_an_item_already_quoted_in_another_statement_is_not_quoted_again() -> None:
    both = guideline_candidate(f"{INTRO}: Glub count and Zed rate.", 0.8, "g1")
    glub = guideline_candidate(f"{INTRO}: Glub count and", 0.7, "g1")
    with_before = guideline_candidate(f"{INTRO}: Glub count and Zed rate. Zed rate.", 0.6, "g1")
    fizz = guideline_candidate(f"{INTRO}: Fizz protein.", 0.5, "g1")
    out = with_whole_lists([both], [both, glub, with_before, fizz])
    assert [c.text for c in out] == [both.text, fizz.text]


@pytest.mark.parametrize(("question", "several"), [
    ("adult meets blorp criteria - which blood checks to rule out other causes?", True),
    ("What scans are needed for a sore flimb?", True),
    ("sore flimb after a fall, which scan first?", False),  # one thing asked
    ("Is a zorp scan the first test for a sore flimb?", False),  # whether
    ("What is the diagnosis of a sore flimb?", False),  # a noun in -is is no plural
    ("What happens next?", False),  # a verb in -s is no noun
])
def test_a_whole_list_answers_a_question_on_several_things(question: str, several: bool) -> None:
    assert asks_several(question) is several


def test_a_yes_no_question_keeps_its_one_item(parts_index: Path) -> None:
    answer = answered(parts_index, "Is a glub count one of the blood checks for adults who meet the blorp criteria?")
    assert "Fizz protein" not in answer.bottom_line.text


def test_a_verb_after_what_asks_no_list() -> None:
    # "What causes ...?" asks no list: its "causes" is a verb, followed by no auxiliary, "to" or the question's end.
    assert not asks_several("What causes flimb wobble?")
    assert not asks_several("What increases the risk of flimb wobble?")
    assert asks_several("Which blorp checks should be done for flimb wobble?")
    assert asks_several("flimb wobble - which blorp checks?")
