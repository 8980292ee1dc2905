""""How long ...?" asked where no source gives a course's length (session 44, unseen clinician questions): a time
point ("a modest benefit on pain at two to three days") is no course's length, and a statement on the course's
length itself ("antibiotic duration differ between countries") answers before it."""
from __future__ import annotations


from index.search import Index
from service.answer.lead import on_aspect
from service.answer.regimen import states_length
from service.answer.models import Audience
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import direct_candidate

POINT = "Trials show only a modest benefit of zorbicillin on pain at two to three days."
DURATION = "Recommendations on age thresholds and zorbicillin duration differ between countries."
ADVICE = "Zorbicillin is recommended for children under 6 months with gizmo infection."


def _direct(text: str) -> Candidate:
    return direct_candidate(text)


def test_a_time_point_is_no_course_length() -> None:
    assert not states_length(POINT)
    assert states_length("Zorbicillin is usually given for five to ten days.")


def test_how_long_is_answered_by_the_course_length_named_before_a_time_point_or_other_advice() -> None:
    q = read_question("How long should zorbicillin be given for gizmo infections in children?")
    assert q.type == "dosing"
    found = on_aspect(q, [_direct(ADVICE), _direct(POINT), _direct(DURATION)])
    assert [c.text for c in found] == [DURATION]


def test_antibiotic_duration_for_ear_infections(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "How long should antibiotics be given for ear infections in children?",
                             Audience.CLINICIAN)
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert "duration" in first
