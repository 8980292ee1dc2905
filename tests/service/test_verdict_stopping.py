"""A yes/no question that asks whether to stop the intervention ("Should drugx be discontinued before
surgery?") is answered as asked: the statements' verdict on the intervention itself, reversed, unless they
speak of stopping it (service.answer.verdict.on_stopping; session 19 review)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import Index, open_index
from service.answer.pipeline import answer_question
from service.answer.verdict import against_advice, on_stopping
from tests.service.corpora import built

EFFECT = ["Drugx did not reduce death and increased major bleeding in adults undergoing gizmo surgery."]
STOPPING = ["Stopping drugx before gizmo surgery increased thrombotic events."]
RISK = ["Drugx was associated with an increase of about 20 percent in the risk of gizmo attacks compared with placebo."]
NO_RISK = ["Drugx did not increase the risk of gizmo attacks compared with placebo."]


@pytest.mark.parametrize(("question", "verdict", "statements", "expected"), [
    ("Should drugx be discontinued before gizmo surgery?", "no", EFFECT, "yes"),
    ("Is it safe to stop drugx before gizmo surgery?", "yes", EFFECT, "no"),
    ("Can drugx be withdrawn in adults with gizmoitis?", "no", EFFECT, "yes"),
    ("Should drugx be discontinued before gizmo surgery?", "no", STOPPING, "no"),  # answered as asked
    ("Should drugx be discontinued before gizmo surgery?", "uncertain", EFFECT, "uncertain"),
    ("Should drugx be used before gizmo surgery?", "no", EFFECT, "no"),  # not a question about stopping
    ("Is drugx effective for smoking cessation?", "yes", EFFECT, "yes"),  # cessation is the condition
    ("Is withdrawal-induced anxiety based on gizmo deficiency?", "no", EFFECT, "no"),
    # the best statement says drugx raises a risk: stop it, whatever the words model read (session 37) ...
    ("Should I stop drugx in adults with gizmoitis?", "yes", RISK, "yes"),
    ("Should I stop drugx in adults with gizmoitis?", "no", RISK, "yes"),
    # ... not when it says the risk does not rise
    ("Should I stop drugx in adults with gizmoitis?", "yes", NO_RISK, "no"),
])
def test_a_question_about_stopping_gets_the_reverse_of_the_effect_verdict(
        question: str, verdict: str, statements: list[str], expected: str) -> None:
    assert on_stopping(question, verdict, statements) == expected  # type: ignore[arg-type]


TRIAL = """---
title: "Perioperative drugx in gizmo surgery: a randomized trial"
type: research
source: "Test Journal"
year: 2022
---
We randomised 4000 adults undergoing gizmo surgery to drugx or placebo before surgery. Drugx did not reduce death
or heart attack and increased major bleeding in adults undergoing gizmo surgery.
"""


def test_an_answer_to_a_stopping_question_says_what_the_evidence_means_for_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path: Path = built(tmp_path_factory, "stopping", {"drugx-trial.md": TRIAL})
    index = open_index(path)
    try:
        stop = answer_question(index, "Should drugx be discontinued in adults undergoing gizmo surgery?")
        use = answer_question(index, "Should drugx be used in adults undergoing gizmo surgery?")
    finally:
        index.close()
    assert use.verdict == "no" and stop.verdict == "yes", (use.bottom_line.text, stop.bottom_line.text)


AVOID = "People taking drugx should avoid zorb products unless their prescriber agrees and levels are monitored."


@pytest.mark.parametrize(("question", "verdict", "lead", "expected"), [
    ("Is zorb safe for people taking drugx?", "yes", AVOID, "no"),  # the lead says avoid it: not a yes
    ("Is zorb safe for people taking drugx?", "uncertain", AVOID, "uncertain"),
    ("Is zorb safe for people taking drugx?", "yes", "Zorb was well tolerated by people taking drugx.", "yes"),
    ("Should zorb be avoided by people taking drugx?", "yes", AVOID, "yes"),  # the question asks about avoiding
    ("Is zorb safe for people taking drugx?", "yes", None, "yes"),
])
def test_a_yes_above_advice_against_is_that_advices_no(question: str, verdict: str, lead: str | None,
                                                        expected: str) -> None:
    assert against_advice(question, verdict, lead) == expected  # type: ignore[arg-type]


def test_a_safety_question_above_a_caution_on_the_default_corpus_is_answered_no(loaded_index: Index) -> None:
    # The default corpus's interaction guidance is a caution ("should avoid ... unless ..."), not a
    # recommendation, so guideline.verdict_of never saw it: this answered "Yes." above it before.
    answer = answer_question(loaded_index, "Is vitamin K2 safe for people taking warfarin?")
    lead = next(s for s in answer.bottom_line.statements if s.origin == "source")
    assert "should avoid" in lead.text
    assert answer.verdict == "no", answer.bottom_line.text


def test_advice_on_starting_gives_no_yes_to_whether_to_stop(loaded_index: Index) -> None:
    # "Patients taking warfarin should not start vitamin K2 supplements without first consulting ..." is for people
    # not yet taking it: it once answered "Yes." to stopping, against the guideline's own advice not to stop a
    # vitamin K supplement suddenly. Asked whether to avoid it, that advice still answers.
    stop = answer_question(loaded_index, "Should a patient on warfarin stop vitamin K2?")
    assert stop.verdict == "uncertain", stop.bottom_line.text
    avoid = answer_question(loaded_index, "Should people on warfarin avoid vitamin K2?")
    assert avoid.verdict == "yes", avoid.bottom_line.text
    assert against_advice("Should a patient on warfarin stop drugx?", "yes",
                          "Patients taking warfarin should not start drugx without first consulting the clinic.") \
        == "uncertain"


def test_advice_against_avoiding_a_food_is_no_advice_against_the_food(loaded_index: Index) -> None:
    # Review 46: "... keep their dietary vitamin K intake consistent ... rather than avoiding vitamin K-rich foods"
    # was read as passing over the foods, so "Should people on warfarin avoid vitamin K-rich foods?" got "Yes.".
    a = answer_question(loaded_index, "Should people on warfarin avoid vitamin K-rich foods?")
    assert a.verdict == "no", a.bottom_line.text
    assert "rather than avoiding vitamin K-rich foods" in a.bottom_line.text
