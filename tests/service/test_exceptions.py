"""Advice with an exception that names the case asked about answers for that case the other way
(``service.answer.exceptions``). Session 47: "Should a patient on warfarin for a mechanical heart valve be switched to a
DOAC because the INR is unstable?" answered yes above advice to consider a DOAC "... unless warfarin is specifically
required, such as with a mechanical heart valve"."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.exceptions import excepted_case, on_exception
from service.answer.pipeline import answer_question

SWITCH = ("Clinicians should consider whether drugy is a suitable alternative when a patient on widget has unstable "
          "gizmo values, unless widget is specifically required, such as with a mechanical heart valve.")
AVOID = "Arthroscopic lavage is not recommended for knee osteoarthritis unless there is true mechanical locking."


@pytest.mark.parametrize(("question", "excepted"), [
    ("Should a patient on widget for a mechanical heart valve be switched to drugy because gizmo values are unstable?",
     True),
    # the case denied, or not named, is no exception asked about
    ("Should a patient on widget without a mechanical heart valve be switched to drugy if gizmo values are unstable?",
     False),
    ("Should a patient on widget with unstable gizmo values be switched to drugy?", False),
])
def test_an_exception_names_the_asked_case_only_in_all_its_words(question: str, excepted: bool) -> None:
    assert excepted_case(question, SWITCH) is excepted


def test_advice_excepting_the_asked_case_answers_it_the_other_way() -> None:
    valve = ("Should a patient on widget for a mechanical heart valve be switched to drugy because gizmo values are "
             "unstable?")
    assert on_exception(valve, "yes", [SWITCH]) == "no"
    # advice against, lifted for the excepted case, does not say it is then advised
    assert on_exception("Is arthroscopic lavage recommended for knee osteoarthritis with true mechanical locking?",
                        "no", [AVOID]) == "uncertain"
    assert on_exception("Is arthroscopic lavage recommended for knee osteoarthritis?", "no", [AVOID]) == "no"
    # a statement without advice excepts nothing
    aside = "Patients with some mechanical heart valves require higher INR targets."
    assert on_exception(valve, "yes", [aside]) == "yes"


def test_the_default_corpus_does_not_advise_a_switch_for_a_mechanical_valve(loaded_index: Index) -> None:
    valve = answer_question(loaded_index, "Should a patient on warfarin for a mechanical heart valve be switched to a "
                                          "DOAC because the INR is unstable?")
    assert valve.verdict == "no", valve.bottom_line.text
    assert "unless warfarin is specifically required" in valve.bottom_line.text
    other = answer_question(loaded_index, "Should a patient with unstable INR on warfarin be switched to a direct oral "
                                          "anticoagulant?")
    assert other.verdict == "yes", other.bottom_line.text


def test_advice_on_something_else_excepts_nothing_asked_of_the_same_people() -> None:
    # sharing only who advises and the drug the people take, the switch advice is not about asking of supplements
    asked = "Should clinicians ask a patient on widget with a mechanical heart valve about dietary supplements?"
    assert not excepted_case(asked, SWITCH)
    assert on_exception(asked, "yes", [SWITCH]) == "yes"


def test_a_case_named_less_a_word_inside_it_is_the_case() -> None:
    # (session 50: "... with a mechanical valve ..." against "... such as with a mechanical heart valve")
    advice = ("Clinicians should consider whether drugy is a suitable alternative when a patient on drugx has unstable "
              "gizmo values, unless drugx is specifically required, such as with a mechanical heart valve.")
    assert excepted_case("Can a patient with a mechanical valve on drugx switch to drugy if gizmo values are "
                         "unstable?", advice)
    # a word changed is another case
    assert not excepted_case("Can a patient with a mechanical lung valve on drugx switch to drugy if gizmo values are "
                             "unstable?", advice.replace("heart valve", "kidney valve"))
