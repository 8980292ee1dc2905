"""Session 59: what a case describes is context, not what the question asks (made-up names). A dose that says what
the patient is on already asks no dose; the treatments a case lists as already failed, and a score's value closing a
clause of the case, are not what a statement must cover to answer it."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from ingest.models import DocumentKind
from service.answer.after_failure import asks_after_several_failed, states_several_failed
from service.answer.pipeline import answer_question, closest_statements
from service.answer.question import question_type, read_question, without_case_context
from tests.service.candidates import scored
from tests.service.corpora import BACKGROUND, background_guidelines, built, lead_text


def test_a_dose_the_patient_is_on_is_no_dose_asked() -> None:
    assert question_type("Gizmo eczema still itching on high dose gizmocort cream - what next?") != "dosing"
    assert read_question("60M gout flaring despite a standard dose of gizmopurinol, what now?").type != "dosing"
    # (A dose asked stays one, and so does advice on the dose.)
    assert question_type("What dose of gizmopurinol for gout?") == "dosing"
    assert question_type("Is there advice on the dose of gizmocort for eczema?") == "dosing"
    assert question_type("Could gizmo gout be treated with higher doses of gizmopurinol?") == "dosing"


def test_a_score_closing_the_case_and_the_failed_list_are_context() -> None:
    # (What a statement must cover: the drugs' own sentences covered the failed drugs and led, over the advice for the
    # case, which names them as a group.)
    matched = read_question("psoriasis failed gizmotrexate, gizmosporin and gizmolol - what next?").match_text
    assert "failed" in matched and "gizmosporin" not in matched
    assert "17" not in read_question("62F frobnitis, Frob-12 score 17 - which drug?").match_text
    assert "17" not in without_case_context("Frob-12 score 17, which drug?")
    assert "gizmolol" not in without_case_context("psoriasis failed gizmotrexate, gizmosporin and gizmolol - next?")
    # (A score asked about stays, and so does one treatment that failed, which advice for that case may name.)
    assert without_case_context("What does a Frob-12 score of 17 mean?") == "What does a Frob-12 score of 17 mean?"
    assert "gizmotrexate" in without_case_context("psoriasis failed gizmotrexate - next?")


GUIDELINE = """---
title: "Systemic treatment of plaque psoriasis in adults"
type: guideline
year: 2023
---
# Systemic treatment of plaque psoriasis in adults

## Recommendations

Systemic treatment should be offered to adults whose plaque psoriasis persists despite topical treatment.
Gizmotrexate is recommended as the first-line systemic drug for plaque psoriasis. Gizmosporin is a
fast-acting option when rapid control is needed. Gizmolol is an oral alternative for people who cannot take
gizmotrexate. Biologic injections are recommended for people in whom several tablets have failed or were not
tolerated.

## Safety

Gizmotrexate can cause liver damage and low blood counts, so blood tests are needed during treatment. Gizmosporin
can cause kidney damage and high blood pressure. Gizmolol must be avoided in pregnancy because it harms the unborn
child. Gizmotrexate and gizmosporin should not be combined. Gizmolol can cause dry lips and raised blood fats.
"""


@pytest.fixture(scope="module")
def psoriasis(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "failed-list", {"psoriasis.md": GUIDELINE,
                                                               **background_guidelines(*BACKGROUND)}))


def test_what_next_after_several_failed_drugs_leads_with_the_advice_for_that_case(psoriasis: Index) -> None:
    # (Searched without the failed drugs, the drugs' passage lost its place and "Gizmolol is an oral alternative ..."
    # led: the search keeps them.)
    answer = answer_question(psoriasis, "psoriasis failed gizmotrexate, gizmosporin and gizmolol - what next?")
    assert lead_text(answer).startswith("Biologic injections are recommended")


def test_a_topic_then_what_the_trial_showed_reads_the_topic() -> None:
    # (Read as written, no topic was read, and the trial's design led, not its result.)
    q = read_question("gizmofen 5 mg daily for frobnitis of the knee - what did the trial show?")
    assert (q.intervention, q.condition) == ("gizmofen", "frobnitis of the knee")
    assert read_question("frobulin for gizmo gout, what do the studies say?").condition == "gizmo gout"
    # (Asked of no topic, it stays as asked.)
    assert read_question("What did the trial show?").intervention is None


def test_after_several_failed_the_advice_for_several_failed_comes_first() -> None:
    assert asks_after_several_failed("frobnitis failed gizmofen, gizmolol and gizmotriptan - what next?")
    assert not asks_after_several_failed("frobnitis failed gizmofen - what next?")
    assert states_several_failed("Frobumab is recommended for people in whom two or more tablets have failed.")
    assert not states_several_failed("Gizmofen is offered to people whose frobnitis persists despite rest.")
    q = read_question("frobnitis failed gizmofen, gizmolol and gizmotriptan - what next?")
    start = scored("Gizmofen should be offered to adults whose frobnitis persists despite rest and ice.", 0.9, "g1",
                   DocumentKind.GUIDELINE)
    several = scored("Frobumab is recommended for people in whom several tablets have failed or were not tolerated.",
                     0.5, "g2", DocumentKind.GUIDELINE)
    assert closest_statements([start, several], q)[0] is several
