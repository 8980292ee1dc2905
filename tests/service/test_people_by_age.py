"""People named by their age ("a 70-year-old woman", "a 3-year-old") and people with a condition asked whether to
take a thing (session 45): the age is the age group advice speaks of, so advice for children does not answer a
question on a 70-year-old; and "Should a 40-year-old with asthma use an inhaled corticosteroid?" reads the thing, the
condition and the people, as "Should adults with asthma get ...?" did ("use" was not one of its verbs)."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.qualifiers import qualifiers
from service.answer.question import read_question


def test_an_age_in_numbers_is_an_age_group() -> None:
    assert qualifiers("a 70-year-old woman with ear infection")["age"] == {"older"}
    assert qualifiers("a 40-year-old man")["age"] == {"adult"}
    assert qualifiers("a 15 year old")["age"] == {"adolescent"}
    assert qualifiers("a 3-year-old with ear infection")["age"] == {"child"}
    assert qualifiers("6-month-olds")["age"] == {"child"}
    assert "age" not in qualifiers("a 3-year follow-up of 70 patients")


def test_people_with_a_condition_using_a_thing() -> None:
    q = read_question("Should a 40-year-old with asthma use an inhaled corticosteroid?")
    assert (q.intervention, q.condition, q.subject) == ("inhaled corticosteroid", "asthma", "40-year-old")
    q = read_question("Should adults with asthma use an inhaled corticosteroid?")
    assert (q.intervention, q.condition, q.subject) == ("inhaled corticosteroid", "asthma", "adults")


def test_advice_for_children_does_not_answer_for_a_70_year_old(loaded_index: Index) -> None:
    old = answer_question(loaded_index, "Is watchful waiting acceptable for a 70-year-old woman with ear infection?")
    assert old.verdict != "yes", old.bottom_line.text
    child = answer_question(loaded_index, "Is watchful waiting acceptable for a 3-year-old with ear infection?")
    assert child.verdict == "yes" and "Watchful waiting" in child.bottom_line.text


def test_a_40_year_old_with_asthma(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should a 40-year-old with asthma use an inhaled corticosteroid?")
    assert a.verdict == "yes"
    assert a.bottom_line.text.startswith("Yes. Every adult and adolescent with asthma should receive an inhaled")


def test_a_source_bounding_the_use_to_older_children_answers_no_yes_for_a_10_week_old(loaded_index: Index) -> None:
    # The guideline's watchful waiting is for children older than 6 months; its sentence on complications, which
    # names no age, once led a "Yes." for a 10-week-old.
    a = answer_question(loaded_index, "Is watchful waiting acceptable for a 10-week-old with acute otitis media?")
    assert a.verdict == "insufficient", a.bottom_line.text
    assert "older than 6 months" in a.bottom_line.text
    assert not a.bottom_line.text.startswith("Yes")


def test_advice_done_without_a_thing_does_not_bound_the_thing(loaded_index: Index) -> None:
    # Review 46: "Watchful waiting without immediate antibiotics ... older than 6 months" bounded immediate antibiotics
    # too, and a 4-month-old lost the "Yes." the advice for children under 6 months gives.
    a = answer_question(loaded_index, "Should a 4-month-old with acute otitis media get immediate antibiotics?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "children under 6 months" in a.bottom_line.text


def test_a_reason_clause_names_no_people_the_advice_is_for() -> None:
    # "women of childbearing potential" advised against gizmozumab for a reason naming a child: no advice for children,
    # so a 30-year-old woman's question is answered by it directly.
    advice = ("Gizmozumab should not be used for gizmo prevention in women of childbearing potential because of "
              "serious risks to the unborn child.")
    assert "age" not in qualifiers(advice)
    assert qualifiers("Gizmozumab is best avoided in children because of growth delay.")["age"] == {"child"}
