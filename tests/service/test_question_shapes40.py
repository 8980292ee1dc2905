"""Question shapes medcite misread in session 40 (a population before "take", verbs that say a direction and how
far, a reporting frame that names a design, sessions, stopping once controlled, a course's duration), and
the verdict reading the lead's clause on the population asked about (``pipeline._topic``)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import _topic, answer_question
from service.answer.polarity import asks_to_stop, stance
from service.answer.question import read_question, state_nouns


def test_a_population_before_take_is_the_population_and_for_names_the_condition() -> None:
    q = read_question("Can pregnant women take drugt for plimgraine?")
    assert (q.intervention, q.condition, q.subject) == ("drugt", "plimgraine", "pregnant women")
    # "to <effect>" as before
    q = read_question("Should older adults take drugd to prevent falls?")
    assert (q.intervention, q.condition, q.verb, q.subject) == ("drugd", "falls", "prevent", "older adults")
    # nothing after what is taken: no condition
    q = read_question("Should healthy adults take calcium supplements?")
    assert (q.intervention, q.condition) == ("calcium supplements", None)


@pytest.mark.parametrize("text, verb", [
    ("Can shockwave therapy dissolve calcium deposits?", "reduce"),
    ("Does needle lavage remove calcific deposits?", "reduce"),
    ("Can drugk eliminate arterial calcification?", "reduce"),
    ("Can statins shrink plaque?", "reduce"),
    ("Does aspirin halve the risk of stroke?", "reduce"),
    ("Do calcium supplements double the risk of heart attack?", "increase"),
    ("Does drugv triple the chance of quitting smoking?", "increase"),
    ("Is there evidence that aspirin halves the risk of stroke?", "reduce"),
])
def test_a_verb_that_says_how_far_is_read_as_its_direction(text: str, verb: str) -> None:
    q = read_question(text)
    assert q.verb == verb and q.intervention and q.condition


@pytest.mark.parametrize("text", [
    "Does a double dose of drugx cause harm?",  # an adjective after a determiner
    "Does the tumour shrink after chemotherapy?",  # no object: what it does of itself
    "Which enzyme removes the methyl group?",  # a biology, asked with "which"
])
def test_those_verbs_are_read_so_only_as_an_effect_on_an_object(text: str) -> None:
    assert read_question(text).verb not in ("reduce", "increase")


def test_a_reporting_frame_that_names_a_design_is_stripped_and_the_design_kept() -> None:
    q = read_question("Is there evidence from animal studies that drugk reduces vascular calcification?")
    assert (q.intervention, q.condition, q.verb, q.design) == ("drugk", "vascular calcification", "reduce", "animal")
    assert q.search_text == q.text  # retrieval still sees the design asked
    assert read_question("Do animal studies show that drugk reduces vascular calcification?").design == "animal"
    assert read_question("Is there evidence from randomized trials that drugd prevents falls?").design == \
        "randomized trial"
    assert read_question("Is there evidence that drugd prevents falls?").design is None
    assert read_question("Does drugd prevent falls?").design is None


@pytest.mark.parametrize("text, intervention, condition", [
    ("How many shockwave sessions are needed?", "shockwave", None),
    ("How many sessions of shockwave therapy are needed for calcific tendinitis?", "shockwave therapy",
     "calcific tendinitis"),
    ("How many injections of drugb does it take to relieve pain?", "drugb", "pain"),
])
def test_how_many_sessions_asks_an_amount_of_the_thing(text: str, intervention: str, condition: str | None) -> None:
    q = read_question(text)
    assert (q.type, q.intervention, q.condition) == ("dosing", intervention, condition)
    # not a count of treatments for a condition
    assert read_question("How many treatments are available for asthma?").type != "dosing"


@pytest.mark.parametrize("text, intervention, condition", [
    ("Can antihypertensives be stopped once blood pressure is controlled?", "antihypertensives", "blood pressure"),
    ("Can inhaled steroids be stopped when asthma is well controlled for three months?", "inhaled steroids",
     "asthma"),
    ("Should drugz be discontinued once the plim is in remission?", "drugz", "plim"),
])
def test_stopping_once_controlled_asks_to_stop_the_treatment(text: str, intervention: str, condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition) == (intervention, condition) and asks_to_stop(q.text)


def test_the_duration_of_a_thing_is_no_part_of_it() -> None:
    q = read_question("What is the duration of varenicline treatment?")
    assert (q.type, q.intervention, q.condition) == ("dosing", "varenicline treatment", None)
    q = read_question("What is the usual duration of antibiotic treatment for pneumonia?")
    assert (q.type, q.intervention, q.condition) == ("dosing", "antibiotic treatment", "pneumonia")


AVOID = ("Drugt is an effective first-line alternative, but it must be avoided in pregnancy and women of "
         "childbearing potential need effective contraception because of the risk of birth defects.")


def test_the_verdict_reads_the_clause_on_the_population_asked() -> None:
    asked = read_question("Can pregnant women take drugt for plimgraine?")
    assert stance(AVOID, _topic(asked)) == "against"
    # asked of everyone, the clause on the drug itself is read: no advice against it there
    assert stance(AVOID, _topic(read_question("Can adults take drugt for plimgraine?"))) is None
    # people named by the state the statement names ("pregnant" patients, "pregnancy"): its clause, though no
    # word of the people is in it
    assert stance(AVOID, _topic(read_question("Can pregnant patients take drugt for plimgraine?"))) == "against"
    assert stance(AVOID, _topic(read_question("Is drugt effective for plimgraine in pregnant patients?"))) == \
        "against"


def test_the_state_people_are_named_by_is_its_noun() -> None:
    assert state_nouns("pregnant women") == "pregnancy"
    assert state_nouns("opioid-dependent adults") == "dependency"
    assert state_nouns("older adults") == "" and state_nouns(None) == ""


def test_default_corpus_topiramate_in_pregnancy_is_no(loaded_index: Index) -> None:
    # "Can pregnant women take topiramate for migraine?" read "topiramate for migraine" as the intervention and
    # answered "Yes." from "Topiramate is an effective first-line alternative", the clause before "but it must be
    # avoided in pregnancy"; asked as "Is topiramate safe in pregnancy?" it must stay "No." too.
    for text in ("Can pregnant women take topiramate for migraine?", "Is topiramate safe in pregnancy?"):
        answer = answer_question(loaded_index, text)
        assert answer.verdict == "no" and answer.bottom_line.text.startswith("No."), text
        assert "avoided in pregnancy" in answer.bottom_line.text
