"""Everyday wordings of clinicians' questions (session 34): verbs of effect that are also nouns, adverbs of degree,
a need, a comparison made "at" something, the people advice is asked for, people on a treatment (taking another
thing, too), a test "done", which people should have a thing. Each row read no
topic, or a wrong one, before its rule, but the rows that guard a rule's limits."""
from __future__ import annotations

import pytest

from service.answer.question import population_of, read_question

# (question, type, intervention, condition)
WORDINGS = [
    # "cut" and "ease" are verbs of effect when no determiner stands before them and no preposition after them.
    ("Do inhaled zorbinol cut gizmo attacks in adults?", "general", "inhaled zorbinol", "gizmo attacks in adults"),
    ("Does exercise ease gizmo pain?", "general", "exercise", "gizmo pain"),
    ("Does a cut on the hand need stitches?", "general", None, None),
    ("Does zorbinol lessen gizmo symptoms?", "general", "zorbinol", "gizmo symptoms"),
    # An adverb of degree before the verb is no part of what has the effect.
    ("Do zorbinol supplements significantly increase cardiovascular risk?", "safety", "zorbinol supplements",
     "cardiovascular risk"),
    ("Does zorbinol really prevent gizmo fractures?", "therapy", "zorbinol", "gizmo fractures"),
    # Whoever acts ("we") is no intervention; what is acted on is still the condition.
    ("Can we reduce the burden of gizmo care?", "therapy", None, "burden of gizmo care"),
    # A need asked in the everyday word, for a condition.
    ("Is surgery needed for gizmo tendinitis of the shoulder?", "therapy", "surgery",
     "gizmo tendinitis of the shoulder"),
    # What a comparison is made at: the gerund's object is the outcome compared on.
    ("Is intravenous zorbinol faster than tablets at raising haemoglobin?", "general", "intravenous zorbinol",
     "haemoglobin"),
    # "all" is no part of the people advice is asked for.
    ("Is zorbinol supplementation recommended for all older women?", "therapy", "zorbinol supplementation",
     "older women"),
    # People on a treatment who have a condition: the condition is what they have, asked in them.
    ("Does zorbinol help patients on dialysis with gizmo calcification?", "therapy", "zorbinol",
     "gizmo calcification in patients on dialysis"),
    # People on a treatment taking or using another thing: the two taken together, as "Can Y be taken with X?".
    ("Can people on warfarin take zorbinol supplements?", "general", "zorbinol supplements", "warfarin"),
    ("Can warfarin users take zorbinol supplements?", "general", "zorbinol supplements", "warfarin"),
    ("Can patients taking warfarin use zorbinol?", "general", "zorbinol", "warfarin"),
    # (Not eating, a diet, nor people defined by a condition, nor whether they should: advice, in them.)
    ("Should patients on dialysis take zorbinol?", "therapy", None, None),
    ("Can people on warfarin eat gizmo vegetables?", "general", None, None),
    ("Can people with asthma take zorbinol?", "general", None, None),
    # A test "done" in a condition is asked as any passive advice.
    ("Should gizmo testing be done routinely in head and neck cancer?", "general", "gizmo testing",
     "head and neck cancer"),
    # Which people should have a thing: the thing in their condition (not people named by nothing else).
    ("Which lung cancer patients should have gizmo mutation testing?", "general", "gizmo mutation testing",
     "lung cancer"),
    ("What patients should get zorbinol?", "general", None, None),
    # A condition's natural course still reads no condition: read as one, 2 of the 4 list answers it changed got
    # worse (a "No." to whether deposits go away on their own; the sentence that they often resolve lost).
    ("Do gizmo deposits in the shoulder go away on their own?", "prognosis", None, None),
]


@pytest.mark.parametrize("text,qtype,intervention,condition", WORDINGS)
def test_everyday_wordings_read_their_topic(text: str, qtype: str, intervention: str | None,
                                           condition: str | None) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition) == (qtype, intervention, condition)


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
