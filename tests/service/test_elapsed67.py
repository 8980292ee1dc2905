"""A case's time since its event and a statement's window of time, read in hours on one measure (session 67; g66 C6b:
"presents on day 4" hedged beside "offer PEP to women presenting within 72 hours"; S21: "4 days ago" led by the rule
for women presenting "after the time required (5 days)"). Also a measure named by a short form the threshold spells
out, and a threshold on a state the advice holds while it is avoided (g66 S13 "ABPI 0.45"; S12 "SBP 130, HR 95")."""
from __future__ import annotations

import pytest

from service.answer.cutoffs import threshold_met
from service.answer.elapsed import asked_elapsed, windows


@pytest.mark.parametrize(("question", "hours"), [
    ("bitten by a stray ferret 3 days ago - still give gizmoglobulin?", 72.0),
    ("scratched about 30 hours ago - gizmoglobulin now?", 30.0),
    ("she comes back on day 5 - still worth the gizmo vaccine?", 120.0),
    ("stung yesterday, rash today - antihistamine?", 24.0),
    ("knee sprain two weeks after a fall - scan?", 336.0),
])
def test_a_question_gives_its_time_since_the_event_in_hours(question: str, hours: float) -> None:
    assert asked_elapsed(question) == hours


@pytest.mark.parametrize("question", [
    "rash for 3 days - antihistamine?",          # how long a thing has gone on, not since when
    "surgery planned in 3 weeks - stop gizmolol?",  # time to come
    "7 day course of gizmocillin enough?",
])
def test_a_length_or_a_time_to_come_is_no_time_since_the_event(question: str) -> None:
    assert asked_elapsed(question) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Offer gizmoglobulin to people seen within 48 hours of the bite.", {("le", 48.0, None)}),
    ("Gizmoglobulin should start no later than 2 days after the bite.", {("le", 48.0, None)}),
    ("If a person comes after the period allowed for gizmoglobulin (4 days), offer wound care only.",
     {("gt", 96.0, None)}),
    ("Give the second product to people bitten 60-90 minutes ago.", {("in", 1.0, 1.5)}),
    ("Taper the gizmolol dose over 2 weeks.", set()),
])
def test_a_statement_sets_windows_of_time_since_the_event_in_hours(text: str, expected: set) -> None:
    assert windows(text) == expected


def test_days_are_read_against_a_window_in_hours() -> None:
    rule = "Offer gizmoglobulin to people seen within 48 hours of the bite."
    assert threshold_met("bitten 3 days ago - gizmoglobulin?", rule) == "unmet"
    assert threshold_met("bitten yesterday - gizmoglobulin?", rule) == "met"


def test_the_rule_for_past_the_window_is_not_met_inside_it() -> None:
    past = "If a person comes after the period allowed for gizmoglobulin (4 days), offer wound care only."
    assert threshold_met("bitten 3 days ago - gizmoglobulin?", past) == "unmet"
    assert threshold_met("bitten on day 6 - gizmoglobulin?", past) == "met"


def test_a_short_form_is_read_against_the_threshold_on_its_long_form() -> None:
    # (The learned abbreviation lexicon spells "DBP" out as diastolic blood pressure.)
    rule = "Do not start gizmolol if the diastolic blood pressure is below 60 mm Hg."
    assert threshold_met("DBP 55 - gizmolol?", rule) == "met"
    assert threshold_met("DBP 80 - gizmolol?", rule) == "unmet"


def test_a_short_form_with_one_letter_more_is_read_as_the_known_one() -> None:
    # (The lexicon knows "MAP" as mean arterial pressure, not "MABP": a letter of one more word of the long form.)
    rule = "Gizmopressin is suggested when the mean arterial pressure is below 65 mm Hg."
    assert threshold_met("septic, MABP 58 - gizmopressin?", rule) == "met"
    assert threshold_met("septic, MABP 75 - gizmopressin?", rule) == "unmet"


def test_a_threshold_on_a_state_to_be_avoided_is_met_on_its_other_side() -> None:
    rule = ("Gizmolol may be started provided that slow pulse (defined as pulse rate <45 beats per minute) is "
            "avoided.")
    assert threshold_met("pulse rate 70 - start gizmolol?", rule) == "met"
    assert threshold_met("pulse rate 40 - start gizmolol?", rule) == "unmet"
