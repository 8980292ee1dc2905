"""Asked whether a thing raises, lowers or worsens something, advice against it denies no effect, and a "yes" to
worsening needs a statement that says worse (service.answer.verdict.caution_on_effect, service.answer.worsening)."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.worsening import on_worsening


def test_advice_against_a_thing_is_no_no_to_its_effect(loaded_index: Index) -> None:
    # Session 48: "No." above "Patients taking warfarin should not start vitamin K2 supplements without first consulting
    # the prescriber": the caution is there because vitamin K2 lowers warfarin's effect.
    assert answer_question(loaded_index, "Does vitamin K2 reduce the anticoagulant effect of warfarin?").verdict != "no"
    assert answer_question(loaded_index, "Does propranolol worsen asthma?").verdict != "no"


def test_advice_to_use_a_thing_is_no_yes_to_its_worsening(loaded_index: Index) -> None:
    # Session 48: "Yes." above "Clinicians should offer therapeutic exercise to every person with knee osteoarthritis".
    for question in ("Does exercise worsen knee osteoarthritis?", "Does exercise make knee osteoarthritis worse?"):
        assert answer_question(loaded_index, question).verdict == "no"


def test_a_yes_to_worsening_stands_where_a_statement_says_worse() -> None:
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol can worsen asthma in some patients."]) == "yes"
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol improved asthma control."]) == "no"
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol was studied in asthma."]) == "uncertain"
    assert on_worsening("Does gizmol help asthma?", "yes", ["Gizmol improved asthma control."]) == "yes"


def test_a_statement_with_no_word_of_the_question_carries_no_verdict(loaded_index: Index) -> None:
    # Session 48 (review 3): "leans yes" from "The Gartner classification describes type I deposits as dense ...",
    # whose only word in common with the question was the "I" of "type I".
    answer = answer_question(loaded_index, "My shoulder calcification hurts, should I take vitamin K2?")
    assert answer.verdict not in ("yes", "no")


def test_a_denied_harm_is_no_yes_to_worsening(loaded_index: Index) -> None:
    # Review 49: "Yes." above "A delayed or back-up antibiotic prescription ... reduces antibiotic use without worsening
    # outcomes", and, as a follow-up, above "... appropriate exercise does not damage the joint".
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol reduces attacks without worsening asthma."]) == "no"
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol does not damage the airway."]) == "no"
    assert on_worsening("Does gizmol worsen asthma?", "yes", ["Gizmol can worsen asthma, not improve it."]) == "yes"
    answer = answer_question(loaded_index, "Does a delayed antibiotic prescription worsen outcomes in acute otitis media?")
    assert answer.verdict == "no", answer.bottom_line.text


def test_a_rise_of_the_asked_outcome_is_a_yes_to_worsening_it(loaded_index: Index) -> None:
    # Review 49: "No." above "Calcium supplements without vitamin D were associated with an increase of roughly 30
    # percent in the risk of myocardial infarction compared with placebo".
    answer = answer_question(loaded_index, "Does calcium supplementation worsen heart attack risk?")
    assert answer.verdict == "yes", answer.bottom_line.text


def test_a_word_of_harm_said_of_the_condition_alone_is_no_yes_to_worsening() -> None:
    # "Does exercise make knee osteoarthritis worse?" said "Yes." above "Knee osteoarthritis is a common cause of pain
    # ...", which the ranking put behind the verdict on one CPU and not on another: what the condition causes says
    # nothing of what the asked thing does to it. The thing is read from the question where its parse names none.
    said = ["Asthma is a common cause of cough.", "Gizmol improved asthma control."]
    assert on_worsening("Does gizmol make asthma worse?", "yes", said) == "no"
    assert on_worsening("Does gizmol worsen asthma?", "yes", said, frozenset({"gizmol"})) == "no"
    assert on_worsening("Does gizmol make asthma worse?", "yes", ["Gizmol can cause asthma attacks.", *said]) == "yes"
