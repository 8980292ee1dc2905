"""Question shapes medcite misread in session 45 (unseen45): a thing asked to be among the ranked ones ("Do X belong
among first-line antihypertensives?"), whether people need to avoid something ("Do people on X need to avoid Y?"),
and people named by their age ("a 3-year-old with ear infection"), who are whom the question asks of, not what
they have. The answers are read on the default corpus."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_against
from service.answer.question import read_question


@pytest.mark.parametrize("text, intervention, condition", [
    # base: no topic at all, so the answer quoted the closest statements of the whole corpus
    ("Do beta blockers belong among first-line antihypertensives?", "beta blockers", None),
    ("Are beta blockers first-line antihypertensives?", "beta blockers", None),
    ("Is drugm a first-line antidiabetic?", "drugm", None),
    # base: "beta blockers among" was the intervention
    ("Are beta blockers among the first-line drugs for hypertension?", "beta blockers", "hypertension"),
    ("Is drugm one of the preferred treatments for plimgraine?", "drugm", "plimgraine"),
    ("Do ACE inhibitors belong to first-line therapy for hypertension?", "ACE inhibitors", "hypertension"),
    # as before
    ("Is allopurinol the first-line drug for gout?", "allopurinol", "gout"),
])
def test_a_thing_asked_to_rank_among_others_is_the_intervention(text: str, intervention: str,
                                                                condition: str | None) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition)


def test_a_rank_alone_with_no_kind_is_not_read_as_one() -> None:
    # "recommended" alone asks of no rank among kinds: read as before (no topic)
    assert read_question("Are beta blockers recommended?").intervention is None


def test_whether_people_need_to_avoid_something_is_read_as_whether_they_should() -> None:
    q = read_question("Do people on warfarin need to avoid leafy green vegetables?")
    assert (q.intervention, q.condition) == ("leafy green vegetables", "people on warfarin")
    q = read_question("Do patients taking drugw have to stop vitamin K2?")
    assert (q.intervention, q.condition) == ("vitamin K2", "patients taking drugw")
    # a yes to it is "avoid it", so advice that there is no need to avoid it is its no
    assert asks_against("Do people on warfarin need to avoid leafy green vegetables?")
    assert asks_against("Does a patient on drugw have to stop vitamin K2?")
    # not what people who want to stop something need
    assert not asks_against("Do patients who want to stop smoking need varenicline?")
    assert not asks_against("Does exercise help people to avoid surgery?")


@pytest.mark.parametrize("text, condition", [
    ("Is watchful waiting acceptable for a 3-year-old with ear infection?", "ear infection"),
    ("Is watchful waiting acceptable for a 3 year old child with ear infection?", "ear infection"),
    ("Is drugt appropriate for a 70-year-old woman with plimgraine?", "plimgraine"),
    # as before
    ("Is watchful waiting acceptable for children with ear infection?", "ear infection"),
])
def test_people_named_by_age_are_not_the_condition(text: str, condition: str) -> None:
    assert read_question(text).condition == condition


def test_people_named_by_age_are_the_population_asked_of() -> None:
    q = read_question("Should a 3-year-old with ear infection get antibiotics?")
    assert (q.intervention, q.condition, q.subject) == ("antibiotics", "ear infection", "3-year-old")
    q = read_question("Should a 70-year-old woman with osteoporosis take calcium?")
    assert (q.condition, q.subject) == ("osteoporosis", "70-year-old woman")


def test_beta_blockers_among_first_line_drugs_is_answered_by_the_advice_on_them(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Do beta blockers belong among first-line antihypertensives?")
    # base: "Closest evidence: ACE inhibitors and angiotensin receptor blockers should not be combined ..."
    assert answer.verdict == "no"
    assert answer.bottom_line.text.startswith("No. Beta-blockers are not recommended as routine first-line drugs")
    assert answer.evidence.direct


def test_no_need_to_avoid_answers_whether_people_need_to_avoid_it(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Do people on warfarin need to avoid leafy green vegetables?")
    # base: "yes" above "Closest evidence: Patients taking warfarin do not need to avoid green vegetables ..."
    assert answer.verdict == "no"
    assert answer.bottom_line.text.startswith("No. Patients taking warfarin do not need to avoid green vegetables")
    assert answer.evidence.direct


def test_watchful_waiting_for_a_child_named_by_age_is_answered_directly(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is watchful waiting acceptable for a 3-year-old with ear infection?")
    # base: "insufficient" above "Indirect evidence: Watchful waiting without immediate antibiotics ..."
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Watchful waiting without immediate antibiotics is an appropriate")


def test_one_person_asked_whether_they_need_to_avoid() -> None:
    # review 45: "a patient" was no noun for people here, so the question read no topic and its lead was a sentence
    # on foods ("... rather than avoiding vitamin K-rich foods") under "Yes."
    q = read_question("Does a patient on warfarin need to avoid vitamin K2 supplements?")
    assert (q.intervention, q.condition) == ("vitamin K2 supplements", "patient on warfarin")
