"""A template never says no source addresses a treatment in some people beside a quoted sentence that advises
against it for them in other words (tA52: "ESWT in a patient on warfarin - is it safe?" and "bupropion in a pt with
epilepsy" said "no indexed source addresses this application directly" while the corpus said not to use them "in
those taking anticoagulants" and "in people with a history of seizures"; "is NRT safe in stable heart disease" said
so beside "... is safe for most people, including those with stable cardiovascular disease"). The tiny corpora are
written by the tests; the treatment names are invented."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.abstention import AbstentionModel, direct_evidence
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.subgroup import against_for_them
from tests.service.candidates import scored
from tests.service.corpora import answered, built

ABSENT = "no indexed source"

GUIDELINE = """---
title: "Zorbinol for gizmo palsy: practice guideline"
type: guideline
source: "Test Society"
year: 2024
---
# Recommendations

Zorbinol is recommended as a first-line treatment for adults with gizmo palsy.
Zorbinol lowers the seizure threshold and should not be used in people with a history of seizures.
Zorbinol commonly causes dry mouth and mild headache.

# Procedures

Extracorporeal shockwave therapy (ESWT) delivers pulses of acoustic energy to the gizmo tendon.
Shockwave therapy is offered when gizmo tendon pain persists after three months of exercise.
Shockwave therapy should not be used in patients taking anticoagulants without specialist review.
Warfarin and other anticoagulants are taken by many older adults with gizmo palsy.
"""

# A phrase is the corpus's name when two documents use it (ingest.collocations): a second source on shockwave therapy.
TRIAL = """---
title: "Shockwave therapy for gizmo tendon pain: a randomized trial"
type: research
source: "Test Journal"
year: 2022
---
We randomly assigned 120 adults with gizmo tendon pain to shockwave therapy or sham treatment.
Shockwave therapy reduced gizmo tendon pain at six months more than sham treatment.
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmo52", {"zorbinol-guideline.md": GUIDELINE, "shockwave-trial.md": TRIAL})


def test_a_dash_question_is_read_as_the_quality_said_of_its_topic() -> None:
    q = read_question("Zorbinol in a patient on warfarin - is it safe?")
    assert (q.type, q.intervention, q.condition, q.yes_no) == ("safety", "Zorbinol", "patient on warfarin", True)
    assert q.as_asked == "Zorbinol in a patient on warfarin - is it safe?"
    assert read_question("zorbinol - is it safe?").intervention == "zorbinol"
    # Another shape is read as before.
    assert read_question("Is zorbinol safe in pregnancy?").condition == "pregnancy"


def test_advice_against_it_for_a_state_the_embedder_links_leads_an_answer_without_yes_or_no(
        gizmo_index: Path) -> None:
    # (Asked of "a pt" this read "pt with epilepsy" as the people's state; with "pt" written out as "patient" the
    # question, on this two-document corpus, finds no relevant evidence: left open, the default-corpus test below
    # holds for every wording. "adults with epilepsy" keeps the reading of people with a state.)
    a = answered(gizmo_index, "zorbinol in adults with epilepsy")
    assert ABSENT not in a.bottom_line.text, a.bottom_line.text
    assert "should not be used in people with a history of seizures" in a.bottom_line.text


def test_advice_against_it_for_a_state_the_embedder_links_says_no_to_its_safety(gizmo_index: Path) -> None:
    a = answered(gizmo_index, "Is zorbinol safe in epilepsy?")
    assert a.verdict == "no", a.bottom_line.text
    assert "history of seizures" in a.bottom_line.text


def test_a_contraindication_under_the_abbreviations_shorter_name_answers_the_abbreviation(gizmo_index: Path) -> None:
    a = answered(gizmo_index, "ESWT in a patient on warfarin - is it safe?")
    assert ABSENT not in a.bottom_line.text, a.bottom_line.text
    assert a.verdict == "no", a.bottom_line.text
    assert "taking anticoagulants" in a.bottom_line.text


class _Never(AbstentionModel):
    def probability(self, values: tuple[float, ...]) -> float:
        return 0.0


def test_a_guidelines_statement_of_safety_is_direct_evidence_whatever_the_model() -> None:
    never = _Never(features=(), weights=(), intercept=0.0, threshold=0.5)
    safe = replace(scored("Zorbinol patches are safe for most people, including those with stable gizmo disease.",
                          0.7, "g", DocumentKind.GUIDELINE, direct=True), features=(0.0,) * 200)
    assert direct_evidence([safe.hit], [safe], never)
    # A study's statement still needs the model.
    study = replace(scored("Zorbinol patches were safe in people with stable gizmo disease.", 0.7, "r", direct=True),
                    features=(0.0,) * 200)
    assert not direct_evidence([study.hit], [study], never)


@pytest.mark.parametrize("asked, said", [
    ("ESWT in a patient on warfarin - is it safe?", "taking anticoagulants"),
    ("bupropion in a pt with epilepsy", "history of seizures"),
    ("is NRT safe in stable heart disease", "stable cardiovascular disease"),
])
def test_the_default_corpus_quotes_what_settles_it_never_absence(loaded_index: Index, asked: str,
                                                                  said: str) -> None:
    a = answer_question(loaded_index, asked)
    assert ABSENT not in a.bottom_line.text, a.bottom_line.text
    assert said in a.bottom_line.text, a.bottom_line.text


def test_a_thing_that_must_come_with_the_advised_against_one_is_not_advised_against() -> None:
    laba = scored("Gizmobeta agonists should not be used without an inhaled zorbisteroid in blorp asthma.", 0.9, "g",
                  DocumentKind.GUIDELINE)
    steroid = (frozenset(tokenize("inhaled zorbisteroid")),)
    assert against_for_them([laba], "blorp asthma", steroid, ("blorp asthma",)) is None
    assert against_for_them([laba], "blorp asthma", (frozenset(tokenize("gizmobeta agonists")),),
                            ("blorp asthma",)) is laba
