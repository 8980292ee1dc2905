"""Advice against the asked treatment for the very people a question asks of (a contraindication) answers for them,
whatever the usual advice on it says (review 46: "Is propranolol recommended for migraine prevention in people with
asthma?" was "Yes." from the first-line advice, above the guideline's "should be avoided in people with asthma")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.pipeline import answer_question
from service.answer.scoring import Candidate
from service.answer.subgroup import against_for_them
from tests.service.candidates import scored


def test_a_contraindication_for_the_asked_people_says_no(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is propranolol recommended for migraine prevention in people with asthma?")
    assert a.verdict == "no", a.bottom_line.text
    assert a.bottom_line.text.startswith("No. Propranolol should be avoided in people with asthma")


def test_asked_whether_to_avoid_it_for_them_says_yes(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Should propranolol be avoided in people with asthma?")
    assert a.verdict == "yes", a.bottom_line.text
    assert "avoided in people with asthma" in a.bottom_line.text


def test_the_usual_advice_still_answers_for_people_in_general(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is propranolol recommended for migraine prevention?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Propranolol is recommended as a first-line preventive drug")


def _statement(text: str) -> Candidate:
    return scored(text, 1.0, "guideline-a", DocumentKind.GUIDELINE)


FORMS = (frozenset(tokenize("drugx")),)


def test_only_advice_against_it_for_the_same_people_is_read() -> None:
    asked = "gizmo palsy in people with blorp syndrome"
    found = _statement("Drugx should be avoided in people with blorp syndrome and used with caution in people with X.")
    assert against_for_them([found], asked, FORMS) is found
    avoid = _statement("Avoid drugx in patients who have blorp syndrome.")
    assert against_for_them([avoid], asked, FORMS) is avoid
    others = _statement("Drugx should be avoided in people with zonk disease.")
    stopping = _statement("Drugx should not be stopped in people with blorp syndrome.")
    another = _statement("Drugy should be avoided in people with blorp syndrome, and drugx is preferred.")
    assert against_for_them([others, stopping, another], asked, FORMS) is None
    assert against_for_them([found], "gizmo palsy", FORMS) is None  # no people asked


def test_a_state_said_after_while_or_if_and_advice_against_by_pronoun(loaded_index: Index) -> None:
    # Session 48: "Should topiramate be taken for migraine while pregnant?" answered "Yes." above "Topiramate is an
    # effective first-line alternative, but it must be avoided in pregnancy ...": "while pregnant" was no state, and
    # "it" no name of the drug.
    assert answer_question(loaded_index, "Should topiramate be taken for migraine while pregnant?").verdict == "no"
    assert answer_question(loaded_index, "Should propranolol be taken for migraine if I have asthma?").verdict == "no"
