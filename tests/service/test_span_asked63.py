"""How long before an event, asked in a note's words ("how long fasting beforehand?"): a close source's advice that
states a span leads the closest evidence, however far below the best the relevance model puts it (blind62g S19)."""
from __future__ import annotations

from service.answer.lead import _SOON_ASKED, _SPAN_STATED, advises_span_asked
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate

QUESTION = "adult booked for a gizmometry scan - how long fasting beforehand?"
JUDGEMENT = "Clinical judgement decides whether a fast suits a frail person."
REPORT = "In volunteers who went without food for five to 9 hours, gizmo quotients varied widely."
ADVICE = "Before the gizmometry scan, staff should make sure the person has fasted at least six hours."


def test_how_long_beforehand_asks_a_span_before_the_event() -> None:
    assert _SOON_ASKED.search(QUESTION)
    assert _SOON_ASKED.search("how long nil by mouth prior to the gizmo test")
    assert not _SOON_ASKED.search("how long should gizmocillin be given?")  # a course's length, not a span before


def test_a_bound_or_a_count_back_is_a_span_stated() -> None:
    assert _SPAN_STATED.search(ADVICE)
    assert _SPAN_STATED.search("Clear drinks are fine up to 2 hours before the gizmo block.")
    assert _SPAN_STATED.search("A light meal 3 hours prior to the scan changed little.")
    assert not _SPAN_STATED.search(JUDGEMENT)
    assert not _SPAN_STATED.search("Gizmo quotients were read in 2 patients.")


def test_advice_stating_the_span_leads_the_closest_evidence() -> None:
    q = read_question(QUESTION)
    assert advises_span_asked(ADVICE, q) and not advises_span_asked(REPORT, q)
    found = [guideline_candidate(JUDGEMENT, 0.9, "a"), guideline_candidate(REPORT, 0.7, "a"),
             guideline_candidate(ADVICE, 0.4, "a")]
    assert closest_statements(found, q)[0].text == ADVICE


def test_span_advice_of_a_source_far_from_the_question_is_not_quoted() -> None:
    q = read_question(QUESTION)
    found = [guideline_candidate(JUDGEMENT, 0.9, "a"), guideline_candidate(REPORT, 0.7, "a"),
             guideline_candidate(ADVICE, 0.4, "b")]
    assert all(c.text != ADVICE for c in closest_statements(found, q))
