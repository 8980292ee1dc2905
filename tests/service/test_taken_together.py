"""Two things asked as taken together: the reading keeps what they are taken for, and the answer opens on the
statement that speaks of the two together, not on one naming each apart (service.answer.question, lead.on_aspect)."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.question import read_question


@pytest.mark.parametrize("text", [
    "Can I take zorbinol and gizmotab together for gizmo pressure?",
    "Is it safe to take zorbinol and gizmotab together for gizmo pressure?",
])
def test_what_two_taken_together_are_for_is_no_part_of_the_topic(text: str) -> None:
    # Session 49: "together for hypertension" read no topic (first person) or "zorbinol and gizmotab" as one thing.
    # Read as the two for Z, a combination, a statement had to name the two joined: "Vitamin D and calcium are
    # recommended alongside bone-protecting drugs in people with osteoporosis ..." no longer answered (review).
    q = read_question(text)
    assert (q.intervention, q.condition, q.together) == ("zorbinol", "gizmotab", True)


@pytest.mark.parametrize("question", [
    "Should we give an ACE inhibitor and an ARB together?",
    "Is it safe to take an ACE inhibitor and an ARB together for hypertension?",
    "Can I take an ACE inhibitor and an ARB together for hypertension?",
])
def test_advice_against_combining_answers_a_question_on_the_two_together(loaded_index: Index,
                                                                         question: str) -> None:
    # Session 49: "Yes." above "Four drug classes are recommended as first-line treatment ...", which names the two
    # apart, while the guideline says "ACE inhibitors and angiotensin receptor blockers should not be combined with
    # each other".
    answer = answer_question(loaded_index, question)
    assert answer.verdict == "no"
    assert "should not be combined with each other" in answer.bottom_line.text


def test_two_recommended_together_for_a_condition_keep_their_yes(loaded_index: Index) -> None:
    for question in ("Is it safe to take vitamin D and calcium together for osteoporosis?",
                     "Can I take vitamin D and calcium together for osteoporosis?"):
        answer = answer_question(loaded_index, question)
        assert answer.verdict == "yes", answer.bottom_line.text
        assert "recommended alongside bone-protecting drugs" in answer.bottom_line.text


def test_two_named_apart_give_no_yes_to_taking_both(loaded_index: Index) -> None:
    # Review 49: "Yes." above "Clinicians should offer pain relief with paracetamol or ibuprofen to every child ...":
    # "or" offers either, and says nothing of giving both at once.
    answer = answer_question(loaded_index,
                             "Is it safe to take ibuprofen and paracetamol together for ear pain in children?")
    assert answer.verdict != "yes", answer.bottom_line.text
    # ... while a purpose said with "to" keeps the reading it had ("Yes." on the combination sentence).
    answer = answer_question(loaded_index, "Can I take a nicotine patch and nicotine gum together to stop smoking?")
    assert answer.verdict == "yes", answer.bottom_line.text


def test_never_one_without_the_other_is_a_yes_to_both(loaded_index: Index) -> None:
    # Review 49: "No." above "Long-acting beta-agonists should not be used without an inhaled corticosteroid in asthma".
    answer = answer_question(loaded_index, "Should we give a long-acting beta-agonist and an inhaled corticosteroid "
                                           "together for asthma?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert answer_question(loaded_index, "Can a long-acting beta-agonist be used alone for asthma?").verdict == "no"
