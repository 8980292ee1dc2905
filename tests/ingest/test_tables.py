"""Flattened tables in Markdown/text files: recognised tables become labelled cells, everything else is untouched."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.markdown import read_markdown
from ingest.readers.tables import label_tables

TABLE = """Table 3. Dosing of Gizmozumab by Blorp Status

Blorp Status
Starting Dose
Strength

Normal blorper
Start with 10 mg of gizmozumab daily
Strong

Slow blorper
Start with 5 mg of gizmozumab daily.
Moderate

Footnote about blorpers."""


def test_a_table_becomes_one_paragraph_per_cell_with_row_label_and_column_header():
    out = label_tables(TABLE)

    assert out.split("\n\n") == [
        "Table 3. Dosing of Gizmozumab by Blorp Status",
        "Normal blorper; Starting Dose: Start with 10 mg of gizmozumab daily.",
        "Normal blorper; Strength: Strong.",
        "Slow blorper; Starting Dose: Start with 5 mg of gizmozumab daily.",
        "Slow blorper; Strength: Moderate.",
        "Footnote about blorpers.",
    ]


def test_a_table_without_caption_needs_two_rows_and_a_label_column_may_lack_a_header():
    text = "Intro line.\n\nWidth\nHeight\n\nSmall\n1 zot\n2 zot\n\nLarge\n3 zot\n4 zot"
    assert label_tables(text) == ("Intro line.\n\nSmall; Width: 1 zot.\n\nSmall; Height: 2 zot.\n\n"
                                  "Large; Width: 3 zot.\n\nLarge; Height: 4 zot.")
    one_row = "Intro line.\n\nWidth\nHeight\n\nSmall\n1 zot\n2 zot"
    assert label_tables(one_row) == one_row


@pytest.mark.parametrize("text", [
    # short lines that are no table: lowercase words, list items, a lone block
    "Frobnicate the widget\nthen wait for the zorp\nand check the blip\n\nmix the glorp\nstir the flam\ntaste the wub",
    "- Apple Zorp\n- Berry Zorp\n\n- Cherry Zorp\n- Damson Zorp\n\n- Elder Zorp\n- Fig Zorp",
    "Blorp Status\nStarting Dose",
    # header lines ending in a full stop are sentences, not column names
    "Give the dose.\nWait a week.\n\nFirst\nSecond\n\nThird\nFourth",
])
def test_a_list_of_short_lines_is_untouched(text):
    assert label_tables(text) == text


@pytest.mark.parametrize("text", [
    # rows of different lengths
    "Blorp Status\nStarting Dose\nStrength\n\nNormal\n10 mg\n\nSlow\n5 mg\nModerate\nextra line",
    # a "header" right after a block as long as a row is a row with a cell missing
    "Zot Scan\nUsually Fine\nO\n\nFlim Scan\nUsually Fine\n\nGlim Scan\nUsually Fine\n\nPlim Scan\nRarely Fine",
    # a cell running on to the next line (ends in a colon) is not a row
    "Zorp Grade\nOld Zorp System\n\nHigh\nClass A:\nbig trials\n\nLow\nClass B:\nsmall trials",
])
def test_ragged_or_broken_blocks_are_untouched(text):
    assert label_tables(text) == text


def test_text_around_a_table_keeps_its_exact_separators():
    text = "Before  \n\n\n  Width\nHeight\n\nSmall\n1 zot\n2 zot\n\n\nLarge\n3 zot\n4 zot\n \nAfter\nmore"
    out = label_tables(text)
    assert out.startswith("Before  \n\n\n")
    assert out.endswith("Large; Height: 4 zot.\n \nAfter\nmore")


def test_the_reader_writes_labelled_rows_into_the_section_text(tmp_path: Path):
    path = tmp_path / "gizmo.md"
    path.write_text("---\ntitle: Gizmozumab\n---\n# Gizmozumab\n## Dosing\n" + TABLE + "\n", encoding="utf-8")
    doc = read_markdown(path, tmp_path)

    text = doc.sections[0].text
    assert "Slow blorper; Starting Dose: Start with 5 mg of gizmozumab daily." in text
    assert "Normal blorper; Starting Dose: Start with 10 mg" in text


def test_a_cell_with_a_paragraph_break_is_one_cell_but_rows_of_marks_are_not_joined():
    text = ("Table 1. Zorp Advice\n\nZorp Type\nAdvice\nStrength\n\nFast zorp\nGive the usual dose\nStrong\n\n"
            "Slow zorp\nPick another blip when the wub matters\n\nIf the blip is given expect a wub\nStrong")
    assert label_tables(text).split("\n\n")[-2:] == [
        "Slow zorp; Advice: Pick another blip when the wub matters If the blip is given expect a wub.",
        "Slow zorp; Strength: Strong.",
    ]
    marks = "Table 1. Zorp Checks\n\nCheck\nFirst Visit\nLater Visits\n\nBlip\nX\nX\n\nWub\nX\n\nFlam\nX"
    assert label_tables(marks).endswith("Blip; Later Visits: X.\n\nWub\nX\n\nFlam\nX")


RATED = """Scenario 2: Sore flimb after a fall. First scan.

Scan Type
Score
Remarks
Dose*

Zorp scan of the flimb
9
This scan comes first for a sore flimb.

Blip scan of the flimb
6

O

Wub scan whole body
2

Score Key: 1,2,3 Seldom helpful; 4,5,6 Sometimes helpful; 7,8,9 Usually helpful
*Relative Zap Level

After the table."""


def test_a_rated_row_is_one_statement_with_its_scenario_and_the_meaning_of_its_score() -> None:
    out = label_tables(RATED).split("\n\n")

    assert out[0] == "Scenario 2: Sore flimb after a fall. First scan."
    assert out[1] == ("Scenario 2: Sore flimb after a fall; First scan - Zorp scan of the flimb: Score 9 (Usually "
                      "helpful); Remarks: This scan comes first for a sore flimb.")
    # an empty remark flattens to a blank line: the lone "O" after it is the row's last cell, named by its legend line
    assert out[2] == ("Scenario 2: Sore flimb after a fall; First scan - Blip scan of the flimb: Score 6 (Sometimes "
                      "helpful); Dose (Relative Zap Level): O.")
    assert out[3] == "Scenario 2: Sore flimb after a fall; First scan - Wub scan whole body: Score 2 (Seldom helpful)."
    # the legend and what follows stay as written
    assert "\n\n".join(out[4:]) == RATED[RATED.index("Score Key"):]


def test_a_rating_in_words_rates_rows_read_from_the_left() -> None:
    text = ("Scenario 4: Blurry glorp.\n\nScan\nFit\nZap Level\n\nZorp scan\nUsually Fine\nO\n\nBlip scan\n"
            "Rarely Fine\n\nWub scan\nUsually Fine\nO\n\nFlam scan\nRarely Fine")
    out = label_tables(text).split("\n\n")
    assert out[1:] == ["Scenario 4: Blurry glorp - Zorp scan: Fit: Usually Fine; Zap Level: O.",
                       "Scenario 4: Blurry glorp - Blip scan: Fit: Rarely Fine.",
                       "Scenario 4: Blurry glorp - Wub scan: Fit: Usually Fine; Zap Level: O.",
                       "Scenario 4: Blurry glorp - Flam scan: Fit: Rarely Fine."]


def test_column_groups_over_the_header_name_the_cells_they_span() -> None:
    text = ("Table 5: Gizmo Advice by Blorp Status\n\nBlorp Carrier\nBlorp Noncarrier\n\nZorp Type\nRisk\nAdvice\n"
            "Risk\nAdvice\n\nFast zorp\nHigh risk of rash\nIf new to gizmo, do not give gizmo\nUsual risk\n"
            "Give the usual dose\n\nSlow zorp\nHigh risk of rash\nIf new to gizmo, do not give gizmo\nRaised levels\n"
            "Give half the dose")
    out = label_tables(text).split("\n\n")
    assert "Fast zorp; Blorp Carrier, Advice: If new to gizmo, do not give gizmo." in out
    assert "Fast zorp; Blorp Noncarrier, Advice: Give the usual dose." in out
    assert "Slow zorp; Blorp Noncarrier, Risk: Raised levels." in out
    # one short name between the caption and the header spans every column
    spanned = ("Table 2. Gizmo by Zorp Class\n\nZorp Class\n\nWidth\nI\nII\n\nNarrow\nGizmo\nGizmo plus\n\n"
               "Wide\nGizmo plus\nGlorp")
    assert "Wide; Zorp Class II: Glorp." in label_tables(spanned)


def test_a_row_with_merged_cells_keeps_its_label_and_names_no_column() -> None:
    text = ("Table 2. Gizmo by Zorp Class\n\nWidth\nI\nII\nIII\n\nTiny\nGizmo if the blip is high\nNothing\n\n"
            "Narrow\nGizmo\nGizmo\nGizmo plus\n\nWide\nGizmo plus\nGlorp\nGlorp")
    out = label_tables(text).split("\n\n")
    assert out[1] == "Tiny: Gizmo if the blip is high; Nothing."
    assert "Narrow; III: Gizmo plus." in out
    # ... but rows shorter than the columns after the last full row are not the table's
    tail = "Width\nI\nII\n\nNarrow\nGizmo\nGizmo plus\n\nWide\nGizmo plus\nGlorp\n\nA note\nwith two lines"
    assert label_tables(tail).endswith("Wide; II: Glorp.\n\nA note\nwith two lines")


@pytest.mark.parametrize("text", [
    # a repeated finding down a column is a cell, not a rating in words
    "Zorp Type\nRisk\nAdvice\n\nFast\nhigh risk of rash\nGive less\n\nSlow\nhigh risk of rash\n\nOdd\nlow risk",
    # marks of a check table are no rating: rows missing a cell stay as written
    "Table 1. Zorp Checks\n\nCheck\nFirst Visit\nLater Visits\n\nBlip\nX\nX\n\nWub\nX\n\nFlam\nX\n\nGlim\nX",
    # a bare number is no column name: "Glorp scan / 4" is a row whose table began above
    "Glorp scan\n4\n\nZorp scan\n5\n\nBlip scan\n7",
])
def test_what_only_looks_rated_is_not_read_as_rated(text: str) -> None:
    out = label_tables(text)
    assert "(" not in out and " - " not in out
    if text.startswith("Glorp"):
        assert out == text


def test_over_a_header_that_leaves_the_label_column_unnamed_the_first_line_names_that_column() -> None:
    text = ("Zorp Grading\n\nCertainty of Zorp\nSize of Zorp Effect\n\nLarge\nSmall\nNone\n\nHigh\nA\nB\nD\n\n"
            "Low\nB\nC\nD")
    out = label_tables(text).split("\n\n")
    assert "High; Size of Zorp Effect Small: B." in out
    assert "Low; Size of Zorp Effect None: D." in out
