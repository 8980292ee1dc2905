"""Advice to test for a state before giving a treatment is no "yes" to giving it to a patient known to have that state
(``tested_first``; session 55, blind test D: "known ... deficiency: can I give ...?" was answered "Yes." above a
regulator's advice to test for the deficiency before starting the drug, which the guideline contraindicates in it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.tested_first import advises_testing_first
from tests.service.corpora import answered, background_guidelines, built

GUIDE = """---
title: "Guideline for frobnase genotype and gizmozumab use"
type: guideline
year: 2017
---
# Recommendations

The regulator advises that people likely to carry frobnase deficiency, such as those whose relatives have it, be
tested for frobnase deficiency before gizmozumab is begun. Some commercial assays detect only a few of the
usual frobnase variants. Gizmozumab lowers plasma wibble in patients at risk of tumour blorbosis.

Gizmozumab is contraindicated in patients with frobnase deficiency because of the risk of acute haemolysis; alternatives
include wobblinol.
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "frob", {"frob.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                    "Asthma in children")})


def test_testing_advice_is_read_as_a_precondition() -> None:
    advice = ("The regulator advises that people likely to carry frobnase deficiency be tested for frobnase "
              "deficiency before gizmozumab is begun.")
    assert advises_testing_first("Patient with known frobnase deficiency: can I give gizmozumab?", advice)
    # Not where testing is what is asked, nor for a state the question does not name.
    assert not advises_testing_first("Should patients be tested for frobnase deficiency before gizmozumab?", advice)
    assert not advises_testing_first("Patient with tumour blorbosis: can I give gizmozumab?", advice)


def test_no_yes_from_advice_to_test_first(guide_index: Path) -> None:
    answer = answered(guide_index, "Patient with known frobnase deficiency and tumour blorbosis risk: can I give "
                                   "gizmozumab?")
    assert answer.verdict != "yes"
