"""Session 55: when or how often a thing is given, said after it, is no part of its name, and a case named before a
dash with a whole question after it is the setting of that question (made-up names)."""
from service.answer.question import _CASE_THEN_ASKED, as_next_asked, read_question, untimed


def test_timing_after_the_thing_is_no_part_of_it() -> None:
    q = read_question("Should I start gizmocillin straight away in a 4 month old baby with gizmo otitis?")
    assert q.intervention == "gizmocillin"
    assert q.condition == "gizmo otitis"


def test_frequency_after_the_thing_is_no_part_of_it() -> None:
    q = read_question("Is oral gizmoferrin three times a day better than once daily?")
    assert q.intervention == "oral gizmoferrin"


def test_untimed_keeps_a_term_that_is_only_timing() -> None:
    assert untimed("once daily") == "once daily"
    assert untimed("gizmolol twice daily") == "gizmolol"


def test_case_then_question_after_dash() -> None:
    assert as_next_asked("smoker with gizmo angina - is gizmotine replacement safe?") == (
        "Is gizmotine replacement safe in smoker with gizmo angina?")
    q = read_question("smoker with gizmo angina - is gizmotine replacement safe?")
    assert q.intervention == "gizmotine replacement"
    assert q.condition == "smoker with gizmo angina"


def test_pronoun_or_first_person_after_dash_is_left_to_their_shapes() -> None:
    assert _CASE_THEN_ASKED.match("gizmolol in a patient on warfarin - is it safe?") is None
    assert as_next_asked("gizmo palsy - can I give gizmolol?") == "gizmo palsy - can I give gizmolol?"


def test_a_daily_dose_asked_is_not_cut() -> None:
    assert untimed("max safe daily dose of gizmin D") == "max safe daily dose of gizmin D"
    assert untimed("gizmin D every day") == "gizmin D"
