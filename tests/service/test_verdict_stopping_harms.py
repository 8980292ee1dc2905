"""A statement that stopping a treatment does harm answers "Should X be stopped?" no (``verdict.harms_of_stopping``),
and a question asked of one patient ("Should a patient on widget stop drugx?") asks whether to stop as one asked of
many does (``polarity.asks_to_stop``). Session 47: "Should a patient on warfarin stop taking their regular vitamin K
supplement suddenly?" answered "Yes." above "Stopping a regular vitamin K supplement can increase the effect of
warfarin and raise the risk of bleeding."."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_to_stop
from service.answer.verdict import against_advice, harms_of_stopping, on_stopping

HARM = "Stopping a regular drugx supplement can increase the effect of widget and raise the risk of bleeding."
QUESTION = "Should a patient on widget stop taking their regular drugx supplement suddenly?"


@pytest.mark.parametrize(("text", "harm"), [
    (HARM, True),
    ("Abrupt withdrawal of drugx can worsen gizmo control.", True),
    ("Benefits of exercise decline if people stop exercising, so long-term adherence is a major challenge.", True),
    # stopping that lowers a risk, or a harm denied, is no harm of stopping
    ("Stopping smoking at any age reduces the risk of cardiovascular disease.", False),
    ("Stopping drugx did not increase the risk of gizmo attacks.", False),
    # stopping named only as when to check something: no harm said
    ("If a patient taking widget starts or stops a drugx supplement, the INR should be checked more often.", False),
])
def test_a_harm_of_stopping_is_read_from_its_grammar(text: str, harm: bool) -> None:
    assert harms_of_stopping(text) is harm


@pytest.mark.parametrize("question", [QUESTION, "Should a 70-year-old on widget stop drugx?",
                                      "Can a woman taking widget discontinue drugx?"])
def test_a_question_asked_of_one_patient_asks_whether_to_stop(question: str) -> None:
    assert asks_to_stop(question)


def test_a_harm_of_stopping_answers_whether_to_stop_no() -> None:
    assert on_stopping(QUESTION, "yes", [HARM]) == "no"
    assert against_advice(QUESTION, "yes", HARM) == "no"
    # asked whether to go on with it, the same harm is a yes
    assert against_advice("Should drugx be continued in people taking widget?", "no", HARM) == "yes"


def test_the_default_corpus_answers_stopping_a_supplement_suddenly_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Should a patient on warfarin stop taking their regular vitamin K "
                                           "supplement suddenly?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No.")
