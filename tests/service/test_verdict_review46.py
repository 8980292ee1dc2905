"""Session 46 review: verdicts that contradicted the statements they quote, on the default corpus. A null result
on another outcome beside the asked one stated moving is no "no" (``verdict.null_on_another``); a statement of an
interaction, or advice that names stopping only as its occasion, answers no question on stopping
(``verdict.on_stopping``, ``polarity.stopping_as_occasion``); a "yes" on the case with what the question asks
without is no "yes" to the case without it (``verdict.on_condition``, ``verdict.against_lead``)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from service.answer.concepts import concept
from service.answer.pipeline import answer_question
from service.answer.scoring import done_without, on_case_without, passage_mentions, passage_statements
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


def test_screening_without_the_care_it_needs_is_answered_by_the_statement_on_that_case(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does screening without collaborative care improve depression outcomes?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Screening without")
    with_care = answer_question(loaded_index, "Does screening with collaborative care improve depression outcomes?")
    assert with_care.verdict == "yes"


def test_a_statement_on_the_thing_done_without_something_names_the_asked_case() -> None:
    # "gizmo therapy without drugx support" asked: a statement on gizmo therapy without anything, or alone, speaks of
    # that case, whatever it names it goes without; one with no "without" or "alone" by it does not.
    case = done_without("gizmo therapy without drugx support")
    assert case == frozenset(tokenize("gizmo therapy"))
    assert on_case_without("Gizmo therapy without regular review shows little benefit.", case)
    assert on_case_without("Evidence that gizmo therapy alone improves gizmosis is limited.", case)
    assert not on_case_without("Gizmo therapy combined with drugx support improves gizmosis.", case)
    assert not on_case_without("Drugx alone is well tolerated.", case)
    assert done_without("gizmo therapy") == frozenset()
    first = "Gizmo therapy without regular review shows little benefit."
    text = f"{first} Gizmosis affects many adults in primary care settings."
    passage = passage_statements(text, ((0, len(first)), (len(first) + 1, len(text))))
    marks = passage_mentions(passage, concept("gizmo therapy without drugx support"), None, None, None,
                             "Overview of gizmosis", False)
    assert marks.intervention and [s[0] for s in marks.statements] == [True, False]
