"""Advice against another thing for the people who take the asked one, and advice never to give one of two asked
things without the other (session 49's reviews: "Is warfarin safe?" answered "No." above "Menatetrenone is
contraindicated in patients taking warfarin ...", and "Does an inhaled corticosteroid and a LABA together improve
asthma control?" answered "No." above "Long-acting beta-agonists should not be used without an inhaled
corticosteroid")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.verdict import against_advice, against_another

DRUGX = frozenset(tokenize("drugx"))
CONTRAINDICATED = "Zorb is contraindicated in patients taking drugx, because it antagonises its effect."


def test_advice_against_another_thing_for_people_taking_the_asked_one() -> None:
    assert against_another(CONTRAINDICATED, DRUGX)
    # advice said to the people, whose thing follows the advice, is advice against that thing
    assert not against_another("People taking drugx should avoid zorb products.", frozenset(tokenize("zorb")))
    # advice against the asked thing itself
    assert not against_another("Drugx is contraindicated in patients taking zorb.", DRUGX)
    assert not against_another("Zorb is recommended for patients taking drugx.", DRUGX)  # no advice against


def test_it_gives_no_verdict_on_the_asked_one() -> None:
    assert against_advice("Is drugx safe?", "yes", CONTRAINDICATED, DRUGX, DRUGX) == "uncertain"
    # (review 50: "Is warfarin contraindicated in patients taking menatetrenone?" kept an earlier "no")
    assert against_advice("Is drugx contraindicated in patients taking zorb?", "no", CONTRAINDICATED, DRUGX,
                          DRUGX) == "uncertain"
    assert against_advice("Is drugx safe?", "yes", "Drugx should be avoided in pregnancy.", DRUGX, DRUGX) == "no"


def test_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Is warfarin safe?").verdict != "no"
    assert answer_question(loaded_index, "Is warfarin contraindicated in patients taking menatetrenone?").verdict \
        != "no"
    assert answer_question(loaded_index, "Is menatetrenone safe for patients taking warfarin?").verdict == "no"
    assert answer_question(loaded_index, "Does an inhaled corticosteroid and a LABA together improve asthma "
                                         "control?").verdict == "yes"


def test_an_effect_stated_before_advice_against_answers_the_effect() -> None:
    from service.answer.verdict import claim_before_advice
    stated = "Drugx lowers the gizmo threshold and should not be used in people with a history of gizmosis."
    assert claim_before_advice("Does drugx lower the gizmo threshold?", stated)
    assert not claim_before_advice("Does drugx raise the gizmo threshold?", stated)  # not the effect stated
    assert not claim_before_advice("Does drugx lower the gizmo threshold?",
                                   "Drugx does not lower the gizmo threshold and should not be used in gizmosis.")
    # the people the advice names are among those the effect is stated of (review 50b: "No." for eating disorders)
    assert claim_before_advice("Does drugx lower the gizmo threshold in people with gizmosis?", stated)
    assert not claim_before_advice("Does drugx lower blood pressure in people with gizmosis?", stated)


def test_the_effect_stated_before_advice_on_the_default_corpus(loaded_index: Index) -> None:
    # (review 50: "No." quoting the sentence that says bupropion lowers the seizure threshold)
    assert answer_question(loaded_index, "Does bupropion lower the seizure threshold?").verdict == "yes"
    assert answer_question(loaded_index, "Does bupropion lower the seizure threshold in people with eating "
                                         "disorders?").verdict == "yes"


def test_an_effect_stated_before_advice_the_other_way_answers_no(loaded_index: Index) -> None:
    from service.answer.verdict import before_advice
    stated = "Drugx lowers the gizmo threshold and should not be used in people with a history of gizmosis."
    assert before_advice(stated, DRUGX) == "Drugx lowers the gizmo threshold and "
    assert before_advice("People with gizmosis should not take drugx.", DRUGX) is None  # named only after
    # (review 50b: "Yes." quoting the sentence that says bupropion lowers the seizure threshold)
    assert answer_question(loaded_index, "Does bupropion raise the seizure threshold?").verdict == "no"
