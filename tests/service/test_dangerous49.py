"""Yes-answers a tester found resting on a sentence that limits or warns against the asked thing (session 49, set
scripts/unseen49b_questions.txt): a count qualified by a noun read against a threshold, "used first-line" read as the
rank asked, and "while on Y" read as taking the two together."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.bounds import asked_values, outside_threshold
from service.answer.pipeline import answer_question
from service.answer.question import read_question


def test_a_count_whose_unit_a_noun_qualifies_is_read_against_a_threshold() -> None:
    # "six headache days a month" counts days a month, as "six days a month" does.
    assert (("day", "month"), 6.0) in asked_values("Is drugx for gizmo with six headache days a month?")
    rule = "Drugx is recommended for chronic gizmo, defined as headache on 15 or more days per month."
    assert outside_threshold("Should drugx be used for gizmo with six headache days a month?", rule)
    assert not outside_threshold("Should drugx be used for gizmo with 20 headache days a month?", rule)


def test_a_case_below_the_quoted_threshold_gets_no_yes(loaded_index: Index) -> None:
    # It was "Yes." above "OnabotulinumtoxinA injections are recommended for chronic migraine, defined as headache on
    # 15 or more days per month".
    answer = answer_question(loaded_index,
                             "Should onabotulinumtoxinA be used for episodic migraine with six headache days a month?")
    assert answer.verdict != "yes", answer.bottom_line.text


@pytest.mark.parametrize("text", ["Should zorbinol be used first-line for gizmo pressure?",
                                  "Should zorbinol be given first line for gizmo pressure?",
                                  "Should zorbinol be used first-line to treat gizmo pressure?"])
def test_used_first_line_for_a_condition_asks_of_the_two(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == ("zorbinol", "gizmo pressure")


def test_a_drug_reserved_for_want_of_alternatives_is_not_first_line(loaded_index: Index) -> None:
    # It read no topic and "leaned yes" above "... are reserved for patients without suitable alternatives".
    answer = answer_question(loaded_index,
                             "Should fluoroquinolones be used first-line for community-acquired pneumonia?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "reserved for patients without suitable alternatives" in answer.bottom_line.text


@pytest.mark.parametrize("text", ["Is it OK to start zorbinol while on warfarin?",
                                  "Is it safe to take zorbinol while taking warfarin?",
                                  "Can I start zorbinol while on warfarin?"])
def test_starting_a_thing_while_on_a_treatment_asks_of_the_two_together(text: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.together) == ("zorbinol", "warfarin", True)


def test_starting_menaquinone_on_warfarin_gets_no_yes(loaded_index: Index) -> None:
    # It read no topic and "leaned yes" above "Vitamin K2 can reduce the effect of warfarin. Menaquinone-7 is a
    # particularly potent antagonist of warfarin's effect ...".
    for question in ("Is it OK to start menaquinone-7 while on warfarin?",
                     "Can I start menaquinone-7 while on warfarin?"):
        assert answer_question(loaded_index, question).verdict != "yes", question


def test_less_likely_than_another_to_cause_a_harm_compares_on_that_harm(loaded_index: Index) -> None:
    # "Is X less likely than Y to cause Z?" read Y "to cause Z" as what X is compared with, and no condition.
    q = read_question("Is zorbinol less likely than gizmotab to cause gizmo gain?")
    assert (q.intervention, q.comparator, q.condition) == ("zorbinol", "gizmotab", "gizmo gain")
    answer = answer_question(loaded_index, "Is metformin less likely than insulin to cause weight gain?")
    assert answer.verdict == "yes", answer.bottom_line.text


@pytest.mark.parametrize("question", ["Should bupropion be used first-line for smoking cessation?",
                                      "Should bupropion be used first-line to stop smoking?",
                                      "Is bupropion a first-choice medicine for smoking cessation?"])
def test_a_further_option_is_not_first_line(loaded_index: Index, question: str) -> None:
    # "Yes." above "Bupropion is a further option for adults who want medication" (and, in the first-choice wording,
    # no topic and a "Yes." above a sentence on varenicline).
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert "further option" in answer.bottom_line.text
    assert answer_question(loaded_index, "Is bupropion an option for smoking cessation?").verdict == "yes"


def test_used_first_asks_the_first_rank(loaded_index: Index) -> None:
    # Review: "Yes." above "Arthroscopic removal of the deposit should be reserved for patients who do not improve
    # after conservative treatment ...": "used first" was no rank asked.
    answer = answer_question(loaded_index, "Should arthroscopic removal be used first for calcific tendinopathy?")
    assert answer.verdict == "no", answer.bottom_line.text


@pytest.mark.parametrize("question", ["Should we give behavioural support and a stop-smoking medicine together?",
                                      "Does combining behavioural support with a stop-smoking medicine increase quit rates?"])
def test_a_compound_named_by_stopping_asks_nothing_against(loaded_index: Index, question: str) -> None:
    # Review: "No." above "Combining behavioural support with a stop-smoking medicine is recommended because the
    # combination gives the highest quit rates": the "stop" of "stop-smoking" read as asking whether to stop.
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "yes", answer.bottom_line.text


def test_advice_against_because_of_the_asked_effect_is_a_yes_to_it(loaded_index: Index) -> None:
    # Review 49: "No." above "Menatetrenone is contraindicated in patients taking warfarin ..., because it antagonises
    # the anticoagulant effect".
    from service.answer.verdict import reason_states_claim

    said = "Drugx is contraindicated with gizmol, because it antagonises the gizmo effect."
    assert reason_states_claim("Does drugx antagonise the gizmo effect of gizmol?", said)
    assert not reason_states_claim("Does drugx raise the gizmo effect of gizmol?", said)
    assert not reason_states_claim("Does drugx antagonise the gizmo effect?", "Drugx is contraindicated.")
    answer = answer_question(loaded_index, "Does menatetrenone antagonise the anticoagulant effect of warfarin?")
    assert answer.verdict == "yes", answer.bottom_line.text


def test_advice_for_some_cases_is_no_first_line_for_all(loaded_index: Index) -> None:
    # Review 49: "Yes." above "Amoxicillin-clavulanate is recommended if the child has received amoxicillin in the
    # previous 30 days or has concurrent conjunctivitis".
    from service.answer.verdict import in_cases_not_asked

    advice = "Zorbinol is recommended if the child has received drugx recently or has gizmo eyes."
    assert in_cases_not_asked(advice, frozenset({"zorbinol"}), "Is zorbinol first-line for wheezitis?")
    assert not in_cases_not_asked(advice, frozenset({"zorbinol"}), "Is zorbinol first-line for wheezitis with gizmo eyes?")
    answer = answer_question(loaded_index, "Is amoxicillin-clavulanate first-line for acute otitis media?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer_question(loaded_index, "Is amoxicillin first-line for acute otitis media?").verdict == "yes"
