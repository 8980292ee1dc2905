"""Session 60: the lead gives the aspect asked, from the same source, over a true sentence that only speaks of the
topic (made-up names): a measure's value for "what GZX score before ...?", where treatment begins for "which
medicine first line?", and a guideline's advice before its reasons ("... could still gain ...") for "still give X
after a while?"."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.asked_shape import first_asked, measure_asked, states_asked
from service.answer.concepts import QUESTION_WORDS
from service.answer.lead import (after_first_line, choose_lead, gives_reasons, misses_shape, of_shape_asked,
                                 reasons_behind_advice)
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from tests.service.candidates import guideline_candidate


def test_a_measure_asked_is_answered_by_its_value_not_by_the_topic() -> None:
    q = read_question("what GZX score before I can start zorbamab tablets?")
    topic = guideline_candidate("Zorbamab tablets should only be taken as part of a wider plan of diet and exercise.",
                                0.86, "g")
    value = guideline_candidate("People offered zorbamab should have a GZX score greater than or equal to 31, or "
                                "of 28 with a related illness.", 0.8, "g")
    assert measure_asked(q.text) == "GZX score"
    assert closest_statements([topic, value], q)[0] is value


def test_words_after_what_that_name_no_measure() -> None:
    assert measure_asked("what platelet count is needed before a gizmo tap?") == "platelet count"
    # A name asked, no value ("Which gene ...?"), or a kind of thing, or a frame read elsewhere (a dose).
    assert measure_asked("Which gene is mutated in gizmosis?") is None
    assert measure_asked("what drug for gizmosis?") is None
    assert measure_asked("what gizmo concentration counts as severe gizmaemia?") == "gizmo concentration"
    assert measure_asked("Which GZX7 variant is most common?") is None  # (a kind's name: a name asked, no value)
    assert measure_asked("Which microGZX is the mediator of gizmosis?") is None
    assert measure_asked("Which gizmo pressure drug is preferred for older adults?") is None  # (a drug asked)
    assert measure_asked("what gizmo pressure should prompt treatment?") == "gizmo pressure"
    assert measure_asked("what dose of zorbamab for kids?") is None
    # The value right after the measure, or a bound within a few words; not a count of something near it.
    question = "what GZX score before zorbamab?"
    assert states_asked("A GZX score above 31 calls for zorbamab.", question)
    assert not states_asked("The GZX score was devised by a panel of 12 experts.", question)


def test_a_first_line_asked_is_answered_by_where_treatment_begins() -> None:
    q = read_question("new gizmo fever in an adult, no other illness - which medicine first line?")
    later = guideline_candidate("Add a second and a third gizmo blocker as needed to reach the goal.", 0.6, "g")
    aside = guideline_candidate("Diet and exercise support the medicines for gizmo fever.", 0.62, "g")
    begin = guideline_candidate("Start treatment with a zorbic blocker or a flemic antagonist in most adults.", 0.58,
                                "g")
    assert first_asked(q.text)
    assert closest_statements([aside, later, begin], q)[0] is begin
    # (Not a later line, and not quoted however far below the best: many a sentence starts something with something.)
    assert not first_asked("gizmo fever, first line failed - which medicine next?")
    assert not first_asked("Is first-line zorbic blocker as good as two drugs for gizmo fever?")  # (whether, not which)
    assert not states_asked(begin.text, q.text)


def test_a_later_line_does_not_answer_the_first_line() -> None:
    question = "spread gizmoma, frail - what first line chemo?"
    later = guideline_candidate("Zorbaplatin may be offered as a second-line choice to those who meet all of these "
                                "criteria: first-line treatment with gizmabine, good kidney function.", 0.95, "g")
    first = guideline_candidate("Gizmabine alone is recommended for frail patients who want treatment.", 0.5, "g")
    assert after_first_line(question, later.text) and not after_first_line(question, first.text)
    # (A statement giving the first line before a later one answers it.)
    assert not after_first_line(question, "Gizmabine is the first-line treatment; zorbaplatin is second-line.")
    assert of_shape_asked(read_question(question), [later, first]) == [first]


def test_a_first_line_denied_is_no_first_line() -> None:
    q = read_question("What is the first-line medicine for gizmo fever?")
    denied = guideline_candidate("Gizmidine can slow the heart; avoid gizmidine as first-line treatment of gizmo "
                                 "fever.", 0.84, "g")
    aside = guideline_candidate("Diet and exercise lower gizmo fever in most adults.", 0.86, "g")
    assert misses_shape(denied.text, q) and misses_shape(aside.text, q)
    assert closest_statements([aside, denied], q)[0] is aside
    assert not misses_shape("A zorbic blocker is the first-line treatment of gizmo fever.", q)
    assert not misses_shape("A flemic antagonist is often preferred as the first drug for older adults.", q)
    # (Advice to give a treatment names what to give, for the people it names; advice against it does not.)
    assert not misses_shape("A zorbic blocker is recommended for adults with gizmo fever and a weak kidney.", q)
    assert misses_shape("Zorbic blockers are not recommended in pregnancy.", q)


def test_a_guideline_advice_comes_before_its_reasons() -> None:
    q = read_question("burn patient still oozing, 5 hours since injury - still give zorbacin?")
    reasons = guideline_candidate("However, some patients could still gain from zorbacin after four hours if a blood "
                                  "test shows ongoing clot breakdown.", 0.95, "g")
    noted = guideline_candidate("The panel noted that routine zorbacin was best avoided once four hours had passed.",
                                0.93, "g")
    advice = guideline_candidate("Do not give zorbacin later than four hours after the burn unless a blood test shows "
                                 "ongoing clot breakdown.", 0.7, "g")
    assert gives_reasons(reasons.text) and gives_reasons(noted.text) and not gives_reasons(advice.text)
    assert closest_statements([reasons, noted, advice], q)[0] is advice
    # Reasons whose source gives no advice here keep their place: they are what it says.
    assert not reasons_behind_advice([reasons, noted])(reasons)


def test_reasons_on_the_question_stay_before_advice_on_another_thing() -> None:
    q = read_question("61F gizmo kidney disease with protein in the urine, blood pressure goal?")
    reasons = guideline_candidate("Gizmo kidney disease with protein in the urine may benefit from tighter control, "
                                  "a blood pressure goal below 130/80.", 0.8, "g")
    other = guideline_candidate("Statins are recommended for everyone with gizmo kidney disease over 50.", 0.75, "g")
    assert gives_reasons(reasons.text)
    assert closest_statements([reasons, other], q)[0] is reasons


def test_the_lead_prefers_advice_to_reasons_of_the_same_tier() -> None:
    agreed = replace(guideline_candidate("The committee agreed that zorbacin should be offered within four hours of "
                                         "the burn.", 0.95, "g"), direct=True)
    advice = replace(guideline_candidate("Offer zorbacin within four hours of the burn to adults who are still "
                                         "oozing.", 0.85, "g"), direct=True)
    asked = frozenset(tokenize("burn patient still oozing, 3 hours since the burn - offer zorbacin?")) - QUESTION_WORDS
    assert choose_lead([agreed, advice], question_terms=asked) is advice
