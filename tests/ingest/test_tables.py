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
