"""A sentence that opens by naming again what the sentence before said was done ("The approved regimen is ..." after
"Drugx has been approved ... for osteoporosis") is quoted with that sentence, as an anaphor is: alone it names neither
the drug nor what it was approved for, so a dosing question's answer left the source's dose out of its bottom line
and opened with a trial's result (``anaphora.describes_back``, ``scoring.statements``)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.anaphora import describes_back
from service.answer.pipeline import answer_question
from service.answer.scoring import statements
from tests.service.candidates import sentence_spans
from tests.service.corpora import built, lead_text

APPROVED = "Drugx has been approved in Japan for the treatment of osteoporosis since the 1990s."
REGIMEN = "The approved regimen is 45 milligrams per day, given in three divided doses of 15 milligrams after meals."


def test_a_description_of_what_the_sentence_before_did_leans_on_it() -> None:
    assert describes_back(REGIMEN, APPROVED)
    assert describes_back("The pooled trials were mostly small.", "Several reviews have pooled randomized trials.")
    # Not one the sentence before does not say: the description is the sentence's own.
    assert not describes_back("The recommended allowance for calcium is 1000 milligrams per day.",
                              "The same report set the upper intake level for vitamin D.")
    assert not describes_back("The regimen is 45 milligrams per day.", APPROVED)  # no participle: no description


def test_the_description_is_quoted_with_its_antecedent() -> None:
    text = f"{APPROVED} {REGIMEN}"
    assert statements(text, sentence_spans(text)) == [(APPROVED, False), (text, True)]
    # First in its passage, it has no antecedent there and stands as it is.
    assert statements(REGIMEN, sentence_spans(REGIMEN)) == [(REGIMEN, False)]


OVERVIEW = f"""---
title: "Overview: drugx for osteoporosis in Japanese practice"
type: research
year: 2024
---
# Overview: drugx for osteoporosis in Japanese practice

## Background

Drugx is the pharmaceutical name for a form of vitamin K2. {APPROVED} {REGIMEN} Drugx is not approved as an
osteoporosis drug in the United States or the European Union.

## Evidence from clinical studies

Japanese randomized trials reported that drugx maintained lumbar spine bone mineral density and reduced vertebral
fractures in women with osteoporosis. A later large Japanese trial of drugx added to calcium did not show a
significant reduction in vertebral fractures in the overall population.
"""


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "regimen", {"overview.md": OVERVIEW}))


def test_the_dosing_question_opens_with_the_regimen(overview: Index) -> None:
    lead = lead_text(answer_question(overview, "What is the dose of drugx for osteoporosis?"))
    assert "45 milligrams per day" in lead
