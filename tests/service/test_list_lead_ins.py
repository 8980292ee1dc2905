"""A guideline's list item is quoted with the line that introduces it (``ingest.readers.lists``), and what that line
says of the people counts when the answer matches the question's case: an age band in signs ("Age >=50 years"), and
the people a lead-in restricts its items to."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.lead import fit, fitting
from service.answer.qualifiers import outside_bounds, qualifiers
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate
from tests.service.corpora import BACKGROUND, answered, built


def _advice(text: str, title: str = "Managing frobnitis") -> Candidate:
    c = candidate(text, DocumentKind.GUIDELINE, i=True, c=True)
    hit = replace(c.hit, document=replace(c.hit.document, title=title))
    return replace(c, hit=hit, terms=frozenset(tokenize(text)))


def test_an_age_band_written_in_signs_is_read_as_an_age_bound() -> None:
    assert qualifiers("the gizmo goal for Age <50 years is below 12 units")["age bound"] == {"lt 600m"}
    assert qualifiers("the gizmo goal for Age \u226550 years is below 14 units")["age bound"] == {"gt 599m"}
    assert qualifiers("Age \u22645 years: 10 mg")["age bound"] == {"lt 72m"}
    assert "age bound" not in qualifiers("see page <5 of the leaflet")
    # two groups, one dose each: no bound on the statement's people
    assert "age bound" not in qualifiers("Give 5 mg for age <3 years and 10 mg for age \u22653 years twice a day.")
    asked = qualifiers("a 58-year-old man with frobnitis")["age at"]
    assert outside_bounds(asked, frozenset({"lt 600m"})) and not outside_bounds(asked, frozenset({"gt 599m"}))


def test_the_item_for_the_asked_age_band_leads() -> None:
    younger = _advice("For adults without widget disease, the gizmo goal for Age <50 years is below 12 units [IA].")
    older = _advice("For adults without widget disease, the gizmo goal for Age \u226550 years is below 14 units [IB].")
    q = read_question("58M with frobnitis, no widget disease - what gizmo goal should I aim for?")

    assert fitting(q, [younger, older]) == [older]


def test_the_people_a_lead_in_restricts_its_item_to_end_at_its_colon() -> None:
    # Read past the colon, the item's own words ("gizmo pills") were taken for the people's, and advice for people on
    # widget tablets read as advice for anyone asking about gizmo pills.
    item = _advice("For women receiving widget tablets: Gizmo pills are not advised.")
    asked = qualifiers("Can a woman take gizmo pills?")

    assert fit(asked, item, frozenset(tokenize("Can a woman take gizmo pills?"))).restricted


GUIDELINE = """---
title: Frobnitis in adults
type: guideline
---

# Recommendations

Blorp tablets and gizmo pills are both used by adults with frobnitis.

C - For people with frobnitis taking widget-inducing tablets:

- Gizmo pills are not advised, because the widget-inducing tablets make them fail.

- A gizmo coil can be fitted without limits.

C - For people with frobnitis taking frobnil:

- Gizmo pills can be used freely, with a check of frobnil levels.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {f"bg{k}.md": f"---\ntitle: {title}\ntype: guideline\n---\n\n{text}\n"
             for k, (title, text) in enumerate(BACKGROUND.items())}
    return built(tmp_path_factory, "lists", {**files, "frob.md": GUIDELINE})


def test_items_of_two_lists_are_never_quoted_without_whom_each_is_for(index_dir: Path) -> None:
    answer = answered(index_dir, "Are gizmo pills ok for a person with frobnitis?")

    quoted = [s.text for section in answer.sections for s in section.statements if s.origin == "source"]
    quoted += [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    items = [t for t in quoted if "Gizmo pills" in t]
    assert items  # the items answer the question
    for text in items:
        assert text.startswith(("C - For people with frobnitis taking widget-inducing tablets: Gizmo pills are not",
                                "C - For people with frobnitis taking frobnil: Gizmo pills can be used freely"))
