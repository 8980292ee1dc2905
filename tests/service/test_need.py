"""A need asked of people, answered by what a statement says of that need in words (session 48 tester: "Does a woman
of childbearing age on topiramate for migraine need reliable contraception?" leaned no above "... women of
childbearing potential need effective contraception ...")."""
from __future__ import annotations

from service.answer.need import asked_need, on_need, stated_need

_ASKED = "Does a woman on gizmodol for gizmo headache need reliable contraception?"
_BOTH = ("Gizmodol is an effective option, but it must be avoided in pregnancy and women of childbearing potential "
         "need effective contraception because of the risk of birth defects.")


def test_what_is_needed_is_the_head_of_the_thing_after_need() -> None:
    assert asked_need(_ASKED) == "contraception"
    assert asked_need("Does a man on zorbinol need his potassium checked?") == "potassium"
    assert asked_need("Do children with gizmo otitis need zorbinol straight away?") == "zorbinol"
    assert asked_need("Do patients on zorbinol need to avoid green vegetables?") is None  # a need to do, not of a thing
    assert asked_need("Is zorbinol effective for gizmo pain?") is None


def test_a_need_stated_outside_a_negation_is_a_yes_whatever_the_sentence_advises_against() -> None:
    assert stated_need(_ASKED, _BOTH) == "yes"
    assert on_need(_ASKED, "no", _BOTH) == "yes"


def test_a_need_denied_is_a_no() -> None:
    assert stated_need("Do adults with gizmo pain need radiographs?",
                       "Radiographs are not needed to confirm typical gizmo pain.") == "no"
    assert stated_need("Do adults with gizmo pain need zorbinol?", "Most adults do not need zorbinol.") == "no"


def test_a_statement_silent_on_the_asked_need_leaves_the_verdict() -> None:
    assert on_need(_ASKED, "no", "Gizmodol must be avoided in pregnancy.") == "no"
    assert on_need(_ASKED, "uncertain", _BOTH) == "uncertain"  # only a yes or a no is turned
    assert on_need("Is gizmodol safe in pregnancy?", "no", _BOTH) == "no"  # no need asked


def test_a_thing_done_without_is_not_needed_and_one_forbidden_without_is() -> None:
    # Session 48: "Is imaging needed to diagnose knee osteoarthritis ...?" answered "Yes." above "Knee osteoarthritis
    # can be diagnosed clinically without imaging ...".
    asked = "Is imaging needed to diagnose gizmo arthritis?"
    assert stated_need(asked, "Gizmo arthritis can be diagnosed clinically without imaging in adults.") == "no"
    assert stated_need("Is a steroid needed with zorbinol?", "Zorbinol should not be used without a steroid.") == "yes"
    assert stated_need(asked, "Gizmo arthritis is common in older adults.") is None


def test_a_thing_advised_in_its_verb_is_needed() -> None:
    # Session 48 (review 3): "Does my patient on warfarin need more INR checks if she starts vitamin K2?" leaned no
    # above "... the INR should be checked more often, for example weekly ...".
    asked = "Does my patient on zorbinol need more gizmo checks if she starts drugx?"
    assert stated_need(asked, "If a patient starts drugx, the gizmo level should be checked more often.") == "yes"
    assert stated_need(asked, "The gizmo level should not be checked more often.") == "no"
