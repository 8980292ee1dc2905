"""A safety question ("Is X safe in Y?") answered by a statement of X's safety: a direct "yes" when the statement
says X is safe, including for Y, and a direct "no" when it says X is unsafe or to be avoided in Y (issue 8: the list
question "Is nicotine replacement therapy safe in heart disease?" got "uncertain", indirect, above
"Nicotine replacement therapy is safe for most people, including those with stable cardiovascular disease.")."""
from __future__ import annotations

import pytest

from service.answer.evidence import answers_directly, reports_finding
from service.answer.verdict import VerdictModel, decide, on_safety, says_unsafe
from tests.service.test_verdict import _candidate

SAFE = "Drug X is safe for most people, including those with stable gizmo disease."
# A model that leans "no" on the words "most" and "including" (the hedge the shipped model read in them).
LEANING_NO = VerdictModel(weights={"s:most": -2.0, "s:including": -2.0, "s:neg_safe": -4.0, "s:avoided": -4.0},
                          intercept=0.0, relevant_floor=0.0)


@pytest.mark.parametrize("text", [SAFE, "Drug X is generally considered safe in gizmo disease.",
                                  "Drug X has been well tolerated in gizmo disease.",
                                  "Drug X is not safe in gizmo disease.",
                                  "Drug X is contraindicated in gizmo disease."])
def test_a_statement_of_safety_is_a_finding_so_it_answers_directly(text: str) -> None:
    assert reports_finding(text)
    assert answers_directly(_candidate(text, 0.9))  # names both concepts: direct, not indirect evidence


def test_a_safety_unknown_is_still_a_gap() -> None:
    assert not reports_finding("The safety of drug X in gizmo disease remains unknown.")


def test_safety_said_of_a_subject_pointing_back_is_no_finding() -> None:
    # "this dose" is named in another sentence: quoted alone, the statement does not say what is safe
    assert not reports_finding("Trial Z also indicates that this dose is safe in this population.")
    assert reports_finding("Trial Z also indicates that drug X is safe in this population.")


def test_safe_including_the_asked_people_is_a_yes_and_unsafe_a_no() -> None:
    question = "Is drug X safe in gizmo disease?"
    said = decide(question, [_candidate(SAFE, 0.9)], [], LEANING_NO)[0]
    assert said == "yes" and on_safety(said, [SAFE]) == "yes"
    unsafe = "Drug X is not safe in gizmo disease."
    said = decide(question, [_candidate(unsafe, 0.9)], [], LEANING_NO)[0]
    assert said == "no" and on_safety(said, [unsafe]) == "no"
    avoid = "Drug X should be avoided in gizmo disease."
    said = decide(question, [_candidate(avoid, 0.9)], [], LEANING_NO)[0]
    assert said == "no" and on_safety(said, [avoid]) == "no"


def test_no_safety_concerns_denies_a_concern_not_safety() -> None:
    # The default corpus's "Menaquinone-7 was well tolerated and no safety concerns were reported." answered "Is
    # menaquinone-7 safe?" with "No.": the negation's scope took in the noun "safety" and read it as safety denied.
    stated = "Drug X was well tolerated and no safety concerns were reported."
    assert not says_unsafe(stated)
    assert on_safety("no", [stated], lead=stated) == "yes"
    for denied in ("Drug X was not well tolerated.", "Drug X is not safe in gizmo disease."):
        assert says_unsafe(denied)
        assert on_safety("no", [denied], lead=denied) == "no"


def test_a_no_above_a_statement_that_denies_something_else_is_not_a_yes() -> None:
    # Not safe or tolerated said of anything: no "yes" to read, and a denial of something else leaves it uncertain.
    other = "Drug X does not treat gizmo disease and should not be relied on to make drug Y safe."
    assert on_safety("no", [other], lead=other) == "uncertain"
