"""Questions on people named with an age bound or an exact age, asked in the shapes clinicians use: the bound is part
of who they are ("Do infants under 6 months with acute otitis media need immediate antibiotics?"), what is given to
them may come before them ("Should antibiotics be given straight away to a 10-week-old with ...?"), and being managed
without a thing asks whether to do without it (review 46: each read no topic and leaned the wrong way)."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_against
from service.answer.question import read_question


def test_people_with_an_age_bound_are_read_with_their_condition_and_need() -> None:
    q = read_question("Do infants under 6 months with acute otitis media need immediate antibiotics?")
    assert q.intervention == "immediate antibiotics"
    assert q.condition == "infants under 6 months with acute otitis media"


def test_what_is_given_to_people_before_them_is_the_intervention() -> None:
    q = read_question("Should antibiotics be given straight away to a 10-week-old with acute otitis media?")
    assert (q.intervention, q.condition) == ("antibiotics", "acute otitis media")


def test_managed_without_a_thing_asks_against_it() -> None:
    text = "Can a 5-month-old with acute otitis media be managed without antibiotics?"
    q = read_question(text)
    assert (q.intervention, q.condition) == ("antibiotics", "acute otitis media")
    assert asks_against(text)


def test_infants_under_6_months_need_immediate_antibiotics(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Do infants under 6 months with acute otitis media need immediate antibiotics?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Immediate antibiotics are recommended for children under 6 months")


def test_a_10_week_old_gets_antibiotics_straight_away(loaded_index: Index) -> None:
    # The advice whose age bound holds the asked age ("children under 6 months") leads before first-line advice that
    # names no age.
    a = answer_question(loaded_index,
                        "Should antibiotics be given straight away to a 10-week-old with acute otitis media?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Immediate antibiotics are recommended for children under 6 months")


def test_a_5_month_old_is_not_managed_without_antibiotics(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Can a 5-month-old with acute otitis media be managed without antibiotics?")
    assert a.verdict == "no", a.bottom_line.text
    assert a.bottom_line.text.startswith("No. Immediate antibiotics are recommended for children under 6 months")


def test_advice_for_a_thing_in_severe_illness_does_not_bound_withholding_it_in_mild(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should antibiotics be withheld in mild acute otitis media?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Watchful waiting without immediate antibiotics")


def test_advice_for_a_thing_in_severe_cases_is_no_no_to_managing_without_it(loaded_index: Index) -> None:
    # Read as a question on doing without surgery, "Knee replacement surgery should be considered for people with
    # severe symptoms ..." said "No."; the base leaned "no" from it as closest evidence.
    a = answer_question(loaded_index, "Can knee osteoarthritis be managed without surgery?")
    assert a.verdict not in ("no", "yes"), a.bottom_line.text


def test_a_condition_joined_with_a_severe_sign_is_not_read_by_the_giving_and_managing_shapes(loaded_index: Index) -> None:
    # Review 46b: "... an 8-month-old with acute otitis media and high fever" read the condition with its sign, and
    # watchful waiting for "non-severe illness" answered "No." to giving antibiotics straight away.
    a = answer_question(loaded_index,
                        "Should antibiotics be given straight away to an 8-month-old with acute otitis media and high "
                        "fever?")
    assert a.verdict != "no", a.bottom_line.text
    assert "severe symptoms such as high fever" in a.bottom_line.text
