"""Concepts learned from the corpus: a topic the default corpus does not contain gets the same help."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build_index
from index.search import Index, open_index
from service.answer.concepts import Lexicon, concept
from service.answer.pipeline import answer_question

DERMATOLOGY = {
    "pdt-trial.md": """---
title: "Photodynamic therapy for actinic keratoses: a randomized trial"
type: research
source: "Test Journal of Dermatology"
year: 2015
---
# Photodynamic therapy for actinic keratoses: a randomized trial

## Background

Actinic keratoses are rough, scaly skin lesions caused by long-term sun exposure. Photodynamic therapy (PDT) combines a photosensitising cream with illumination by red light.

## Results

In this randomized trial of 210 adults, PDT cleared 81 percent of actinic keratoses at three months compared with 22 percent after placebo cream with illumination. Pain during illumination was the most common adverse effect.
""",
    "ak-guideline.md": """---
title: "Overview of guidance on actinic keratosis"
type: guideline
source: "Test Dermatology Society"
year: 2020
---
# Overview of guidance on actinic keratosis

## Recommendations

Clinicians should offer field treatment such as topical fluorouracil or PDT to patients with multiple actinic keratoses. Cryotherapy is recommended for isolated lesions.
""",
    "unrelated.md": """---
title: "Overview of asthma inhaler steps"
type: guideline
source: "Test Respiratory Society"
year: 2021
---
# Overview of asthma inhaler steps

Inhaled corticosteroids are the basis of long-term asthma control in adults and children.
""",
}


@pytest.fixture(scope="module")
def derm_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("derm-corpus")
    for name, text in DERMATOLOGY.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("derm-index") / "index"
    build_index(folder, path)
    return open_index(path)


def test_an_abbreviation_the_corpus_defines_names_the_concept() -> None:
    lexicon = Lexicon.from_texts(["Photodynamic therapy (PDT) combines a cream with red light."])
    pdt = concept("photodynamic therapy", lexicon)
    assert pdt.mentioned_in({"pdt", "clear", "lesion"})
    assert concept("PDT", lexicon).mentioned_in({"photodynam", "therapi"})
    assert not concept("photodynamic therapy").mentioned_in({"pdt", "clear", "lesion"})


def test_a_longer_concept_is_met_by_its_weightiest_terms() -> None:
    weights = {"fractur": 3.0, "older": 1.0, "adult": 0.5}
    fractures = concept("fractures in older adults", idf=weights.__getitem__)
    assert fractures.mentioned_in({"fractur", "adult", "trial"})
    assert not fractures.mentioned_in({"older", "adult", "trial"})


def test_a_new_specialty_gets_direct_evidence_through_its_abbreviation(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Is photodynamic therapy effective for actinic keratosis?")
    assert answer.evidence.direct and answer.evidence.level != "indirect"
    assert answer.bottom_line.statements[0].origin == "template"  # the verdict
    assert answer.verdict in ("yes", "uncertain")
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and "PDT" in quoted[0].text
    assert "insufficient evidence" not in answer.bottom_line.text.lower()


def test_the_bottom_line_prefers_a_guideline_recommendation(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Should photodynamic therapy be offered for actinic keratoses?")
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted, answer.bottom_line.text
    lead_ref = next(r for r in answer.references if r.n == quoted[0].citations[0])
    assert lead_ref.kind == "Guideline"
    assert quoted[0].text.startswith("Clinicians should offer field treatment")
