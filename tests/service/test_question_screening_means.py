"""A which-question on the means of screening (session 44, unseen clinician questions): "Which tool should be used
to screen adults for depression?" reads the screening as its topic, as "Should adults be screened for depression?"
does; a guideline's "Clinicians can use X" is its advice; and the answer names the instrument."""
from __future__ import annotations

from index.search import Index
from ingest.models import DocumentKind
from service.answer.evidence import reports_finding
from service.answer.guideline import gives_advice
from service.answer.lead import on_diagnosis_or_course
from service.answer.models import Audience
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.candidates import candidate


def test_a_which_question_on_the_means_of_screening_reads_the_screening() -> None:
    q = read_question("Which tool should be used to screen adults for depression?")
    assert (q.intervention, q.condition, q.subject, q.type) == ("screening", "depression", "adults", "diagnosis")
    q = read_question("What test is used to screen for gizmo disease?")
    assert (q.intervention, q.condition) == ("screening", "gizmo disease")
    # Means of study, used for a task: no topic, as before.
    assert read_question("Which methods are used for genome segmentation?").intervention is None


def test_what_a_clinician_can_use_is_advice() -> None:
    text = "Clinicians can use the two-question Zorb Questionnaire (ZQ-2) as an initial screen."
    assert gives_advice(text) and reports_finding(text)
    assert not gives_advice("The zorb questionnaire was used in two trials.")


def test_how_often_asks_no_means() -> None:
    means = candidate("Clinicians can use the ZQ-2 questionnaire to screen for gizmo disease.", DocumentKind.GUIDELINE,
                      i=True, c=True)
    advice = candidate("The task force recommends screening for gizmo disease in adults.", DocumentKind.GUIDELINE,
                       i=True, c=True)
    which = read_question("Which tool should be used to screen adults for gizmo disease?")
    assert on_diagnosis_or_course(which, [advice, means]) == [means]
    often = read_question("How often should adults be screened for gizmo disease?")
    assert on_diagnosis_or_course(often, [advice, means]) == [advice, means]


def test_the_tool_to_screen_for_depression_is_named(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Which tool should be used to screen adults for depression?",
                             Audience.CLINICIAN)
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "PHQ" in first
