"""Questions of session 47's unseen lists that medcite read wrongly on the default corpus: a word of fitness before a
rank ("Is X suitable first-line for Y?") read as part of the thing asked, so no statement named it; another name given
in words ("needle lavage, also called barbotage") that did not reach the shorter name the text goes on to use, nor a
harm stated as a risk a treatment carries; a statement on one of two things asked together read as one on both, and a
follow-up "And with X?" that put the thing taken with the treatment among the people asked of."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from index.search import Index
from ingest.abbreviations import other_names
from service.answer.concepts import Lexicon, concept, one_taken_alone, taken_apart, text_passages
from service.answer.follow_up import Previous, as_whole_question
from service.answer.evidence import reports_finding
from service.answer.routing import CAUSES
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("text, intervention, condition", [
    # base: "thiazide diuretic suitable", "drugm appropriate", "oral iron an option", "drugm suitable as"
    ("Is a thiazide diuretic suitable first-line for an older adult with high blood pressure?", "thiazide diuretic",
     "older adult with high blood pressure"),
    ("Is drugm appropriate first-line for plimgraine?", "drugm", "plimgraine"),
    ("Is oral iron an option first-line for iron-deficiency anaemia?", "oral iron", "iron-deficiency anaemia"),
    ("Is drugm suitable as first-line treatment for plimgraine?", "drugm", "plimgraine"),
    ("Are beta blockers a reasonable choice first line for hypertension?", "beta blockers", "hypertension"),
    # as before
    ("Is an ACE inhibitor recommended first line for high blood pressure?", "ACE inhibitor", "high blood pressure"),
    ("Is propranolol a suitable first-line drug for migraine prevention?", "propranolol", "migraine prevention"),
])
def test_a_word_of_fitness_before_a_rank_is_no_part_of_the_thing_ranked(text: str, intervention: str,
                                                                        condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition)


def test_a_thiazide_suitable_first_line_is_answered_by_the_first_line_classes(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is a thiazide diuretic suitable first-line for an older adult with high "
                                           "blood pressure?")
    # base: "insufficient direct evidence", the thing asked being "thiazide diuretic suitable"
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Four drug classes are recommended as first-line treatment")


def test_an_other_name_also_names_the_shorter_name_its_text_goes_on_to_use() -> None:
    text = ("Ultrasound-guided needle lavage, also called barbotage, is a minimally invasive procedure. Needle lavage "
            "is usually offered when pain persists.")
    # base: only ("barbotage", "Ultrasound-guided needle lavage")
    assert list(other_names(text)) == [("barbotage", "Ultrasound-guided needle lavage"), ("barbotage", "needle lavage")]
    statement = "Needle lavage carries small risks of infection and bleeding."
    assert concept("barbotage", Lexicon.from_texts([text])).mentioned_in(frozenset(tokenize(statement)), text=statement)
    # a text that writes the name only in full, or a name of two words, gives no shorter one
    assert list(other_names("Ultrasound-guided needle lavage, also called barbotage, works. Ultrasound-guided needle "
                            "lavage is safe.")) == [("barbotage", "Ultrasound-guided needle lavage")]
    assert list(other_names("Vitamin K1, also called phylloquinone, is made by plants. K1 is fat-soluble.")) == [
        ("phylloquinone", "Vitamin K1")]


def test_a_risk_a_treatment_carries_is_a_harm_it_states() -> None:
    # base: neither reported a finding, so neither answered "What are the risks of X?" directly
    assert reports_finding("Needle lavage carries small risks of infection, bleeding, post-procedure pain.")
    assert reports_finding("Post-procedure pain, typically lasting a few days, is the most common adverse effect.")
    # a lowered risk is no harm carried, and a gap stays a gap
    assert not reports_finding("The risk of fractures in older adults.")
    assert not reports_finding("Drugd does not carry the same theoretical risk of promoting calcification.")


def test_the_risks_of_barbotage_are_answered_by_the_risks_of_needle_lavage(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "What are the risks of barbotage for calcific tendinopathy?")
    # base: "A randomized controlled trial from the Netherlands reported in 2013 compared ..."
    assert answer.bottom_line.text.startswith("Needle lavage carries small risks of infection, bleeding")


def test_fewer_of_an_outcome_is_the_direction_asked_not_part_of_it() -> None:
    # base: the condition was "fewer deaths in ...", which no statement names
    q = read_question("Is metformin associated with fewer deaths in overweight people with type 2 diabetes?")
    assert (q.intervention, q.condition) == ("metformin", "deaths in overweight people with type 2 diabetes")
    assert read_question("Is drugm associated with fewer falls in older adults?").condition == "falls in older adults"


def test_fewer_deaths_with_metformin_is_answered_by_its_trial(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is metformin associated with fewer deaths in overweight people with type 2 "
                                           "diabetes?")
    # base: "insufficient direct evidence" above "Indirect evidence: Metformin was associated with fewer hypoglycaemic
    # episodes ..."
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Metformin reduced diabetes-related death by about 42 percent")
    # a finding the trial ranks below its main result is not quoted beside it as if it answered too
    assert "supplementary" not in answer.bottom_line.text


def test_an_all_cause_outcome_names_no_cause() -> None:
    # base: "all-cause mortality" was a statement of what something causes, so a harm
    assert not CAUSES.search("Metformin reduced all-cause mortality by about 36 percent.")
    assert not CAUSES.search("Cause-specific death did not differ.")
    assert CAUSES.search("Oral iron commonly causes nausea.")


def test_side_effects_no_quote_states_are_said_to_be_unstated(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Is metformin first-line for type 2 diabetes?")
    answer = answer_question(loaded_index, "What are its side effects?", follows=first)
    # base: "Metformin reduced all-cause mortality by about 36 percent ..." as if it were a side effect
    assert answer.bottom_line.text.startswith("The statements quoted here do not state a side effect or harm of "
                                              "metformin. Closest evidence: ")
    # where a quote states a harm, it answers as before
    answer = answer_question(loaded_index, "What are the side effects of oral iron?")
    assert answer.bottom_line.text.startswith("Oral iron commonly causes nausea")


def _taken_alone(intervention: str, text: str) -> bool:
    return one_taken_alone(taken_apart(intervention), frozenset(tokenize(text)), text)


def test_a_statement_on_one_of_two_things_taken_together_is_on_that_one_alone() -> None:
    assert _taken_alone("vitamin D and calcium", "Trials have not shown that vitamin D supplements prevent fractures.")
    assert _taken_alone("drugx with drugy", "Drugy reduced pain.")
    # a word both names share ("vitamin") is no word of the other
    assert _taken_alone("vitamin D and vitamin K", "Vitamin D in high doses can raise serum calcium.")
    # both named, or a word of combining: on the two
    assert not _taken_alone("vitamin D and calcium", "Calcium and vitamin D are recommended in osteoporosis.")
    assert not _taken_alone("behavioural support with medication",
                            "Combining behavioural support with a stop-smoking medicine is recommended.")
    assert not _taken_alone("vitamin D", "Vitamin D supplements did not prevent fractures.")


def test_with_a_thing_the_corpus_gives_together_joins_the_treatment() -> None:
    texts = ["Vitamin D and calcium are recommended alongside bone-protecting drugs in osteoporosis."]
    lexicon = Lexicon({}, passages=text_passages(texts))
    previous = Previous("Does vitamin D prevent fractures in older adults?", "vitamin D", "fractures in older adults")
    # base: "Does vitamin D prevent fractures in older adults with calcium?"
    assert as_whole_question("And with calcium?", previous, lexicon) == (
        "Does vitamin D with calcium prevent fractures in older adults?")
    # people with something, or a thing the corpus never gives with it, narrow the question as before
    assert as_whole_question("And with kidney disease?", previous, lexicon) == (
        "Does vitamin D prevent fractures in older adults with kidney disease?")


def test_vitamin_d_with_calcium_on_fractures_is_not_answered_by_vitamin_d_alone(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Does vitamin D prevent fractures in older adults?")
    answer = answer_question(loaded_index, "And with calcium?", follows=first)
    # base: "No." from "Large randomized trials ... have not shown that vitamin D supplements prevent fractures ..."
    assert answer.read_as == "Does vitamin D with calcium prevent fractures in older adults?"
    assert answer.verdict == "insufficient"
    assert answer.bottom_line.text.startswith("Indirect evidence: ")


def test_what_one_of_two_things_causes_still_answers_whether_the_two_cause_it(loaded_index: Index) -> None:
    # each of two things taken together brings its harms to the pair: vitamin D's raised calcium answers as before
    answer = answer_question(loaded_index, "Can vitamin D and vitamin K together cause high calcium?")
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Vitamin D increases intestinal calcium absorption")
