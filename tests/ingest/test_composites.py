"""Composite outcomes a corpus defines, read from sentences written for these tests (ingest.composites)."""
from __future__ import annotations

from ingest.composites import corpus_composites


def test_the_corpus_table_is_lower_case_and_joins_the_definitions_of_one_name() -> None:
    table = corpus_composites([
        "The end point was major adverse cardiac events, a composite of myocardial infarction and stroke.",
        "Major adverse cardiac events (a composite of stroke, myocardial infarction or urgent revascularization) "
        "were counted.",
        "The composite score of pain and function improved.",  # names a composite, defines none
    ])
    assert table == {"major adverse cardiac events": ["myocardial infarction", "stroke", "urgent revascularization"]}
