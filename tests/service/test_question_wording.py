"""Everyday wordings of clinicians' questions (session 34): verbs of effect that are also nouns, adverbs of degree,
a need, a comparison made "at" something, the people advice is asked for, people on a treatment (taking another
thing, too), a test "done", which people should have a thing: what each reading gives beyond its topic (the topic
rows themselves are in test_question.SHAPES, under "Session 34")."""
from __future__ import annotations

from service.answer.question import population_of, read_question


def test_an_everyday_verb_of_effect_is_read_as_the_plain_verb() -> None:
    # "cut" says "reduce": the direction a statement's finding is weighed against, and the title's goal.
    q = read_question("Do inhaled zorbinol cut gizmo attacks in adults?")
    assert q.verb == "reduce"
    assert q.title == "Inhaled Zorbinol for Gizmo Attack Reduction in Adults"


def test_a_comparison_made_at_something_keeps_what_it_compares_with() -> None:
    q = read_question("Is intravenous zorbinol faster than tablets at raising haemoglobin?")
    assert q.comparator == "tablets"
    assert q.title == "Intravenous Zorbinol versus Tablets for Haemoglobin"


def test_the_person_advice_is_asked_for_is_the_population() -> None:
    # "a toddler" of "Should a toddler with X get Y?": whom the advice is for, without its article.
    assert read_question("Should a toddler with a bulging eardrum get zorbinol?").subject == "toddler"


def test_a_condition_asked_in_toddlers_is_asked_in_a_population() -> None:
    assert population_of("gizmo infections in toddlers") == ("gizmo infections", "toddlers")


def test_help_for_people_on_a_treatment_names_them_after_the_condition() -> None:
    assert read_question("Does zorbinol help patients on dialysis with gizmo calcification?").title == \
        "Zorbinol for Gizmo Calcification in Patients on Dialysis"
