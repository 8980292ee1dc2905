"""The session 48 tester's questions and new ones of the same shapes on other topics, answered as their quotes say on
the default corpus: a need asked of people, one child's need of antibiotics, a patient's treatment stopped completely,
a drug named as what a patient takes, a thing asked "OK" on its own."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question


@pytest.mark.parametrize(("question", "verdict"), [
    ("Does a woman of childbearing age on topiramate for migraine need reliable contraception?", "yes"),
    ("Can I stop my patient's inhaled steroid completely once her asthma has been well controlled for a year?", "no"),
    ("Can my patient on warfarin take MK-4?", "no"),
])
def test_session_48_questions_answer_as_their_quotes_say(loaded_index: Index, question: str, verdict: str) -> None:
    a = answer_question(loaded_index, question)
    assert a.verdict == verdict, a.bottom_line.text


def test_one_child_with_a_mild_infection_gets_no_yes_from_advice_for_both_ears(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Does a 2-year-old with a mild ear infection in one ear need antibiotics "
                                      "straight away?")
    assert a.verdict != "yes", a.bottom_line.text


def test_a_thing_on_its_own_asked_ok_is_answered_by_advice_against_it_alone(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is a long-acting beta-agonist on its own OK for asthma in adults?")
    assert a.bottom_line.text.startswith("No. Long-acting beta-agonists should not be used without an inhaled "
                                         "corticosteroid"), a.bottom_line.text



def test_advice_for_higher_scores_gives_no_yes_to_a_low_severity_patient(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Does a 40-year-old with low-severity pneumonia need hospital treatment?")
    assert a.verdict != "yes", a.bottom_line.text
