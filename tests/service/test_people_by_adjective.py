"""People a question names by an adjective of their state ("an asthmatic patient", "a woman who is 10 weeks
pregnant") are people in that state (session 51 tester B: "Yes." to "Does propranolol prevent migraine in an
asthmatic patient?" above the general recommendation while the corpus says "Propranolol should be avoided in people
with asthma ..."; "insufficient" to "Can I start an ACE inhibitor in a woman who is 10 weeks pregnant ...?")."""
from __future__ import annotations

from index.search import Index
from service.answer.guideline import population_terms
from service.answer.pipeline import answer_question
from service.answer.question import as_state_nouns, state_nouns
from service.answer.subgroup import asked_states


def test_an_adjective_of_people_is_read_as_its_state() -> None:
    assert as_state_nouns("an asthmatic patient") == "an asthma patient"
    said = "a woman who is 10 weeks pregnant with gizmosis"
    assert as_state_nouns(said) == "a woman who is 10 weeks pregnancy with gizmosis"
    assert as_state_nouns("an epileptic woman") == "an epilepsy woman"
    assert as_state_nouns("adolescent girls") == "adolescent girls"  # a noun for people is no state
    assert state_nouns("an antibiotic course") == ""  # "-otic" names no state of its own ("antibiotic", "narcotic")
    assert population_terms("gizmosis in an asthmatic patient") == population_terms("gizmosis in people with asthma")


def test_a_state_said_with_a_time_before_it() -> None:
    assert asked_states("woman who is 10 weeks pregnant with gizmosis") == ("pregnancy", "gizmosis")


def test_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Does propranolol prevent migraine in an asthmatic patient?").verdict \
        != "yes"
    answer = answer_question(loaded_index, "Can I start an ACE inhibitor in a woman who is 10 weeks pregnant with "
                                           "hypertension?")
    assert answer.verdict == "no" and "pregnancy" in answer.bottom_line.text
    assert answer_question(loaded_index, "Does propranolol prevent migraine?").verdict == "yes"
