"""Wrong answers a review of session 64's merge found: a state whose stem only opens like the case's taken for it
("glimmerosis" for "glimmerocytia", ``case_against._one_word``); numbers after a noun of people that are not ages
read as an age band ("adults (25-29.9 kg/m2)", "patients 30-60 minutes after", ``case_values.age_bands``); and a
rule's other way to be met, joined by "or", left out when the case misses one threshold ("more than 2 blebs or blebs
larger than 10 mm", ``bounds.outside_threshold``). Every topic and name here is made up."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.bounds import asked_values, outside_threshold
from service.answer.case_against import against_for_the_case
from service.answer.case_values import age_bands, misses_condition
from service.answer.question import read_question
from index.lexical import tokenize
from tests.service.candidates import scored


def test_a_state_that_only_opens_like_the_case_state_is_another_state() -> None:
    against = scored("Zorbafen must not be given to people with glimmerocytia.", 0.9, "g1",
                     kind=DocumentKind.GUIDELINE)
    forms = (frozenset(tokenize("zorbafen")),)
    other = read_question("67F with recent glimmerosis - is zorbafen ok?")
    assert against_for_the_case(other, [against], [against], forms) is None  # type: ignore[list-item]
    same = read_question("67F with glimmerocytia - is zorbafen ok?")
    assert against_for_the_case(same, [against], [against], forms) is against  # type: ignore[list-item]


def test_numbers_after_a_noun_of_people_are_an_age_band_only_as_ages() -> None:
    assert age_bands("Offer slimmazol to heavy adults (25-29.9 kg/m2) with a second illness.") == []
    assert age_bands("In patients 30-60 minutes after swallowing wibblex, give char-paste.") == []
    assert age_bands("Give drizzle drops to children 6-59 mo living where fen-fever is common.") == []
    assert age_bands("Offer the squint test to children 2-5 years.") == [(2.0, 5.0)]
    assert age_bands("Offer the squint test to women aged 40 to 49.") == [(40.0, 49.0)]
    assert not misses_condition("45yo with BMI 27 and sugar illness - slimmazol?",
                                "Offer slimmazol to heavy adults (25-29.9 kg/m2) with a second illness.")


def test_a_case_meeting_the_rules_other_alternative_does_not_miss_it() -> None:
    rule = "Offer bleb removal to people with more than 2 blebs or blebs larger than 10 mm."
    assert not outside_threshold("8 mm bleb, 3 blebs - bleb removal?", rule)
    assert not outside_threshold("8 mm bleb - bleb removal?", rule)  # (the count is not stated)
    assert outside_threshold("8 mm bleb, 1 bleb - bleb removal?", rule)
    assert outside_threshold("8 mm bleb - bleb removal?", "Offer bleb removal to people with blebs larger than 10 mm.")


def test_a_size_written_without_a_space_is_read_on_the_question_side() -> None:
    assert asked_values("8mm bleb - watch it?") == asked_values("8 mm bleb - watch it?") != frozenset()
    assert outside_threshold("8mm bleb - bleb removal?", "Offer bleb removal to people with blebs larger than 10mm.")
