"""A follow-up's new fact used (session 65's blind test, chains): an age said anew takes the place of the earlier
age and leads by the age band that holds it, and a case said first is carried by a clause the corpus writes."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.concepts import Lexicon
from service.answer.follow_up import (Previous, as_whole_question, case_condition, case_context,
                                      without_earlier_age)
from service.answer.question import read_question
from service.answer.quoted_before import new_named_first
from tests.service.candidates import scored

CASE = "6-year-old wobble fracture, slight shortening - what treatment?"


def test_an_age_said_anew_takes_the_place_of_the_earlier_age() -> None:
    previous = Previous(CASE, None, None)
    whole = as_whole_question("and if she were 9 years old instead?", previous)
    assert whole == "wobble fracture, slight shortening - what treatment if she were 9 years old instead?"
    # a follow-up that gives no age keeps the earlier one
    assert as_whole_question("and if the shortening is 3 cm?", previous).startswith("6-year-old wobble fracture")


def test_only_the_one_earlier_age_of_the_same_person_gives_way_to_the_new_age() -> None:
    asked = "Can a 5-year-old boy with wobble cough have gizmocillin"
    # the new age in the old one's place, the person kept
    older = "Can a 10-year-old boy with wobble cough have gizmocillin"
    assert without_earlier_age(asked, "he were 10 years old") == older
    assert without_earlier_age(asked, "he turns 11") == "Can an 11-year-old boy with wobble cough have gizmocillin"
    # an age given to someone else (a sibling) leaves the patient's age alone
    assert without_earlier_age(asked, "his 1-year-old sister coughs as well") == asked
    # two ages before (the mother's and her baby's): which one is meant is not known, so neither changes
    two = "Can a 32-year-old mother of a 2-month-old take gizmocillin"
    assert without_earlier_age(two, "she were 40 years old") == two


def test_the_age_band_holding_the_new_age_leads_the_closest_statements() -> None:
    q = replace(read_question("wobble fracture, slight shortening - what treatment if she were 9 years old instead?"),
                as_asked="and if she were 9 years old instead?", asked_before=CASE)
    younger = scored("Casting is advised for children aged two to six years with a wobble fracture.", 0.9, "d1")
    older = scored("Nailing is an option for children aged seven to twelve years with a wobble fracture.", 0.5, "d1")
    assert [c.text for c in new_named_first(q, [], [younger, older], 3)] == [older.text, younger.text]
    # a band that does not hold the age does not lead for it
    none_holds = scored("Bracing suits children aged thirteen to sixteen years with a wobble fracture.", 0.5, "d1")
    assert new_named_first(q, [], [younger, none_holds], 3)[0].text == younger.text


def test_a_case_is_carried_by_a_clause_the_corpus_writes() -> None:
    asked = "gravida, transverse gizmo lie at 37 weeks - what to offer?"
    writes = Lexicon({}, vocabulary=tokenize("transverse gizmo lie weeks offer version"))
    assert case_condition(asked, writes) == "transverse gizmo lie at 37 weeks"
    assert case_context(asked, writes) == "transverse gizmo lie at 37 weeks - what to offer?"
    # without the corpus's words, the first clause, as before
    assert case_condition(asked) == "gravida"
