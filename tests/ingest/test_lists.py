"""List items written with the line that introduces them: each item reads true on its own, other text is untouched."""
from __future__ import annotations

from pathlib import Path

from ingest.chunking import chunk_document
from ingest.readers.lists import label_lists
from ingest.readers.markdown import read_markdown

TWO_LISTS = """Blorp clinics see people on many tablets.

C - For people taking widget-inducing tablets:

- A gizmo coil can be fitted without limits.

- Gizmo pills are not advised.

C - For people taking frobnil:

- Gizmo pills can be used freely.

Follow-up is yearly."""


def test_each_item_carries_its_own_lead_in_so_two_lists_never_read_as_one() -> None:
    out = label_lists(TWO_LISTS).split("\n\n")

    assert out == [  # (each lead-in line is left out where it stood: its items carry it)
        "Blorp clinics see people on many tablets.",
        "- C - For people taking widget-inducing tablets: A gizmo coil can be fitted without limits.",
        "- C - For people taking widget-inducing tablets: Gizmo pills are not advised.",
        "- C - For people taking frobnil: Gizmo pills can be used freely.",
        "Follow-up is yearly.",
    ]


def test_a_lead_in_that_ends_a_paragraph_leaves_the_rest_of_it_in_place() -> None:
    text = "Blorps are common. Offer a gizmo to people who:\n\n- Have had two blorps\n\n- Cannot take frobnil"

    assert label_lists(text).split("\n\n") == [
        "Blorps are common.",
        "- Offer a gizmo to people who: Have had two blorps.",
        "- Offer a gizmo to people who: Cannot take frobnil.",
    ]


def test_fragment_items_become_statements_with_a_stop_and_without_their_joint() -> None:
    text = """Children with a blorp fit lasting ten minutes or more should be given:

- Gizmolam 5 mg into the cheek, or

- Frobazepam 5 mg by rectum if gizmolam is not at hand"""

    out = label_lists(text).split("\n\n")

    assert out == [
        "- Children with a blorp fit lasting ten minutes or more should be given: Gizmolam 5 mg into the cheek.",
        "- Children with a blorp fit lasting ten minutes or more should be given: Frobazepam 5 mg by rectum if "
        "gizmolam is not at hand.",
    ]


def test_an_item_that_runs_on_introduces_only_the_fragments_after_it() -> None:
    text = """- For adults without widget disease, the gizmo pressure goal for

- Age under 50 years is below 12 units [IA]

- Age 50 years or more is below 14 units [IB]

- For adults with widget disease, aim for below 11 units [IA]."""

    out = label_lists(text).split("\n\n")

    assert out == [
        "- For adults without widget disease, the gizmo pressure goal for",
        "- For adults without widget disease, the gizmo pressure goal for Age under 50 years is below 12 units [IA].",
        "- For adults without widget disease, the gizmo pressure goal for Age 50 years or more is below 14 units "
        "[IB].",
        "- For adults with widget disease, aim for below 11 units [IA].",
    ]


def test_a_sibling_of_the_item_that_introduced_a_sublist_ends_that_sublist() -> None:
    text = """- Adults with illnesses that thin the blorp, the gizmo goal for

- Chronic gizmosis below 5 units

- Adults who have had a frobectomy"""

    out = label_lists(text).split("\n\n")

    assert out[1] == "- Adults with illnesses that thin the blorp, the gizmo goal for Chronic gizmosis below 5 units."
    assert out[2] == "- Adults who have had a frobectomy"


def test_an_item_ending_with_a_colon_introduces_nothing() -> None:
    # (its items written with it crowded a section's other statements out of the ranked evidence)
    text = "- Begin zib care on arrival, using one of:\n\n- Zib socks\n\n- Zab pumps"

    assert label_lists(text) == text


def test_items_that_hold_together_are_written_as_one_statement() -> None:
    text = """Do not call it frobnitis in people with:

- A widget count of 40 to 55 and

- A gizmo level above 70 and

- No other sign of frobnitis."""

    out = label_lists(text).split("\n\n")

    assert out[0] == ("- Do not call it frobnitis in people with: A widget count of 40 to 55 and A gizmo level "
                      "above 70 and No other sign of frobnitis.")
    assert out[1:] == ["- A gizmo level above 70 and", "- No other sign of frobnitis."]


def test_bare_labels_titles_and_text_without_a_lead_in_are_left_as_they_are() -> None:
    text = """Children:

- Dosing: under 4 years, 8 mg/kg a day.

Key Points Summary:

- Gizmos help.

- Widgets do not.

A paragraph that ends with a full stop.

- An item after it."""

    assert label_lists(text) == text


def test_the_reader_quotes_an_item_with_its_lead_in_even_when_the_chunk_starts_after_it(tmp_path: Path) -> None:
    filler = "\n\n".join(f"- Blorp fact number {k} is written here to fill the chunk with words." for k in range(30))
    (tmp_path / "g.md").write_text(f"---\ntitle: Blorp care\ntype: guideline\n---\n\nFor people on frobnil:\n\n"
                                   f"{filler}\n\n- Gizmo pills can be used freely.\n")

    chunks = chunk_document(read_markdown(tmp_path / "g.md", tmp_path))

    last = chunks[-1].sentence_texts()[-1]
    assert chunks[0].sentence_texts()[0].startswith("For people on frobnil: Blorp fact number 0")
    assert len(chunks) > 1  # the lead-in line stood chunks away from the last item
    assert last == "For people on frobnil: Gizmo pills can be used freely."
