"""Advice that sits in a guideline's table (session 60, from a blind clinician's test on guideline summaries): a row of
an appropriateness table ("Score 9 (Usually helpful)" as the tables reader writes a rated row, or "Usually Appropriate"
in words) and a cell in the imperative ("...; Advice: If new to gizmo, do not give gizmo") are advice, so a guideline
can contribute them past its quota of passages and a verdict can rest on them. Every corpus here is written in the
test's own words."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.guideline import gives_advice, passage_gives_advice
from tests.service.candidates import passage
from tests.service.corpora import answered, background_guidelines, built, lead_text


@pytest.mark.parametrize("text", [
    "Scenario 2: Sore flimb after a fall; First scan - Zorp scan of the flimb: Score 9 (Usually appropriate).",
    "Scenario 2: Sore flimb after a fall; First scan - Wub scan whole body: Score 2 (Usually not appropriate).",
    "Scenario 4: Blurry glorp - Blip scan: Fit: May Be Appropriate.",
    "Fast zorp; Blorp Carrier, Advice: If new to gizmo, do not give gizmo.",
    "Fast zorp; Blorp Noncarrier, Advice: Give the usual dose of gizmo.",
    # a footnote letter glued to the condition's comma
    "Slow zorp; Blorp Carrier, Advice: If new to gizmo,a do not give gizmob.",
    # a colon inside a name before the cell's own
    "Zorp*12:01 carrier; Advice: Avoid gizmo.",
])
def test_a_rated_row_or_an_imperative_cell_is_advice(text: str) -> None:
    assert gives_advice(text)


@pytest.mark.parametrize("text", [
    "Fast zorp; Blorp Noncarrier, Risk: Raised levels of gizmo.",
    "Slow zorp; Blorp Carrier, Risk: High risk of rash.",
    # the rated row's words are advice, the words "appropriate" alone are not ("appropriateness of a scan")
    "The panel rated the appropriateness of each zorp scan.",
])
def test_a_cell_that_states_a_finding_is_not_advice(text: str) -> None:
    assert not gives_advice(text)


def test_a_passage_of_rated_rows_gives_advice_so_retrieval_may_take_it_past_the_quota() -> None:
    text, spans = passage(
        "Scenario 2: Sore flimb after a fall; First scan - Zorp scan of the flimb: Score 9 (Usually appropriate).",
        "Scenario 2: Sore flimb after a fall; First scan - Blip scan of the flimb: Score 6 (May be appropriate).")
    assert passage_gives_advice(text, spans)


TABLE_GUIDELINE = """---
title: "Gizmo dosing by blorp gene type"
type: guideline
year: 2021
---
# Gizmo dosing by blorp gene type

## Recommendations

The blorp*7 gene variant is common in some island populations and rare elsewhere, and people who carry blorp*7 are
often unaware of it.

Table 2: Gizmo Advice by Blorp*7 Status

Blorp*7 Carrier
Blorp*7 Noncarrier

Zorp Type
Risk
Advice
Risk
Advice

Fast zorp
High risk of gizmo rash
If gizmo naive, do not use gizmo
Usual risk
Start gizmo at the usual dose

Slow zorp
High risk of gizmo rash
If gizmo naive, do not use gizmo
Raised gizmo levels
Start gizmo at half the usual dose
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"gizmo.md": TABLE_GUIDELINE, **background_guidelines("Exercise for knee osteoarthritis",
                                                                   "Iron deficiency anaemia in adults",
                                                                   "Migraine prevention", "Asthma in children")}
    return built(tmp_path_factory, "gizmo-table", files)


def test_a_carrier_asked_about_starting_gets_the_cell_that_says_do_not_use(gizmo_index: Path) -> None:
    answer = answered(gizmo_index, "Should gizmo be started in a blorp*7 carrier?")

    assert answer.verdict == "no"
    assert lead_text(answer).endswith("Blorp*7 Carrier, Advice: If gizmo naive, do not use gizmo.")
