"""Advice for the asked people over the usual advice they are set apart from, and a condition the question states
met (session 56, blind56d Q3/Q4). Asked for a child "who is allergic to gizmocillin", the guideline's sentence "For a
child with an allergy to gizmocillin, ..." leads, not "Gizmocillin is the preferred antibiotic ..." (``people_clause``);
asked whether to refer a child whose gizmo effusion has lasted 6 months with delayed speech, the advice to refer "if
the effusion lasts for 6 months and there is ... language delay" says yes, not the advice to watch an effusion that
causes no symptoms without referral (``verdict_people.conditions_met``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dataclasses import replace

from index.search import open_index
from service.answer.people_clause import stated_state
from service.answer.pipeline import rank_evidence
from service.answer.question import read_question
from service.answer.scoring import Candidate
from service.answer.verdict_people import conditions_met, decide_for_the_asked
from tests.service.corpora import answered, background_guidelines, built, lead_text

GUIDELINE = """---
title: "Gizmo otitis in children"
type: guideline
year: 2015
---
# Gizmo otitis in children

## Treatment

- Gizmocillin is the preferred antibiotic for every child with gizmo otitis.

Children: Dosing: under 4 years, 80 mg/kg/day in two doses.

For a child with an allergy to gizmocillin, a single dose of zorbamycin 30 mg/kg is the recommended first line
treatment.

- Where gizmo otitis has not improved after 3 days of gizmocillin, switch to gizmocillin/clavulanate for 10 days or to
  zorbamycin 15 mg/kg daily for 4 days.

## Effusion

- Children with gizmo ear effusions should be checked every 3 months until the effusion clears.

- Children whose gizmo ear effusion causes no symptoms (no developmental or behavioural concerns) can be watched
  without referral.

- Children with serous gizmo effusions should be referred to an ear surgeon if the effusion lasts for 6 months and
  there is hearing loss or language delay.

- Children with mucoid gizmo effusions should be referred to an ear surgeon if the effusion lasts for 3 months.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "state", {"gizmo.md": GUIDELINE,
                                             **background_guidelines("Migraine prevention", "Fever in children")})


def test_advice_for_the_allergic_leads(index_dir: Path) -> None:
    answer = answered(index_dir, "Child with gizmo otitis who is allergic to gizmocillin: which antibiotic and what "
                                 "dose?")
    assert lead_text(answer).startswith("For a child with an allergy to gizmocillin")


def test_met_condition_says_refer(index_dir: Path) -> None:
    answer = answered(index_dir, "Toddler with a serous gizmo ear effusion for 6 months and delayed speech: refer to "
                                 "ENT?")
    assert answer.verdict == "yes"


def test_verdict_rests_on_the_met_condition(index_dir: Path) -> None:
    # Blind56d Q4: the statements above the one whose condition the question meets (on effusions at large, on those
    # without symptoms, on another kind lasting 3 months) made its "no"; the met one alone speaks for the asked child.
    question = "Toddler with a serous gizmo ear effusion for 6 months and delayed speech: refer to ENT?"
    index = open_index(index_dir)
    try:
        ranked = rank_evidence(index, read_question(question)).ranked
    finally:
        index.close()

    def pick(word: str, score: float) -> Candidate:
        return replace(next(c for c in ranked if word in c.text and c.text.startswith("Children")), score=score)

    statements = [pick("no symptoms", 0.93), pick("checked", 0.92), pick("mucoid", 0.90), pick("serous", 0.88)]
    verdict, behind = decide_for_the_asked(question, [], statements)
    assert verdict == "yes"
    assert [c.text for c in behind] == [statements[3].text]


def test_state_read_from_the_relative_clause() -> None:
    assert stated_state("Child who is allergic to gizmocillin: which antibiotic?") == stated_state(
        "Which antibiotic if the child is allergic to gizmocillin?")
    assert stated_state("Child who is allergic to gizmocillin: which antibiotic?")
    assert not stated_state("Which antibiotic for gizmo otitis?")


def test_condition_met_only_by_the_stated_duration() -> None:
    question = "Gizmo effusion for 6 months: refer?"
    assert conditions_met(question, "Refer if the effusion lasts for 6 months.")
    assert not conditions_met(question, "Refer if the effusion lasts for 3 months.")
    assert not conditions_met(question, "Effusion for 6 months is common.")
