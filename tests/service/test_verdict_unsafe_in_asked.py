"""A safety question asked of a circumstance ("Is X safe in overdose?") above a statement that judges X unsafe in that
very circumstance, and a question whether a thing suffices above advice to follow it with another (session 50: "Is
amitriptyline safe in overdose?" leaned "yes" from closest evidence above "... and is dangerous in overdose", and "Is
the PHQ-2 enough on its own to diagnose depression?" leaned "yes" above "... as an initial screen, followed by the
nine-item PHQ-9 ...")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import with_what_asked_without
from service.answer.verdict import on_safety, unsafe_in

HARMS = "Drug X can cause drowsiness, dry mouth and weight gain, and is dangerous in overdose."
OVERDOSE = frozenset(tokenize("overdose"))


def test_a_judgement_of_harm_in_the_asked_circumstance_is_unsafe_there() -> None:
    assert unsafe_in(HARMS, OVERDOSE)
    assert unsafe_in("Drug X is contraindicated in pregnancy.", frozenset(tokenize("pregnancy")))


def test_harms_listed_or_judged_of_another_circumstance_are_not() -> None:
    assert not unsafe_in("Drug X can cause drowsiness in overdose.", OVERDOSE)  # a harm among others, no judgement
    assert not unsafe_in("Drug X is not dangerous in overdose.", OVERDOSE)  # denied
    assert not unsafe_in("Drug X is dangerous in pregnancy, and well tolerated in overdose.", OVERDOSE)
    assert not unsafe_in(HARMS, frozenset())


def test_a_yes_above_such_a_lead_is_a_no() -> None:
    assert on_safety("yes", [HARMS], lead=HARMS, circumstance=OVERDOSE) == "no"
    assert on_safety("yes", [HARMS], lead=HARMS, circumstance=frozenset(tokenize("pregnancy"))) != "no"


def test_advice_to_follow_it_with_another_says_it_does_not_suffice_alone() -> None:
    followed = "Clinicians can use test X as an initial screen, followed by test Y for those who screen positive."
    assert with_what_asked_without("Is test X enough on its own to diagnose illness Z?", followed)
    assert not with_what_asked_without("Is test X used to screen for illness Z?", followed)


def test_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Is amitriptyline safe in overdose?").verdict == "no"
    assert answer_question(loaded_index, "Is the PHQ-2 enough on its own to diagnose depression?").verdict != "yes"
