"""Advice against the asked treatment for the very people a question asks of (a contraindication) answers for them,
whatever the usual advice on it says (review 46: "Is propranolol recommended for migraine prevention in people with
asthma?" was "Yes." from the first-line advice, above the guideline's "should be avoided in people with asthma")."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question


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
