"""How a follow-up after a case said first is read (session 59's blind test): the condition of the case, what its
people take, another case in the place of the first, a thing for the same person, and the thing an answer advised."""
from __future__ import annotations

from service.answer.follow_up import (Previous, as_whole_question, asked_after, case_condition, case_context,
                                      recommended_thing, topic_of)
from service.answer.question import read_question

REVERSE = "patient on drugx with a major bleed - how do I reverse it?"
TUBES = "Should gizmo tubes be given to a 3 year old with lasting glue ear for 4 months and poor hearing?"


def test_the_condition_of_a_case_said_first() -> None:
    assert case_condition("68M new zorbic flutter, plonk score 3 - should he be given blood thinning?") == \
        "new zorbic flutter"
    # the thing the ask points at by "it" is what the question asked of, not the condition
    assert case_condition("child with plinko disorder on drugw prophylaxis - when can it be stopped?") == \
        "plinko disorder"
    assert case_condition("woman with wobble fits on drugz wants contraception - is the minipill ok?") == \
        "wobble fits on drugz wants contraception"
    assert case_condition(REVERSE) == "major bleed"
    # no case said first
    assert case_condition("Is exercise good for knee osteoarthritis?") is None


def test_a_follow_up_asking_its_own_thing_is_searched_with_the_condition_of_the_case() -> None:
    asked = "68M new zorbic flutter, plonk score 3 - should he be given blood thinning?"
    previous = Previous("Should a 68-year-old man with new zorbic flutter, plonk score 3 be given blood thinning?",
                        None, None, asked)
    # its condition and what it asked, without the people, the score or the thing the ask points at
    assert asked_after(read_question("What if blood thinning is contraindicated?"), previous).context == \
        "new zorbic flutter - should he be given blood thinning?"
    assert asked_after(read_question("From what age should eye checks start?"), previous).context == \
        "new zorbic flutter - should he be given blood thinning?"
    assert case_context("child with plinko disorder on drugw prophylaxis - when can it be stopped?") == \
        "plinko disorder - when can it be stopped?"
    # "for him" after the new thing names the same person, to whom it is given: no state of that case
    assert asked_after(read_question("and what about eye checks for him?"), previous).context == \
        "new zorbic flutter - should he be given blood thinning?"
    # one that speaks of the person or the thing before by a pronoun says something of that very case: searched with
    # the whole question before, as it was
    assert asked_after(read_question("He's no better after 3 days, what now?"), previous).context == \
        topic_of(previous.question)


def test_another_thing_taken_instead_by_the_people_of_a_case() -> None:
    previous = Previous(REVERSE, None, None)
    assert as_whole_question("what if he was on drugy instead?", previous) == \
        "patient on drugy with a major bleed - how do I reverse it?"
    assert as_whole_question("And if she is taking drugy?", previous) == \
        "patient on drugy with a major bleed - how do I reverse it?"
    # what they take is bounded before a verb of the question
    taking = Previous("Can a patient on drugx take gizmo supplements?", "gizmo supplements", "drugx")
    assert as_whole_question("What about if they are on drugy instead?", taking) == \
        "Can a patient on drugy take gizmo supplements?"


def test_a_thing_for_the_same_person_takes_the_place_of_the_treatment() -> None:
    previous = Previous("Is the gizmo pill safe for a woman with wobble fits?", "gizmo pill", "woman with wobble fits")
    assert as_whole_question("and what about morning-after tablets for her?", previous) == \
        "Is the morning-after tablets safe for a woman with wobble fits?"


def test_it_is_another_case() -> None:
    previous = Previous(TUBES, None, None)
    assert as_whole_question("what if it is repeated ear infections but no fluid at the check?", previous) == \
        "Should gizmo tubes be given to a 3 year old with repeated ear infections but no fluid at the check?"
    # what the first case was tested for stays; a span of it does not
    tested = Previous("Should I test an adult with chronic gizmo cough and a clear x-ray for wheeze disease?", None,
                      None)
    assert as_whole_question("what if it is a gizmo cough with heartburn?", tested) == \
        "Should I test an adult with a gizmo cough with heartburn for wheeze disease?"
    # a state of the thing, or people, is no other case
    for follow_up in ("What if it is not tolerated?", "what if it is given at night?", "What if it is a toddler?",
                      "What if it is severe?"):
        assert as_whole_question(follow_up, previous) == follow_up
    # with a treatment and a condition read, the new case takes the place of the one it is another kind of
    read = Previous("Is oral gizmo first-line for wobble anaemia?", "oral gizmo", "wobble anaemia")
    assert as_whole_question("What if it is severe wobble anaemia?", read) == \
        "Is oral gizmo first-line for severe wobble anaemia?"


def test_the_thing_an_answer_advised() -> None:
    assert recommended_thing("In adults in whom treatment is indicated, the zorbavir analogues which have a high "
                             "barrier to resistance (zorbavir or plinkavir) are recommended.", "frob infection") == \
        "zorbavir analogues"
    assert recommended_thing("Offer drugx to people with a plonk score of 2 or above.", None) == "drugx"
    # no thing: a generic noun, people, or the condition itself
    assert recommended_thing("Treatment is recommended for adults with frob infection.", "frob infection") is None
    assert recommended_thing("Continued monitoring is needed for everyone.", None) is None
    assert recommended_thing("Frob infection is indicated by a raised marker.", "frob infection") is None
