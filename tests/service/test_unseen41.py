"""Question shapes and lead choices found by judging 40 unseen clinician questions (session 41): people said before
the question, one person taking a thing, "a course of", "At what age", how long a course lasts, an age range, and a
study's method against its finding."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import AGE_STATED, choose_lead, method_role, on_aspect
from service.answer.regimen import states_length
from service.answer.question import as_fronted, read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


def test_people_said_first_are_read_as_the_people_the_question_is_asked_in() -> None:
    fronted = read_question("In dialysis patients, does cinacalcet reduce vascular calcification?")
    plain = read_question("Does cinacalcet reduce vascular calcification in dialysis patients?")
    assert (fronted.intervention, fronted.condition, fronted.verb, fronted.yes_no) == \
        (plain.intervention, plain.condition, plain.verb, True)
    assert fronted.intervention == "cinacalcet" and fronted.condition is not None
    assert "dialysis" in fronted.condition
    assert fronted.text.startswith("In dialysis patients,")  # the question is echoed as asked


def test_help_asked_for_someone_said_first_is_help_for_their_condition() -> None:
    q = read_question("For someone with gout, does a course of physiotherapy help?")
    assert (q.intervention, q.condition) == ("physiotherapy", "gout")


def test_a_question_without_people_said_first_is_unchanged() -> None:
    core = "Does cinacalcet reduce vascular calcification in dialysis patients"
    assert as_fronted(core) == core
    # A comma after something that is not a question's verb is no fronted phrase.
    statement = "In dialysis, patients often have low vitamin K"
    assert as_fronted(statement) == statement


def test_one_person_on_a_treatment_taking_a_thing_is_read_as_the_plural() -> None:
    one = read_question("Can a patient on warfarin take a fish oil supplement?")
    many = read_question("Can patients on warfarin take fish oil supplements?")
    assert one.together and many.together
    assert one.condition == many.condition == "warfarin"
    assert one.intervention is not None and "fish oil" in one.intervention


def test_at_what_age_names_the_condition() -> None:
    q = read_question("At what age does frozen shoulder usually occur?")
    assert q.condition == "frozen shoulder" and q.intervention is None and not q.yes_no


def test_an_age_range_is_an_age() -> None:
    assert AGE_STATED.search("Frozen shoulder is most common between the ages of about 40 and 60 years.")
    assert AGE_STATED.search("It affects people aged between 40 and 60.")
    assert not AGE_STATED.search("Frozen shoulder affects both shoulders in a minority of patients.")


def test_how_long_is_answered_by_a_course_length_not_a_threshold_or_a_time_point() -> None:
    threshold = "Prophylaxis should be offered to adults with attacks on four or more days per month."
    review = "Clinicians should review the need for prophylaxis after about 6 to 12 months of good control."
    course = "A prophylactic drug should be tried for at least two to three months before it is judged ineffective."
    assert states_length(review) and not states_length(threshold)
    assert states_length(course, lasting=True) and not states_length(review, lasting=True)
    q = read_question("How long should flunarizine be tried for migraine?")
    assert q.type == "dosing"
    found = on_aspect(q, [_direct(threshold), _direct(review), _direct(course)])
    assert [c.text for c in found] == [course]


def test_a_study_method_does_not_lead_over_its_finding() -> None:
    method = "Participants received cinacalcet 30 milligrams per day or placebo for 24 months."
    finding = "The trial found no significant difference between groups in progression of valve calcification."
    assert method_role(method) and not method_role(finding)
    assert method_role("The trial enrolled 144 patients with chronic tendinitis of the rotator cuff.")
    assert not method_role("The trial enrolled 144 patients and found that shockwave therapy improved function.")
    lead = choose_lead([_direct(method), _direct(finding)])
    assert lead is not None and lead.text == finding


def test_on_its_own_is_alone_and_an_adverb_of_time_is_no_part_of_the_thing() -> None:
    own = read_question("Is a short-acting beta-agonist on its own still recommended for mild asthma?")
    alone = read_question("Is a short-acting beta-agonist alone recommended for mild asthma?")
    assert (own.intervention, own.condition, own.type) == (alone.intervention, alone.condition, alone.type)
    assert read_question("Is metformin still recommended first-line for type 2 diabetes?").intervention == "metformin"
    assert read_question("Is colchicine by itself enough for gout?").intervention != "colchicine by itself"


def test_someone_is_a_person_the_question_is_asked_in() -> None:
    some = read_question("Is an ACE inhibitor the first choice for high blood pressure in someone under 55?")
    people = read_question("Is an ACE inhibitor the first choice for high blood pressure in people under 55?")
    assert (some.intervention, some.type) == (people.intervention, people.type) == ("ACE inhibitor", "therapy")


def test_a_dose_asked_for_an_adult_with_a_condition_reads_the_thing_and_the_condition() -> None:
    q = read_question("What daily dose of ferrous sulfate should an adult with iron-deficiency anaemia take?")
    assert (q.type, q.intervention, q.condition) == ("dosing", "ferrous sulfate", "iron-deficiency anaemia")
    assert read_question("What usual dose of colchicine is used?").intervention == "colchicine"


def test_people_who_could_become_pregnant_are_named_by_the_state_not_the_linking_verb() -> None:
    q = read_question("Is valproate safe for women who could become pregnant?")
    assert q.condition == "women who could be pregnant"
    assert "becom" not in tokenize(q.condition)
