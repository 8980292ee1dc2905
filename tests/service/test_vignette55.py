"""Session 55: a case said first and what is asked of it after ("pregnant woman on a gizmopril for blood pressure. is
that safe?", "18 month old with gizmo fever in both ears - immediate gizmocillin?"), read as the question asked in
that case (``question.as_case_on_fine``, ``question.as_dash_question``). Made-up names throughout."""
from __future__ import annotations

from service.answer.question import as_case_on_fine, as_dash_question, read_question


def test_case_on_thing_asked_fine_reads_the_thing_in_the_person() -> None:
    assert as_case_on_fine("pregnant woman on a gizmopril for blood pressure. is that safe?") == \
        "Is a gizmopril safe for blood pressure in a pregnant woman?"
    assert as_case_on_fine("32-year-old woman pregnant, on gizmopril for BP. is that safe?") == \
        "Is gizmopril safe for BP in a 32-year-old pregnant woman?"
    assert as_case_on_fine("elderly man taking drugx - is it ok?") == "Is drugx ok in an elderly man?"
    q = read_question("pregnant woman on a gizmopril for blood pressure. is that safe?")
    assert q.intervention == "gizmopril" and q.condition and "pregnant" in q.condition and q.type == "safety"


def test_case_on_thing_other_shapes_kept() -> None:
    for text in ("pregnant woman on gizmopril. what dose?", "Is gizmopril safe in pregnancy?",
                 "woman on gizmopril - is that the right dose?"):
        assert as_case_on_fine(text) == text


def test_case_then_treatment_named_after_a_dash() -> None:
    assert as_dash_question("18 month old with bilateral gizmo fever - immediate gizmocillin?") == \
        "Should immediate gizmocillin be given to an 18 month old with bilateral gizmo fever?"
    assert as_dash_question("children with gizmo fever - high dose gizmocillin?") == \
        "Should high dose gizmocillin be given to children with gizmo fever?"
    q = read_question("18 month old with bilateral gizmo fever - immediate gizmocillin?")
    assert q.intervention == "immediate gizmocillin" and q.condition == "bilateral gizmo fever"


def test_dash_treatment_other_shapes_kept() -> None:
    for text in ("3-year-old with gizmo fever - gizmocillin or wait?", "child with gizmo fever - what dose?",
                 "gizmo fever in children - first line treatment?", "gizmo fever - immediate gizmocillin"):
        assert as_dash_question(text) == text
