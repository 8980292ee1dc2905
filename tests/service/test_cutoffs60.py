"""Session 60: the value a question gives for a named measure ("Wobble score 4", "zorb level 85") against the
thresholds statements set on the same measure (made-up names). Advice whose threshold the value meets answers the
case and leads, the row of thresholds it falls in first; advice whose thresholds it misses is not quoted as if it
applied."""
from __future__ import annotations

from dataclasses import replace

import pytest

from index.search import Index, open_index
from ingest.models import DocumentKind
from service.answer.cutoffs import cutoffs, given, nearness, threshold_lead, threshold_met
from service.answer.pipeline import answer_question
from tests.service.candidates import scored
from tests.service.corpora import BACKGROUND, background_guidelines, built, lead_text


def test_thresholds_are_read_in_the_forms_guidelines_write_them() -> None:
    # (A symbol, words before the number, words after it, a number with thousands, a unit, the one value of people.)
    assert {(c.direction, c.limit) for c in cutoffs("Adults with a zorb level of ≥70 units/L should rest.")} == {
        ("ge", 70.0)}
    assert {(c.direction, c.limit, c.unit) for c in cutoffs("Treat if the frob count (FC) >15 000 IU/mL.")} == {
        ("gt", 15000.0, "iu/ml")}
    assert {(c.direction, c.limit) for c in cutoffs("Offer it to people with a Wobble score of 3 or above.")} == {
        ("ge", 3.0)}
    assert {(c.direction, c.limit) for c in cutoffs("Stop it when the plonk index is less than 12.")} == {
        ("lt", 12.0)}
    assert {(c.direction, c.limit) for c in cutoffs("Consider it for women with a Wobble score of 2.")} == {
        ("eq", 2.0)}
    # (A dose or a course is no threshold of the people: no comparison, no "with a ... of" a bare number.)
    assert not cutoffs("Give 5 mg of gizmoparin for a course of 10 days.")
    assert not cutoffs("Give gizmoparin 5 mg/kg, with a highest daily dose of 1200 mg.")
    # (A target to reach is no threshold of whom advice is for; a condition on whom stays one.)
    assert not cutoffs("Give plonk to raise the zorb level above 50 before surgery.")
    assert not cutoffs("Aim for a zorb level below 7.0 in most adults.")
    assert {(c.direction, c.limit) for c in cutoffs("Halve the dose if the zorb level is <30.")} == {("lt", 30.0)}
    # (A bound after a unit of two words is one bound, not the one value of the people.)
    assert {(c.direction, c.limit) for c in cutoffs("Skip it in people with a zorb rate of 35 ml/min/1.73 m2 or higher.")
            } == {("ge", 35.0)}


def test_values_are_read_from_a_name_then_a_number() -> None:
    values = {(tuple(sorted(g.names)), g.value) for g in given("70M, Wobble score 4, zorb level 85 - what now?")}
    assert (("score", "wobble"), 4.0) in values and (("level", "zorb"), 85.0) in values
    assert {g.value for g in given("frob count 42,000 IU/mL, 35 years old - treat?")} == {42000.0, 35.0}
    # (A bound the question sets, a number inside a name and an age's own number are no value of a named measure.)
    assert not given("fits lasting over 5 minutes - what next?")
    assert {tuple(g.names) for g in given("a 60-year-old with Frob-12 disease - treat?")} == {("age",)}
    # (Nor a number that is part of a name, a year, or the thousands of a larger number.)
    assert not given("Does gizmolin help type 2 frobnitis?")
    assert not given("Which plonk drugs were approved in 2019?")
    assert not given("What did the 100,000 Zorb Project find?")


def test_a_value_meets_or_misses_a_threshold_on_the_same_measure_only() -> None:
    assert threshold_met("Wobble score 4 - gizmoparin?", "Offer gizmoparin with a Wobble score of 3 or above.") == "met"
    assert threshold_met("Wobble score 1 - gizmoparin?", "Offer gizmoparin with a Wobble score of 3 or above.") == \
        "unmet"
    # (Another named score, even one that is a "score" too, is another measure.)
    assert threshold_met("Plonk score 1 - gizmoparin?", "Offer gizmoparin with a Wobble score of 3 or above.") is None
    # (Met on one threshold and missed on another: may be alternatives, so neither.)
    assert threshold_met("zorb level 50, 20 years old - treat?",
                         "Treat people aged over 30 years, or with a zorb level above 40.") is None
    # (An age against an age bound.)
    assert threshold_met("35 years old with frobnitis - treat?", "Treat adults aged more than 30 years.") == "met"


def test_the_row_the_value_falls_in_is_nearest() -> None:
    question = "zorb level 85, no symptoms - what now?"
    low, high = "a zorb level above 40 units", "a zorb level of ≥70 units"
    assert nearness(question, high) < nearness(question, low)


def test_met_advice_leads_and_missed_advice_gives_way() -> None:
    question = "zorb level 85, no symptoms - what now?"
    stop = scored("Adults with a zorb level above 40 and no symptoms should stop gizmoparin for two days.", 0.95, "g",
                  DocumentKind.GUIDELINE)
    antidote = scored("Adults with a zorb level of ≥70 and no symptoms should be given 2 mg of oral antizorb.", 0.8,
                      "g", DocumentKind.GUIDELINE)
    assert threshold_lead(question, [stop, antidote], stop, 0.5).text == antidote.text
    # (At 50 the second is missed: the first stays; a lead whose threshold is missed is dropped.)
    assert threshold_lead("zorb level 50 - what now?", [stop, antidote], stop, 0.5) is stop
    assert threshold_lead("zorb level 20 - what now?", [stop, antidote], antidote, 0.5) is None
    # (Asked of a thing after the case, met advice that does not name it does not lead: it says nothing of it.)
    unnamed = scored("Adults with a zorb level of ≥70 should rest for a day.", 0.9, "g", DocumentKind.GUIDELINE,
                     i=False)
    assert threshold_lead("zorb level 85 - give antizorb?", [unnamed], None, 0.5) is None
    assert threshold_lead("zorb level 85 - give antizorb?", [antidote], None, 0.5) is not None
    # (A statement far below the best does not lead, met or not.)
    assert threshold_lead(question, [stop, antidote], stop, 0.9) is stop
    # (An age alone makes no advice the case's: most cases give one. Met advice displaces a lead that sets no
    # threshold on the question's measures only where it scores above it.)
    older = scored("Offer a plonk jab to people aged 65 years or over.", 0.9, "g", DocumentKind.GUIDELINE)
    assert threshold_lead("a 70-year-old with frobnitis - gizmoparin?", [older], None, 0.5) is None
    rest = scored("Gizmoparin should be started at a low dose.", 0.9, "g", DocumentKind.GUIDELINE)
    assert threshold_lead(question, [rest, replace(antidote, score=0.95)], rest, 0.5).text == antidote.text
    assert threshold_lead(question, [rest, antidote], rest, 0.5) is rest


GUIDELINE = """---
title: "Gizmoparin for wobbly frobnitis"
type: guideline
year: 2022
---
# Gizmoparin for wobbly frobnitis

## Preventing clots

Offer gizmoparin to people with wobbly frobnitis who have a Wobble score of 3 or above, weighing their bleeding risk.
Consider gizmoparin for women with wobbly frobnitis with a Wobble score of 2. Talk through the choice of
anticlot drug with the person and respect their wishes.

## Zorb levels too high

Adults taking gizmoparin with a zorb level above 40 and no symptoms should stop gizmoparin for two days and lower
the dose. Adults taking gizmoparin with a zorb level of ≥70 and no symptoms should be given 2 mg of oral antizorb.
The zorb level should be measured again the next morning. Look for the cause of the high zorb level.
"""


@pytest.fixture(scope="module")
def frobnitis(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "cutoffs", {"frobnitis.md": GUIDELINE,
                                                           **background_guidelines(*BACKGROUND)}))


def test_a_score_past_the_threshold_gets_the_advice_and_its_yes(frobnitis: Index) -> None:
    answer = answer_question(frobnitis, "70M wobbly frobnitis, Wobble score 4 - should he have gizmoparin?")
    assert lead_text(answer).startswith("Offer gizmoparin to people with wobbly frobnitis who have a Wobble score")
    assert answer.verdict == "yes"


def test_the_row_the_value_falls_in_leads(frobnitis: Index) -> None:
    answer = answer_question(frobnitis, "zorb level 85 on gizmoparin, no symptoms - what do I do?")
    assert lead_text(answer).startswith("Adults taking gizmoparin with a zorb level of ≥70")


def test_advice_past_the_value_is_not_quoted_as_if_it_applied(frobnitis: Index) -> None:
    answer = answer_question(frobnitis, "zorb level 50 on gizmoparin, no symptoms - what do I do?")
    assert lead_text(answer).startswith("Adults taking gizmoparin with a zorb level above 40")
    assert "antizorb" not in answer.bottom_line.text
