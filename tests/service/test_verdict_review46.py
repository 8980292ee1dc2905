"""Session 46 review: verdicts that contradicted the statements they quote, on the default corpus. A null result
on another outcome beside the asked one stated moving is no "no" (``verdict.null_on_another``); a statement of an
interaction, or advice that names stopping only as its occasion, answers no question on stopping
(``verdict.on_stopping``, ``polarity.stopping_as_occasion``); a "yes" on the case with what the question asks
without is no "yes" to the case without it (``verdict.on_condition``, ``verdict.against_lead``)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_to_stop, stance, stopping_as_occasion
from service.answer.verdict import on_stopping


def test_a_lowered_marker_beside_a_null_result_on_calcification_is_a_yes(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does menaquinone-7 reduce dp-ucMGP?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("Yes.")


@pytest.mark.parametrize("question", ["Should people on warfarin stop taking menaquinone-7?",
                                      "Should people on warfarin stop vitamin K2?",
                                      "Should warfarin be stopped before starting vitamin K2?"])
def test_no_statement_on_stopping_gives_no_yes_to_stopping(loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict not in ("yes", "no"), answer.bottom_line.text


def test_an_interaction_is_no_advice_to_stop() -> None:
    interferes = ["Typical gizmo supplements contain 45 to 200 micrograms of drugx, which is enough to interfere "
                  "with widget control."]
    question = "Should people on widget stop taking drugx?"
    assert asks_to_stop(question)
    assert on_stopping(question, "yes", interferes) == "uncertain"
    assert on_stopping(question, "no", interferes) == "uncertain"
    # asked of people in a verb phrase of their own, not of what a treatment helps them do
    assert not asks_to_stop("Can exercise help people with asthma stop smoking?")


def test_stopping_named_only_in_a_condition_is_no_advice_to_stop() -> None:
    advice = "If a patient taking widget starts or stops a drugx supplement, the INR should be checked more often."
    question = "Should widget be stopped before starting drugx?"
    assert stopping_as_occasion(question, advice)
    assert stance(advice, frozenset(), stopping_asked=True) is None
    assert not stopping_as_occasion(question, "Drugx should be stopped before starting widget.")


@pytest.mark.xfail(strict=False, reason=(
    "CPU-dependent (session 51): on an AMD EPYC of CPU family 23 the int8 embedder's vectors keep 'Screening without "
    "systems for follow-up and treatment shows little benefit' out of the candidates, and the answer is 'uncertain' "
    "(safe, not the 'No.' that statement gives); on session 50's CPU it passes. Left open in issue 8's note."))
def test_screening_without_the_care_it_needs_is_answered_by_the_statement_on_that_case(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does screening without collaborative care improve depression outcomes?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Screening without")
    with_care = answer_question(loaded_index, "Does screening with collaborative care improve depression outcomes?")
    assert with_care.verdict == "yes"
