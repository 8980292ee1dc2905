"""A case note's age shorthand ("74yo", "80 y/o") is the age it says, so advice bounded to other ages does not lead
closest evidence because a value the note gives meets one of its thresholds (session 61)."""
from __future__ import annotations

from service.answer.pipeline import closest_statements
from service.answer.qualifiers import qualifiers
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate


def test_a_note_age_is_an_age() -> None:
    assert qualifiers("frobnoma, 74yo, frob score 80 - which plan?")["age at"] == frozenset({"888m"})
    assert qualifiers("pt 80 y/o with a gizmo")["age at"] == frozenset({"960m"})
    assert qualifiers("a 4-yo with a gizmo rash")["age"] == frozenset({"child"})
    assert "age at" not in qualifiers("a gizmo clinic in tokyo 5 days a week")


def test_advice_for_younger_people_does_not_lead_for_an_older_patient_whose_value_meets_it() -> None:
    q = read_question("frobnoma, 74yo, frob score 80 - long frob course or short frob course?")
    older = guideline_candidate("Among older patients, no long frob course has been shown to do better than a short "
                                "frob course of 40 units in 15 doses.", 0.9, "g")
    younger = guideline_candidate("For patients under 70 with a good frob score (frob score \u226560), the long frob "
                                  "course of 60 units in 30 doses is the best plan.", 0.85, "g")
    assert closest_statements([older, younger], q)[0] is older
