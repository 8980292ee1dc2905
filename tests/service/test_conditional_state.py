"""A terse question the reader finds no intervention or condition in, closing on the case it asks of ("... if TM
perforated?"), gets no "yes" from statements that never name that case: the closing clause of "if" or "when" sets a
state (``pipeline._conditional_states``), as "with a perforated ..." does (session 54, blind test D: "can I irrigate
impacted cerumen if TM perforated?" was answered "yes" above "Clinicians may use irrigation ...", while the guideline
advises against irrigation with a nonintact tympanic membrane)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.pipeline import people_states
from service.answer.question import read_question
from tests.service.corpora import answered, background_guidelines, built

GUNK = """---
title: "Clinical practice guideline: gunkum impaction"
type: guideline
year: 2017
---
# Recommendations

Clinicians may use blorfigation in the management of gunkum impaction. Blorfigation removes impacted gunkum in most
patients within one visit. Gunkum impaction is common in older adults.
"""


@pytest.fixture(scope="module")
def gunk_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gunk", {"gunk.md": GUNK, **background_guidelines("Migraine prevention",
                                                                                     "Asthma in children")})


def test_the_closing_if_clause_sets_a_state() -> None:
    q = read_question("can I blorfigate impacted gunkum if TM perforated?")
    assert q.intervention is None and q.condition is None
    assert people_states(q) == ("perforated TM",)
    assert people_states(read_question("ok to blorfigate when the zeb membrane is perforated?")) == (
        "perforated zeb membrane",)
    # Not a person ("if I ..."), nor a verb of doing ("when symptoms started").
    assert people_states(read_question("can I blorfigate gunkum if I missed a dose?")) == ()
    assert people_states(read_question("ok to blorfigate when symptoms started?")) == ()


def test_no_yes_for_a_case_no_statement_names(gunk_index: Path) -> None:
    answer = answered(gunk_index, "can I blorfigate impacted gunkum if TM perforated?")
    assert answer.verdict != "yes"
