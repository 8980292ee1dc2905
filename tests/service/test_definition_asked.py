"""A question on what a thing is or measures opens with a statement of what it is (``lead.defines``), direct even
where the relevance model, weighing the question's other words, does not believe it (``with_definitions_direct``)."""
from __future__ import annotations

from dataclasses import replace

from service.answer.lead import answering, defines
from service.answer.pipeline import with_definitions_direct
from service.answer.question import asked_thing, read_question
from tests.service.candidates import candidate, direct_candidate

DEFINED = "Zelorin is the inactive form of a bone protein that is neither phosphorylated nor carboxylated."
TEST = "Measurement of zelorin is a research test and is not part of routine care."
RISES = "Circulating zelorin rises when vitamin K intake is low."


def test_a_marker_asked_what_it_measures_is_asked_what_it_is() -> None:
    assert asked_thing("What does zelorin measure?") == "zelorin"
    assert asked_thing("What do raised zelorin levels indicate?") == "raised zelorin levels"
    assert asked_thing("What does zelorin measure in bone?") is None  # asks of a place, not what it is


def test_a_definition_says_what_its_subject_is_and_nothing_else_does() -> None:
    name = frozenset({"zelorin"})
    assert defines(DEFINED, name)
    assert defines("The zelorin is a bone protein.", name)  # an article before the name
    assert not defines(TEST, name)  # the subject is the act of measuring
    assert not defines(RISES, name)  # a word of its own before the name, and no copula
    assert not defines("Uncarboxylated zelorin is largely inactive.", name)  # a form of the thing


def test_what_a_marker_measures_opens_with_what_it_is_not_with_how_it_is_measured() -> None:
    q = read_question("What does zelorin measure?")
    believed = direct_candidate(TEST)
    unbelieved = [candidate(DEFINED), candidate(RISES)]  # below the model's floor: not direct
    ranked = with_definitions_direct(q, [believed, *unbelieved])
    assert [c.direct for c in ranked] == [True, True, False]
    assert answering(q, [c for c in ranked if c.direct]) == [ranked[1]]


def test_a_question_with_a_topic_keeps_its_own_directness() -> None:
    q = read_question("Does zelorin predict fractures in older women?")
    statement = replace(candidate(DEFINED), anchored=True)
    assert with_definitions_direct(q, [statement]) == [statement]
