"""Session 57: blind questions whose lead echoed the question's words instead of giving what it asks (made-up names):
a value for "what ... range", a length for "how long does the procedure take", a superlative for "which ... most", a
later time point for "does the benefit last"; a statement of what patients ask is background; "wants to come off" asks
about stopping."""
from __future__ import annotations

from service.answer.asked_shape import lasting_asked, stated_asked, states_asked
from service.answer.lead import background_role, misses_shape
from service.answer.pipeline import closest_statements
from service.answer.polarity import asks_about_stopping
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import guideline_candidate


_candidate = guideline_candidate


def _first(question: str, echo: tuple[str, float], answer: tuple[str, float]) -> Candidate:
    q = read_question(question)
    a, b = _candidate(echo[0], echo[1], "a"), _candidate(answer[0], answer[1], "b")
    assert misses_shape(a.text, q) and not misses_shape(b.text, q)
    return closest_statements([a, b], q)[0]


def test_a_range_asked_is_answered_by_a_value_not_by_the_word() -> None:
    answer = "For most uses of gizmarin the clotting ratio should sit between 2.0 and 3.0."
    first = _first("on gizmarin for a gizmo rhythm, what clotting ratio range",
                   ("Gizmarin works within a narrow band, which is why its clotting ratio is watched.", 0.7),
                   (answer, 0.3))
    assert first.text == answer
    assert stated_asked("what is the gizmo target") is not None
    assert stated_asked("what is gizmo") is None


def test_how_long_a_procedure_takes_is_answered_by_its_length() -> None:
    answer = "Each gizmo lavage session lasts 15 to 40 minutes and needs no admission."
    first = _first("gizmo lavage shoulder how long does procedure take",
                   ("Gizmo lavage is a small procedure that washes gizmo crystals out of the tendon.", 0.9),
                   (answer, 0.85))
    assert first.text == answer
    # (Not how long until it works: that is no length of a procedure.)
    assert stated_asked("how long does gizmo lavage take to work") is None


def test_which_most_is_answered_by_a_superlative() -> None:
    answer = "The clearing stage is usually the most painful stage of gizmo tendinopathy."
    first = _first("gizmo tendinopathy - which stage hurts most",
                   ("In the clearing stage, new vessels grow and scavenger cells take the crystals away.", 0.9),
                   (answer, 0.88))
    assert first.text == answer


def test_whether_a_benefit_lasts_is_answered_by_the_latest_follow_up() -> None:
    q = read_question("does the benefit of gizmo lavage last long term?")
    assert lasting_asked(q.text) and not lasting_asked("gizmo lavage at last visit")
    early = _candidate("Patients can be told that gizmo lavage helps most in its first year.", 0.75, "a")
    later = _candidate("When the gizmo lavage trial was followed up at about six years, the two groups no longer "
                       "differed.", 0.18, "b")
    assert states_asked(later.text, q.text) and not states_asked(early.text, q.text)
    # (Quoted, and first, however far below the advice the relevance model puts it.)
    assert closest_statements([early, later], q)[0] is later


def test_what_patients_ask_is_background() -> None:
    assert background_role("People with gizmo tendinopathy often ask whether gizmo K2 could melt their deposits.")
    assert not background_role("Gizmo K2 cannot be recommended to melt tendon deposits.")


def test_wanting_to_come_off_a_treatment_asks_about_stopping_it() -> None:
    question = "well controlled gizmo asthma 40M wants to come off his gizmo inhaler completely, ok?"
    assert asks_about_stopping(question)
    assert not asks_about_stopping("40M wants to stop smoking, is gizmicline ok?")
    step = _candidate("Gizmo treatment can be stepped down once gizmo asthma has been quiet for three months.",
                      0.8, "a")
    stop = _candidate("Gizmo inhalers should never be withdrawn entirely in adults with gizmo asthma.", 0.7, "b")
    assert closest_statements([step, stop], read_question(question))[0] is stop
