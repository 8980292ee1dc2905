"""The statements a bottom line may open with are on the aspect the question asks (``lead.on_aspect``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import on_aspect
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


HARMS = _direct("Nortriptyline can cause a dry mouth, constipation and drowsiness.")
USE = _direct("Nortriptyline is a widely used preventive medicine for people with frequent attacks.")
HARM_ON_CONDITION = _direct("Nortriptyline caused more severe cluster headache attacks in one small series.")


def test_a_therapy_question_does_not_open_with_harms_that_name_neither_its_condition_nor_its_effect() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS, USE]) == [USE]


def test_a_harm_on_the_asked_condition_stays_on_aspect() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS, HARM_ON_CONDITION, USE]) == [HARM_ON_CONDITION, USE]


def test_how_effective_question_does_not_open_with_harms_but_keeps_an_option_for_an_allergy() -> None:
    q = read_question("How effective is nortriptyline for cluster headache?")
    option = _direct("Nortriptyline is recommended for people with an allergy to the first-line drug.")
    assert on_aspect(q, [HARMS, option, USE]) == [option, USE]


def test_harms_are_kept_when_nothing_else_answers() -> None:
    q = read_question("Does nortriptyline prevent cluster headache?")
    assert on_aspect(q, [HARMS]) == [HARMS]


def test_a_question_on_harms_alone_opens_with_the_harms() -> None:
    q = read_question("What are the side effects of nortriptyline?")
    assert on_aspect(q, [USE, HARMS]) == [HARMS]


def test_a_question_on_how_long_to_give_x_opens_with_a_course_length() -> None:
    q = read_question("How long should nortriptyline be taken?")
    course = _direct("A course of nortriptyline usually lasts about eight weeks.")
    assert (q.type, q.intervention) == ("dosing", "nortriptyline")
    assert on_aspect(q, [USE, course, HARMS]) == [course]


def test_a_dose_question_opens_with_an_amount() -> None:
    q = read_question("What dose of nortriptyline is used for cluster headache?")
    amount = _direct("Nortriptyline is usually started at 10 mg at night.")
    assert on_aspect(q, [USE, amount]) == [amount]


def test_a_how_often_question_opens_with_how_often_before_how_long() -> None:
    q = read_question("How often should nortriptyline be taken?")
    course = _direct("A course of nortriptyline usually lasts about eight weeks.")
    nightly = _direct("Nortriptyline is taken once a day at night.")
    assert (q.type, q.intervention) == ("dosing", "nortriptyline")
    assert on_aspect(q, [USE, course, nightly]) == [nightly]


def test_advice_against_for_people_with_something_not_asked_is_not_the_answer_on_the_condition() -> None:
    q = read_question("Is nortriptyline effective for cluster headache?")
    against = _direct("Nortriptyline should not be used in people with a recent heart attack.")
    option = _direct("Nortriptyline is a further option for adults who want a preventive medicine.")
    assert on_aspect(q, [against, option]) == [option]


def test_advice_against_for_the_people_asked_about_stays() -> None:
    q = read_question("Is nortriptyline safe for people with glaucoma?")
    against = _direct("Nortriptyline should not be used in people with glaucoma.")
    assert on_aspect(q, [against, USE]) == [against, USE]
