"""The sentences that go on telling a case a source sets out to rate are no finding (``scenario.continues_scenario``;
session 70's blind test: a vignette's pathology report, "... reveals ... no parametrial invasion ... negative margins",
led the bottom line of "adjuvant treatment?" and said "No." where its source rated a treatment for that case 8).
Every topic and name here is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.scenario import continues_scenario
from tests.service.corpora import answered, background_guidelines, built

CASE = "Variant 2: 44-year-old woman, a wobble tumor of 3 cm, has a full glandectomy."
REPORT = ("Review of the removed gland reveals a grade 2 wobble carcinoma, no capsule invasion, two of nine "
          "positive nodes, and clear margins.")


@pytest.mark.parametrize(("sentences", "continues"), [
    ([CASE, REPORT], True),
    ([CASE, "Assume adjuvant zorbitherapy is planned.", REPORT], True),
    # a premise the case sets is part of it, though it holds words of advice
    ([CASE, REPORT, "Assume adjuvant zorbitherapy has been recommended."], True),
    # a label before a kind of case heads the source's discussion of it, whose sentences are findings
    (["Variant 6: Suspect chronic wobble gland pain; scans nondiagnostic.",
      "Wobble pain is caused by a tear of the gland's capsule in most adults."], False),
    # the case's own rating, or advice, ends it; a new label starts another
    ([CASE + " Zorbitherapy: Rating 8 (Usually appropriate).", REPORT], False),
    ([CASE, "Zorbitherapy should be offered after a glandectomy.", REPORT], False),
    ([CASE, REPORT.replace("Review", "Variant 3: Review")], False),
    # further than the case's few sentences, or without a case at all
    ([CASE, "It was large.", "It was hard.", REPORT], False),
    (["Wobble tumors are rare in adults.", REPORT], False),
])
def test_a_sentence_after_one_persons_labelled_case_goes_on_telling_it(sentences: list[str], continues: bool) -> None:
    assert continues_scenario(sentences, len(sentences) - 1) is continues


@pytest.fixture(scope="module")
def rated_cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An appropriateness guideline of two labelled cases, each told in a vignette and a pathology report, whose
    ratings stand in a table the reader does not join to them."""
    body = ("Rating Scale: 7,8,9 Usually appropriate; 1,2,3 Usually not appropriate.\n\n"
            f"{CASE} {REPORT} Assume zorbitherapy is being considered.\n\n"
            "Variant 3: 61-year-old woman, a wobble tumor of 2 cm, has a full glandectomy. Review of the removed "
            "gland reveals a grade 1 wobble carcinoma, no capsule invasion, no positive nodes and clear margins.\n")
    files = {"rated.md": f"""---
title: "Appropriateness criteria: adjuvant therapy after glandectomy for wobble carcinoma"
type: guideline
source: "Test Radiology Group"
year: 2022
---
# Adjuvant therapy after glandectomy

## Clinical cases

{body}"""}
    return built(tmp_path_factory, "rated-cases", {**files, **background_guidelines("Migraine prevention",
                                                                                    "Asthma in children")})


def test_a_vignettes_pathology_report_neither_leads_nor_gives_a_yes_or_no(rated_cases: Path) -> None:
    answer = answered(rated_cases, "s/p glandectomy for wobble carcinoma, nodes negative, no capsule invasion - "
                                   "adjuvant zorbitherapy?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert answer.verdict not in ("yes", "no")
    assert not any(text.startswith("Review of the removed gland") for text in quoted)
