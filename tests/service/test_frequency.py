"""Schedules read as doses a day, and a yes to one schedule above advice of another (service.answer.frequency)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.frequency import (asked_schedule_statement, on_other_schedule, other_schedule_statement, per_day,
                                      schedule_unstated)
from service.answer.pipeline import answer_question


@pytest.mark.parametrize("text, doses", [
    ("Take it three times a day.", {3.0}),
    ("Given twice daily.", {2.0}),
    ("A single daily dose or alternate-day dosing is recommended.", {1.0, 0.5}),
    ("Once weekly injections.", {round(1 / 7, 4)}),
    ("Taken every other day.", {0.5}),
    ("Taken with food.", set()),
    # A day's amount in divided doses is that many doses a day; "once-daily" is once a day.
    ("45 milligrams per day, given in three divided doses of 15 milligrams after meals.", {3.0}),
    ("45 milligrams per day, usually divided into three doses.", {3.0}),
    ("More stable blood levels with once-daily dosing.", {1.0}),
    # "weekly" and "monthly" alone are once in that period; "three times weekly" is not also once weekly.
    ("The level should be checked more often, for example weekly, until it is stable.", {round(1 / 7, 4)}),
    ("Is monthly monitoring enough?", {round(1 / 30, 4)}),
    ("Given three times weekly for 18 months.", {round(3 / 7, 4)}),
    ("Keep the intake consistent from week to week.", set()),
    # "every N hours/weeks" is once in each; neither "every day" (a day's amount) nor a range is read.
    ("Given every 8 hours.", {3.0}),
    ("Checked every 4 weeks.", {round(1 / 28, 4)}),
    ("Take it every day.", set()),
    ("Checked every 3 to 6 months.", set()),
])
def test_a_schedule_is_read_as_doses_a_day(text: str, doses: set[float]) -> None:
    assert per_day(text) == frozenset(doses)


def test_only_a_schedule_asked_and_not_stated_is_another() -> None:
    advice = "A single daily dose or alternate-day dosing of drugx is recommended."
    assert on_other_schedule("Should drugx be taken three times a day?", advice)
    assert not on_other_schedule("Can drugx be taken every other day?", advice)
    assert not on_other_schedule("Should drugx be taken with food?", advice)
    assert not on_other_schedule("Should drugx be taken three times a day?", "Drugx is recommended.")


def test_schedules_within_a_tenth_are_one() -> None:
    assert not on_other_schedule("Is drugx given every 4 weeks?", "Drugx is given monthly.")
    assert not on_other_schedule("Is drugx given every 12 hours?", "Drugx is given twice a day.")
    assert on_other_schedule("Is drugx given every 4 weeks?", "Drugx is given weekly.")


def test_the_statement_of_another_schedule_may_be_scored_lower() -> None:
    # The statement that names what is asked states its schedule, though a shorter one scores higher.
    close = ["Zorb levels should be checked frequently when drugy is started."]
    further = ["If a patient starts or stops drugx, the zorb level should be checked more often, for example weekly.",
               "Drugy is taken once a month."]
    question = "Should the zorb level be checked once a month after starting drugx?"
    assert other_schedule_statement(question, close, further) == further[0]
    # One statement of the asked schedule among them: none is of another.
    assert other_schedule_statement(question, close, [*further, "Check the zorb level monthly after starting drugx."]) \
        is None
    # A dose divided through the day, how often unsaid, may be divided as asked; it is not once a day.
    divided = ["Drugx has a short half-life, which is why its regimen divides the dose through the day.",
               "Drugy gives more stable levels with once-daily dosing than drugx."]
    assert other_schedule_statement("Is drugx given in three divided doses?", divided, []) is None
    assert other_schedule_statement("Is drugx taken twice a day?", divided[1:], []) == divided[1]


def test_the_statement_of_the_asked_schedule_alone() -> None:
    regimen = "The approved regimen is 45 mg per day, given in three divided doses after meals."
    close = ["Drugx is not approved in Europe.", regimen]
    assert asked_schedule_statement("Should drugx be given three times a day?", close, []) == regimen
    # Not beside another schedule, nor where a statement of the schedule denies or sets aside.
    assert asked_schedule_statement("Should drugx be given three times a day?",
                                    [*close, "Drugx is given once daily in Europe."], []) is None
    assert asked_schedule_statement("Should drugx be given three times a day?",
                                    ["Drugx should not be given three times a day."], []) is None
    assert asked_schedule_statement("Is drugx approved in Europe?", close, []) is None


def test_a_no_on_something_else_is_no_no_to_the_stated_schedule(loaded_index: Index) -> None:
    # "No." above "Menatetrenone is not approved as an osteoporosis drug in the United States ...", though the approved
    # regimen is "given in three divided doses".
    answer = answer_question(loaded_index, "Should menatetrenone be given three times a day?")
    assert answer.verdict != "no", answer.bottom_line.text
    text = answer.bottom_line.text
    assert "three divided doses" in text  # and before the statement on approval elsewhere, which led the no
    assert "not approved" not in text or text.index("three divided doses") < text.index("not approved"), text


def test_a_schedule_no_statement_states() -> None:
    advice = ["Drugx is the recommended first-line treatment."]
    assert schedule_unstated("Should drugx be given three times a day?", advice, [])
    assert not schedule_unstated("Should drugx be given three times a day?",
                                 [*advice, "Drugx is given in three divided doses."], [])
    # A dose divided through the day may be divided as asked; a schedule of something else is not asked of.
    assert not schedule_unstated("Is drugx given in three divided doses?",
                                 ["Its regimen divides the dose through the day."], [])
    assert not schedule_unstated("Should an adult with symptoms twice a month start drugx?", advice, [])


@pytest.mark.parametrize("question", [
    "Should amoxicillin be given three times a day for otitis media?",
    "Should people taking warfarin have their INR checked every 3 months once stable?"])
def test_no_yes_to_a_schedule_no_statement_states(loaded_index: Index, question: str) -> None:
    # "Yes." above "Amoxicillin is the recommended first-line antibiotic ..." and above "... at intervals of up to
    # several weeks once it is stable": neither states the asked schedule.
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "uncertain", answer.bottom_line.text
    assert answer_question(loaded_index, "Should oral iron be taken once a day?").verdict == "yes"


@pytest.mark.parametrize("question", ["Should the INR be checked once a month after starting a vitamin K supplement?",
                                      "Is monthly INR monitoring enough after starting vitamin K2?"])
def test_a_monthly_check_is_no_yes_above_advice_to_check_weekly(loaded_index: Index, question: str) -> None:
    # Reviews before session 49: "Yes." above "INR should be checked frequently when warfarin is started ...", though
    # the guideline advises checking "more often, for example weekly" after starting or stopping a supplement.
    answer = answer_question(loaded_index, question)
    assert answer.verdict != "yes", answer.bottom_line.text


def test_a_guidelines_weekly_check_is_a_no_to_a_monthly_one(loaded_index: Index) -> None:
    # The advice that states the asked check's schedule scores below "INR should be checked frequently when warfarin
    # is started ...", and leads the no.
    answer = answer_question(loaded_index,
                             "Should the INR be checked once a month after starting a vitamin K supplement?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. If a patient taking warfarin starts or stops a vitamin K "
                                              "supplement, the INR should be checked more often, for example weekly")


def test_a_schedule_the_corpus_does_not_state_is_no_yes(loaded_index: Index) -> None:
    # Menaquinone-4 is given "in three divided doses"; "Yes." to twice a day rested on a statement on phylloquinone.
    answer = answer_question(loaded_index, "Is menaquinone-4 taken twice a day?")
    assert answer.verdict != "yes", answer.bottom_line.text
    assert answer_question(loaded_index, "Is MK-4 given in three divided doses?").verdict == "yes"


@pytest.mark.parametrize("question", ["Should oral iron be taken three times a day?",
                                      "Should oral iron be given twice daily for iron-deficiency anaemia?"])
def test_advice_of_another_schedule_answers_no(loaded_index: Index, question: str) -> None:
    # Review 49: "Yes." above "A single daily dose or alternate-day dosing of oral iron is recommended ...".
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("No. A single daily dose or alternate-day dosing")
    assert answer_question(loaded_index, "Can oral iron be taken every other day?").verdict == "yes"
