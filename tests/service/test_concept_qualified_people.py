"""A condition asked for one person described further ("hypertension in a woman planning pregnancy", "pneumonia in
a 40-year-old with low severity"): the person is whom it is
asked for, and what describes them is said of the condition, not glued to it (session 48: each read the whole
phrase as the condition, no statement named it, and the answer was "insufficient" beside the sentence that settles
it)."""
from __future__ import annotations

from index.search import Index
from service.answer.concepts import concept, population_part
from service.answer.pipeline import answer_question
from service.answer.question import population_of
from service.answer.scoring import sentence_terms


def test_people_described_by_a_participle_or_by_what_they_lack_are_people() -> None:
    assert population_of("zorb pain in a woman planning pregnancy") == ("zorb pain", "a woman planning pregnancy")
    assert population_of("zorb pain in a 50-year-old without other conditions") == (
        "zorb pain", "a 50-year-old without other conditions")
    assert population_of("zorb pain in a smoking man") == ("zorb pain", "a smoking man")
    assert population_of("zorb pain in tendons during exercise") is None  # no people


def test_what_defines_the_people_is_said_of_the_condition() -> None:
    # People alone: the condition itself.
    assert population_part("zorb pain in older women") == "zorb pain"
    # With a thing, without it, or doing it: the thing stays with the condition, the person (an age no statement
    # writes) goes.
    assert population_part("zorb pain in a 50-year-old without other conditions") == (
        "zorb pain without other conditions")
    assert population_part("zorb pain in a 60-year-old with typical symptoms") == "zorb pain with typical symptoms"
    assert population_part("zorb pain in a woman planning pregnancy") == "zorb pain with pregnancy"
    # A participle that describes something else of them is no definer ("childbearing" of their age).
    assert population_part("zorb pain in a woman of childbearing age") == "zorb pain"
    # Not a relative clause or a time.
    assert population_part("zorb pain in kids who are allergic to penicillin") is None
    assert population_part("zorb pain in patients following surgery") is None


def test_a_statement_on_the_described_condition_names_it_without_the_age() -> None:
    asked = concept("zorb arthritis in a 60-year-old with typical symptoms", condition=True)
    said = "Zorb arthritis with typical symptoms is diagnosed clinically in adults aged 45 years or over."
    assert asked.mentioned_in(sentence_terms(said), text=said, parts=False, core=True)
    assert asked.mentioned_in(sentence_terms(said), text=said)  # a guideline's advice
    # What people do or lack defines them: asked too, never left out as a population qualifier may be.
    planning = concept("zorb pain in a woman planning pregnancy", condition=True)
    said = "Drugx must be avoided in pregnancy and by women who may conceive, for it harms the fetus, in zorb pain."
    assert planning.mentioned_in(sentence_terms(said), text=said)
    plain = "Drugx is a first-line option for zorb pain in women."
    assert not planning.mentioned_in(sentence_terms(plain), text=plain)


def test_a_follow_up_on_people_taking_a_drug_is_not_answered_by_the_treatment_s_trial(loaded_index: Index) -> None:
    # "someone taking warfarin" is people defined by a drug: a trial of shockwave therapy for calcific tendinitis
    # names the condition but not them, and its benefit is no "Yes." to using it with warfarin.
    first = answer_question(loaded_index, "Is high-energy shockwave therapy better than low-energy for calcific "
                                          "tendinitis of the shoulder?")
    a = answer_question(loaded_index, "Can it be used in someone taking warfarin?", follows=first)
    assert a.verdict != "yes", a.bottom_line.text


def test_an_ace_inhibitor_is_not_for_a_woman_planning_pregnancy(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Can an ACE inhibitor be used for hypertension in a woman planning pregnancy?")
    assert a.verdict == "no", a.bottom_line.text
    assert a.bottom_line.text.startswith("No. ACE inhibitors and angiotensin receptor blockers should not be used in "
                                         "pregnancy")


def test_amoxicillin_for_pneumonia_in_a_40_year_old_with_low_severity(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is amoxicillin the first-line antibiotic for pneumonia in a 40-year-old with "
                                      "low severity?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Amoxicillin is the recommended first-line oral antibiotic for "
                                         "low-severity community-acquired pneumonia")
