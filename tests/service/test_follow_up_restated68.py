"""What a follow-up keeps and what it replaces (session 67's blind chains): a value of the case said anew ("what if his
gizmo index were 28 ...?", "and if it were only stage 0?") takes the place of the earlier value, the rest of the case
and its ask kept; a case said to be no better after the first-line treatment ("8 weeks of drugx, still symptomatic -
next step?") is answered by the source's advice for those it did not help, not by the first-line advice again."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.after_failure import states_failure
from service.answer.follow_up import Previous, as_whole_question, restated_case
from service.answer.question import read_question
from service.answer.restated import rest_of_clause, with_values_restated
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, guideline_file, lead_text

WOBBLE = guideline_file("Wobble disease of the gullet in adults", """\
Topical gizmocort (swallowed, for an initial course of 8 weeks) is a first-line drug therapy for wobble disease of the
gullet (Recommendation strong, evidence high). Patients without symptomatic and tissue improvement after topical
gizmocort might benefit from a longer course, a higher dose, or a zorbl diet (Recommendation conditional, evidence low).
A biopsy of the gullet is needed to confirm wobble disease (Recommendation strong, evidence low).""")

PLUMP = guideline_file("Weight care for adults with plumpness", """\
For adults with a plumpness index of 30 or more, or adults with a plumpness index of 27 or more and comorbidities,
drugq is an option to weigh beside diet changes, case by case. Adults with
grumble fever may be told firmly that a little weight loss improves the control of grumble fever. Diet changes
should be the first step for every adult with plumpness.""")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": WOBBLE, "plump.md": PLUMP,
             **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children", "Migraine prevention")}
    return open_index(built(tmp_path_factory, "restated68", files))


def test_a_value_said_anew_replaces_the_earlier_value_of_the_same_measure() -> None:
    assert with_values_restated("stage II wobbloma on the arm", "it were only stage 0 in situ") == \
        "stage 0 wobbloma on the arm"
    assert with_values_restated("adult plumpness index 32, no comorbidities", "his index were 28") == \
        "adult plumpness index 28, no comorbidities"
    # a person's age said anew, where the note names the person by it
    assert with_values_restated("healthy 30-year-old woman, 12 weeks pregnant", "she were 45") == \
        "healthy 45-year-old woman, 12 weeks pregnant"
    # not an age that labels the case (``without_earlier_age`` drops that one), nor a measure given twice
    assert with_values_restated("6-year-old wobble fracture", "she were 9") == "6-year-old wobble fracture"
    assert with_values_restated("score 3 at rest, score 5 on walking", "his score were 1") == \
        "score 3 at rest, score 5 on walking"
    # the same value, or a word that names no measure ("after 6 weeks"), changes nothing
    assert with_values_restated("stage II wobbloma", "it were stage II") == "stage II wobbloma"
    assert with_values_restated("2 weeks after gizmo surgery", "after 6 weeks") == "2 weeks after gizmo surgery"


def test_what_else_the_follow_up_says_is_kept_without_the_value() -> None:
    case = "adult plumpness index 32, no comorbidities"
    assert rest_of_clause("his index were 28 but he has grumble fever", case) == "he has grumble fever"
    assert rest_of_clause("she were 45", "healthy 30-year-old woman") == ""
    # a value inside a name is no value said anew: "type 2" stays in "grumble type 2"
    assert rest_of_clause("he has grumble type 2", "grumble type 1") == "he has grumble type 2"


def test_the_case_note_is_asked_again_with_the_new_value_and_its_own_or_the_earlier_ask() -> None:
    note = "adult plumpness index 32, no comorbidities, diet changes stalled - can I add drugq?"
    previous = Previous(note, None, None, note)
    assert restated_case("what if his index were 28 but he has grumble fever?", previous) == \
        "adult plumpness index 28, no comorbidities, diet changes stalled, he has grumble fever - can I add drugq?"
    pregnant = "healthy 30F, 12 weeks pregnant, runs 3x a week - should she keep exercising?"
    assert restated_case("what if she were 45 - when should we plan delivery?",
                         Previous(pregnant, None, None, pregnant)) == \
        "healthy 45-year-old woman, 12 weeks pregnant, runs 3x a week - when should we plan delivery?"
    # a chain of restatements: the case as the answer before read it
    again = Previous("adult plumpness index 28, no comorbidities - can I add drugq?", None, None,
                     "what if his index were 28?")
    assert restated_case("and if his index were 26?", again) == \
        "adult plumpness index 26, no comorbidities - can I add drugq?"
    # nothing said anew: left to the other readings
    assert restated_case("what if he has grumble fever?", previous) is None


def test_a_value_said_anew_after_a_whole_question_replaces_the_earlier_one_there_too() -> None:
    previous = Previous("What excision margin for stage II wobbloma?", None, "stage II wobbloma")
    assert as_whole_question("and if the histology were only stage 0?", previous) == \
        "What excision margin for stage 0 wobbloma if the histology were only stage 0?"


def test_still_having_it_and_no_improvement_are_failures_of_what_was_given() -> None:
    assert states_failure("6 weeks on drugx and still has urgency and wobble")
    assert states_failure("men who still have storage wobbles after treatment with drugx alone")
    assert states_failure("Patients without symptomatic and tissue improvement after gizmocort might benefit")
    assert not states_failure("Patients with symptomatic improvement after gizmocort may stop it")


def test_a_question_word_after_a_verb_of_giving_is_no_thing_given() -> None:
    q = read_question("6 weeks on drugx and still has wobble - add what?")
    assert q.intervention != "what" and not q.yes_no


def test_the_advice_for_those_not_helped_answers_still_symptomatic_after_the_first_line(index: Index) -> None:
    first = chain(index, "wobble disease of the gullet confirmed on biopsy - first-line drug?")
    assert "first-line drug therapy" in first.bottom_line.text
    later = chain(index, "wobble disease of the gullet confirmed on biopsy - first-line drug?",
                  "8 weeks of swallowed gizmocort, still symptomatic - next step?")
    assert "without symptomatic and tissue improvement" in lead_text(later)
    assert "first-line drug therapy" not in later.bottom_line.text


def test_a_new_value_of_the_case_is_answered_by_the_rule_it_meets(index: Index) -> None:
    later = chain(index, "adult plumpness index 32, no comorbidities, diet changes stalled - can I add drugq?",
                  "what if his index were 28 but he has grumble fever?")
    assert "drugq is an option" in lead_text(later)
    assert later.read_as is not None and "index 28" in later.read_as and "index 32" not in later.read_as
