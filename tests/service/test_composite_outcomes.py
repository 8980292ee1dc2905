"""A finding on a composite outcome the corpus defines answers a question on one of its members
(``composites``): "Did vitamin D reduce heart attacks in the VITAL trial?" by the trial's finding on major
cardiovascular events, "a composite of myocardial infarction, stroke and death from cardiovascular causes"."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.lexicon import LEXICON, read_lexicon
from ingest.composites import defined_composites
from tests.service.corpora import answered, built, lead_text

FINDING = "did not lower the incidence of major cardiovascular events"


def test_a_composite_is_read_with_its_members() -> None:
    text = ("The primary end points were invasive cancer of any type and major cardiovascular events, a composite of "
            "myocardial infarction, stroke and death from cardiovascular causes.")
    assert list(defined_composites(text)) == [
        ("major cardiovascular events", ("myocardial infarction", "stroke", "death from cardiovascular causes"))]
    # A list with no composite named before it defines nothing.
    assert list(defined_composites("Outcomes were myocardial infarction, stroke and death.")) == []


def test_a_finding_on_the_composite_answers_a_question_on_a_member(client: TestClient) -> None:
    # Session 44: no sentence of the VITAL summary says "heart attack" or "myocardial infarction" beside its
    # finding, so the answer said "insufficient" above the trial's background while its finding settles the question.
    response = client.post("/v1/answers", json={"question": "Did vitamin D reduce heart attacks in the VITAL trial?"})
    answer = response.json()
    assert answer["verdict"] == "no"
    assert answer["evidence"]["direct"]
    assert FINDING in answer["bottom_line"]["text"]
    assert "insufficient" not in answer["bottom_line"]["text"].lower()


TRIAL = """---
title: "Zorbinol and prevention of cardiovascular disease: a randomized trial"
type: research
year: 2021
---
## Methods

The trial randomized 9,000 adults to zorbinol or placebo. The primary end point was major adverse cardiac events, a
composite of myocardial infarction, stroke and death from cardiovascular causes.

## Results

Zorbinol did not lower the incidence of major adverse cardiac events compared with placebo.
"""


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "composite", {"trial.md": TRIAL})


@pytest.mark.parametrize("question", ["Does zorbinol prevent heart attacks?", "Does zorbinol prevent stroke?"])
def test_a_member_asked_in_lay_or_in_the_corpus_words_is_answered_by_the_composite(trial: Path,
                                                                                   question: str) -> None:
    answer = answered(trial, question)
    assert answer.evidence.direct
    assert "major adverse cardiac events compared with placebo" in lead_text(answer)
    assert answer.verdict == "no"


def test_an_outcome_outside_the_composite_is_not_answered_by_it(trial: Path) -> None:
    answer = answered(trial, "Does zorbinol prevent kidney stones?")
    assert not answer.evidence.direct


# Forty-five reports that name "composite" without defining one, filed before the trial: at answer time the service
# read only the first 40 chunks naming "composite" (corpus_stats.PASSAGES_READ), so the trial's definition was never
# seen and its finding answered no question on a member.
OTHERS = {f"a{n:02d}-knee.md": f"""---
title: "Physiotherapy programme {n} for knee osteoarthritis"
type: research
year: 2020
---
## Results

Programme {n} improved the composite score of pain and function at twelve weeks compared with usual care.
""" for n in range(45)}


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "composite-crowded", {**OTHERS, "z-trial.md": TRIAL})


def test_a_composite_defined_past_the_first_forty_chunks_naming_composite_is_found(crowded: Path) -> None:
    answer = answered(crowded, "Does zorbinol prevent heart attacks?")
    assert answer.evidence.direct
    assert "major adverse cardiac events compared with placebo" in lead_text(answer)
    assert answer.verdict == "no"


def test_an_index_whose_lexicon_predates_composites_reads_them_from_its_texts(trial: Path, tmp_path: Path) -> None:
    # A lexicon.json written before composites were read has no "composites": the service reads them from the
    # store's chunks once (Lexicon.composites), so the older index answers as a rebuilt one does, not without them.
    old = tmp_path / "index"
    shutil.copytree(trial.resolve(), old)
    data = json.loads((old / LEXICON).read_text())
    assert data.pop("composites") == {"major adverse cardiac events": [
        "myocardial infarction", "stroke", "death from cardiovascular causes"]}
    (old / LEXICON).write_text(json.dumps(data))
    written = read_lexicon(old)
    assert written is not None and written.composites is None
    answer = answered(old, "Does zorbinol prevent heart attacks?")
    assert answer.evidence.direct
    assert "major adverse cardiac events compared with placebo" in lead_text(answer)
