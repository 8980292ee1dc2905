"""Session 48 review: yes/no verdicts that contradicted the sentence that settles the question, on the default
corpus. Asked in the absence of something other than its intervention ("... when there is no follow-up care
available?"), the statement on that absence that reports no benefit answers "no" and leads
(``verdict.answers_absence``), whatever advice on another step the lead gives."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.bounds import outside_threshold, thresholds
from service.answer.identity import identity_asked, identity_verdict
from service.answer.verdict import answers_absence, asked_itself, claim_denied, denies_claim
from tests.service.candidates import scored


@pytest.mark.parametrize("question", ["Does screening for depression help when there is no follow-up care available?",
                                      "Is depression screening recommended when follow-up care is not available?"])
def test_screening_asked_without_follow_up_is_answered_no_by_the_statement_on_that_case(
        loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Screening without systems for follow-up")


def test_managing_without_the_asked_treatment_itself_keeps_its_own_reading(loaded_index: Index) -> None:
    # what is asked absent is the intervention itself: the advice for it under 6 months answers
    answer = answer_question(loaded_index, "Can a 5-month-old with acute otitis media be managed without antibiotics?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "Immediate antibiotics are recommended for children under 6 months" in answer.bottom_line.text


def test_the_statement_on_the_asked_absence_answers_over_advice_on_another_step() -> None:
    question = "Does gizmo testing help when there is no widget care available?"
    lead = scored("A positive gizmo test should be followed by a full assessment.", 0.8, "g1")
    absence = scored("Gizmo testing without systems for widget care shows little benefit.", 0.98, "g1")
    assert answers_absence(question, lead, [absence, lead], frozenset({"gizmo", "test"})) is absence
    # asked without the intervention itself: no such answer
    assert answers_absence("Can gizmo disease be managed without widgets?", lead, [absence, lead],
                           frozenset({"widget"})) is None
    assert asked_itself("Can gizmo disease be managed without widgets?", frozenset({"widget"}), frozenset({"widget"}))
    # the intervention unread: a bare "without" is read against the topic, a "when ... not available" never
    assert asked_itself("Can a child be observed without widgets?", frozenset({"widget"}), frozenset(),
                        frozenset({"child", "observ", "widget"}))
    assert not asked_itself("Is gizmo testing advised when widget care is not available?",
                            frozenset({"widget", "care"}), frozenset(), frozenset({"gizmo", "test", "widget", "care"}))


def test_a_count_below_the_stated_threshold_is_no_yes(loaded_index: Index) -> None:
    below = answer_question(loaded_index, "Should a 40-year-old with migraine on two days a month start preventive "
                                          "treatment?")
    assert below.verdict != "yes", below.bottom_line.text
    assert "four or more days per month" in below.bottom_line.text
    above = answer_question(loaded_index, "Should an adult with migraine attacks on six days a month be offered "
                                          "preventive treatment?")
    assert above.verdict == "yes", above.bottom_line.text


def test_a_number_in_words_or_digits_is_read_against_a_threshold_on_the_same_measure() -> None:
    rule = "Drugx should be offered to adults who have gizmo attacks on four or more days per month."
    assert thresholds(rule) == {(("day", "month"), "ge", 4.0)}
    assert outside_threshold("Should a 40-year-old with gizmo on two days a month take drugx?", rule)
    assert not outside_threshold("Should an adult with gizmo on 4 days per month take drugx?", rule)
    assert not outside_threshold("Should an adult with gizmo on two days a week take drugx?", rule)  # another measure
    score = "The score gives one point each for a widget rate of 30 or more and age 65 years or older."
    assert outside_threshold("Does a widget rate of 24 score a point?", score)
    assert outside_threshold("Does a 60-year-old score a point?", score)
    assert not outside_threshold("Does a 70-year-old score a point?", score)
    assert not outside_threshold("Does a follow-up of 2 years matter?", "Trials lasted more than one year.")
    assert outside_threshold("Is a course of two months enough?", "Assess if it lasts more than three months.")
    assert not outside_threshold("Is a course of two months enough?", "Treat for no more than three months.")


@pytest.mark.parametrize("question", ["Is vitamin K1 the same as vitamin K2?",
                                      "Is chondroid metaplasia the same as arterial medial calcification?",
                                      "Is menadione the same as vitamin K2?"])
def test_two_things_the_corpus_sets_apart_are_not_the_same(loaded_index: Index, question: str) -> None:
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text


def test_the_statements_naming_each_are_quoted_beside_the_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is vitamin K1 the same as vitamin K2?")
    assert "Vitamin K1, also called phylloquinone" in answer.bottom_line.text
    assert "Vitamin K2 is the collective name for the menaquinones" in answer.bottom_line.text


def test_two_names_of_one_thing_are_the_same(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is barbotage the same as ultrasound-guided needle lavage?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert "also called barbotage" in answer.bottom_line.text


def test_identity_is_read_from_the_grammar_of_naming() -> None:
    asked = identity_asked("Is gizmo K1 the same as gizmo K2?")
    assert asked is not None
    own_names = ["Gizmo K1, also called widgetine, is made by plants.",
                 "Gizmo K2 is the collective name for the sprockets, which differ from one another in length."]
    assert identity_verdict(asked, own_names) == ("no", [0, 1])
    # a third thing set apart from both is no difference between them; what one of them is says nothing either way
    assert identity_verdict(asked, ["Gizmo K3 is different from gizmo K1 and K2."]) is None
    assert identity_verdict(asked, ["Gizmo K1 is the main dietary form."]) is None
    assert identity_verdict(asked, ["Gizmo K1, also known as gizmo K2, is common."]) == ("yes", [0])
    assert identity_verdict(asked, ["Gizmo K1 is a different process from gizmo K2."]) == ("no", [0])
    assert identity_asked("Is gizmo K1 the same as gizmo K2 for pain?") is None  # a likeness of use
    assert identity_asked("Is gizmo K1 as good as gizmo K2?") is None


def test_a_statement_that_denies_the_asked_claim_answers_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does exercise damage the joint in knee osteoarthritis?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. Clinicians should provide education about osteoarthritis and "
                                              "reassure patients that appropriate exercise does not damage the joint.")


def test_a_denial_answers_only_over_statements_that_do_not_name_its_subject() -> None:
    question = "Does drugx damage the widget in gizmo disease?"
    denial = scored("Patients can be told that drugx does not damage the widget.", 0.9, "g1")
    description = scored("Gizmo disease involves loss of widget tissue.", 0.96, "g1")
    assert denies_claim(question, denial.text)
    assert not denies_claim(question, "Drugx damages the widget.")
    # denied of other people, or of a combination with another thing, is no denial of the asked claim
    assert not denies_claim("Can drugx be used in someone with gizmo disease?",
                            "Drugx should not be used in people with a history of widget failure.")
    assert not denies_claim("Can drugx be combined with sprockets for gizmo disease?",
                            "Drugx and widgetines should not be combined with each other.")
    assert claim_denied(question, "yes", [description], [description, denial]) is denial
    finding = scored("Drugx harmed the widget in a large trial.", 0.95, "r1")  # names drugx: its reading stands
    assert claim_denied(question, "yes", [finding], [finding, denial]) is None
    assert claim_denied(question, "no", [description], [description, denial]) is None
