"""Session 58: blind questions where a retrieved statement that answers another question led (made-up names): a study's
participants' ages for "at what age", a recommendation kept within its licence read as a licensing note, advice for
the line after the first for "1st line?", a value bound written after its number, "no better" as a failure, and a
statement reporting what patients ask ahead of what the sources say."""
from __future__ import annotations

from service.answer import guideline
from service.answer.after_failure import asks_after_failure
from service.answer.asked_shape import stated_asked
from service.answer.lead import after_first_line, background_role, echoes_asking, misses_shape, states_age
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate


_candidate = guideline_candidate


def test_the_age_asked_is_a_recommendation_s_not_the_studied_people_s() -> None:
    question = "at what age check youngsters for gizmosis?"
    q = read_question(question)
    studied = _candidate("Those enrolled were aged 7 to 11 years at entry (mean age, 9.2 years).", 0.8, "a")
    other = _candidate("The panel advises limiting tablet time among children 12 years and younger.", 0.6, "b")
    answer = _candidate("Clinicians should check for gizmosis in children and teenagers 5 years and older.", 0.1, "c")
    assert not states_age("Participants were aged 7 to 11 years at entry (mean age, 9.2 years).")
    assert states_age(answer.text)
    assert misses_shape("Participants were aged 7 to 11 years at entry.", q)
    assert not misses_shape(answer.text, q)
    # (Quoted however far below the best it ranks; of the ages stated, the one naming what the question asks first.)
    quoted = closest_statements([studied, other, answer], q)
    assert quoted[0].text == answer.text


def test_advice_kept_within_its_licence_is_no_licensing_note() -> None:
    assert not guideline.licensing_note(
        "Gizmoxegol is advised, within its marketing authorisation, for adults with gizmo stasis.")
    assert guideline.licensing_note("At the time, gizmoxegol had no UK marketing authorisation in children.")
    assert guideline.licensing_note("Gizmoxegol is recommended within its marketing authorisation; it is off-label "
                                    "for children.")


def test_asked_the_first_line_advice_after_it_is_for_another_question() -> None:
    question = "gizmo-positive zorboma, 1st line tx?"
    assert after_first_line(question, "Zorbimab (if gizmo inhibition was used in first-line)")
    assert after_first_line(question, "Those whose zorboma grew after first-line gizmotinib may be offered trials.")
    assert not after_first_line(question, "Gizmotinib plus zorbotinib is the first-line treatment.")
    assert not after_first_line(question, "Patients who cannot take zorbimab should have gizmotinib first-line.")
    assert not after_first_line("what after first-line gizmotinib fails?", "Zorbimab (if gizmotinib was used in "
                                                                          "first-line)")
    q = read_question("first-line therapy for gizmo-positive zorboma")
    after = _candidate("Zorbimab (if gizmo inhibition was used in first-line)", 0.9, "a")
    assert closest_statements([after], q) == []


def test_a_bound_after_its_number_is_a_value() -> None:
    stated = stated_asked("what gizmo-breath cutoff is a positive test?")
    assert stated is not None
    assert stated.search("Count a gizmo-breath reading of 45 units or more as positive.")
    assert stated.search("A level \u2265 45 is positive.")
    # (Not the ages of the people a test is for.)
    assert not stated.search("Consider a gizmo-breath test in children (aged 6 to 15) when unsure.")


def test_no_better_states_a_failure_but_no_better_than_does_not() -> None:
    assert asks_after_failure("52M gizmo tendinitis, 3 mo rest + gizmofen no better - next step?")
    assert not asks_after_failure("gizmofen is no better than placebo for gizmo tendinitis?")


def test_what_patients_ask_comes_after_what_the_sources_say() -> None:
    echo = ("Gizmo-K supplements are sometimes promoted for soft tissue, and patients with gizmo deposits sometimes "
            "ask whether gizmo-K could dissolve them.")
    assert echoes_asking(echo) and background_role(echo)
    said = "No randomized trial has tested gizmo-K for gizmo deposits."
    assert not echoes_asking(said)
    for question in ("pt asking if gizmo-K will dissolve her deposit - any evidence?",
                     "will gizmo-K dissolve gizmo deposits?"):
        q = read_question(question)
        first = closest_statements([_candidate(echo, 0.98, "a"), _candidate(said, 0.9, "b")], q)[0]
        assert first.text == said, question
