"""Numeric bounds of comparison in a question and a statement ("a BMI below 35" against "BMI ≥35"): a statement
about values the question excludes does not lead (service.answer.bounds; session 20: the bariatric surgery
question of the s19b list led with the recommendation for a BMI of 35 or more)."""
from __future__ import annotations

from service.answer import guideline
from service.answer.bounds import bounds, contradicts
from service.answer.lead import choose_lead
from service.answer.tuning import AnswerTuning
from tests.service.test_guideline_lead import _candidate


def test_bounds_are_read_from_words_and_symbols() -> None:
    assert bounds("Is gizmoplasty recommended for adults with a BMI below 35?") == frozenset({("bmi", "lt", 35.0)})
    assert bounds("For adults with a BMI <35 kg/m2 there is insufficient evidence.") == bounds("BMI<35")
    assert bounds("Offer gizmoplasty to adults with BMI ≥35.") == frozenset({("bmi", "gt", 35.0)})
    assert bounds("Moreover 35 adults took part.") == frozenset()  # a word that holds "over" is no comparison


def test_a_statement_on_values_the_question_excludes_contradicts_it() -> None:
    asked = bounds("Is gizmoplasty recommended for adults with a BMI below 35?")
    assert contradicts("Offer gizmoplasty to adults with a BMI >40 kg/m2.", asked)
    assert contradicts("Offer gizmoplasty to adults with BMI ≥35.", asked)
    assert not contradicts("For adults with a BMI <35 there is insufficient evidence on gizmoplasty.", asked)
    assert not contradicts("Offer gizmoplasty to adults with a BMI over 30.", asked)  # 30-35 meets "below 35"
    assert not contradicts("Offer gizmoplasty to adults aged over 60.", asked)  # another measure
    assert not contradicts("Offer gizmoplasty to adults with BMI ≥35.", frozenset())


def test_the_recommendation_within_the_asked_bounds_leads() -> None:
    above = _candidate("Offer gizmoplasty to adults with zorb obesity and a BMI ≥35.", 0.95, doc="a")
    below = _candidate("For adults with zorb obesity and a BMI <35, there is insufficient evidence to recommend "
                       "for or against gizmoplasty.", 0.80, doc="b")
    terms = guideline.topic_terms("gizmoplasty", None)
    asked = bounds("Is gizmoplasty recommended for adults with zorb obesity and a BMI below 35?")
    assert choose_lead([above, below], AnswerTuning(), None, terms, frozenset(), asked) is below
    assert choose_lead([above, below], AnswerTuning(), None, terms) is above  # without the bounds: as before
