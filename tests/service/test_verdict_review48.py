"""Session 48 review: yes/no verdicts that contradicted the sentence that settles the question, on the default
corpus. Asked in the absence of something other than its intervention ("... when there is no follow-up care
available?"), the statement on that absence that reports no benefit answers "no" and leads
(``verdict.answers_absence``), whatever advice on another step the lead gives."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.verdict import answers_absence, asked_itself
from tests.service.candidates import scored


@pytest.mark.parametrize("question", ["Does screening for depression help when there is no follow-up care available?",
                                      "Is depression screening recommended when follow-up care is not available?"])
def test_screening_asked_without_follow_up_is_answered_no_by_the_statement_on_that_case(
        loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Screening without systems for follow-up")


def test_managing_without_the_asked_treatment_itself_keeps_its_own_reading(loaded_index: Index) -> None:
    # what is asked absent is the intervention itself: the advice for it under 6 months answers
    answer = answer_question(loaded_index, "Can a 5-month-old with acute otitis media be managed without antibiotics?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "Immediate antibiotics are recommended for children under 6 months" in answer.bottom_line.text


def test_the_statement_on_the_asked_absence_answers_over_advice_on_another_step() -> None:
    question = "Does gizmo testing help when there is no widget care available?"
    lead = scored("A positive gizmo test should be followed by a full assessment.", 0.8, "g1")
    absence = scored("Gizmo testing without systems for widget care shows little benefit.", 0.98, "g1")
    assert answers_absence(question, lead, [absence, lead], frozenset({"gizmo", "test"})) is absence
    # asked without the intervention itself: no such answer
    assert answers_absence("Can gizmo disease be managed without widgets?", lead, [absence, lead],
                           frozenset({"widget"})) is None
    assert asked_itself(frozenset({"widget"}), frozenset({"widget"}))
    assert not asked_itself(frozenset({"widget"}), frozenset())
