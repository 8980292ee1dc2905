"""A follow-up that says what the people asked about take instead ("What about if she is on apixaban instead?"), and
its people named in the reader's words (session 50's tester: the follow-up's "if she is on apixaban instead" was read
as the condition; a 4-month-old baby's follow-up on a 3-year-old kept "baby")."""
from __future__ import annotations

from service.answer.follow_up import Previous, as_whole_question
from service.answer.question import as_plain_wording, read_question


def test_what_they_take_instead_replaces_what_defined_them() -> None:
    previous = Previous("Is it safe to start zorb for a patient on drugx?", "zorb", "patient on drugx")
    assert as_whole_question("What about if she is on drugy instead?", previous) == \
        "Is it safe to start zorb for a patient on drugy?"
    assert as_whole_question("What about if they are taking drugy?", previous) == \
        "Is it safe to start zorb for a patient on drugy?"


def test_no_people_defined_by_a_thing_taken_leaves_the_follow_up_as_before() -> None:
    previous = Previous("Is zorb safe in pregnancy?", "zorb", "pregnancy")
    assert "drugy" in as_whole_question("What about if she is on drugy instead?", previous)
    assert as_whole_question("What about if she is on drugy instead?", previous) != "Is zorb safe in drugy?"


def test_a_person_named_by_age_and_noun_is_replaced_whole() -> None:
    previous = Previous("Should a 4-month-old baby with gizmosis get zorb straight away?", "zorb", "gizmosis")
    assert as_whole_question("What about a 3-year-old?", previous) == \
        "Should a 3-year-old with gizmosis get zorb straight away?"


def test_safe_for_people_to_take_a_thing_reads_the_thing_and_the_people() -> None:
    asked = "Is it safe for my patient on drugx to start a zorb supplement?"
    assert as_plain_wording(asked) == "Is it safe to start a zorb supplement for a patient on drugx?"
    q = read_question(asked)
    assert (q.type, q.intervention, q.condition) == ("safety", "zorb supplement", "patient on drugx")
