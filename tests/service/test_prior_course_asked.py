"""A question that asks after a course already taken ("What if asthma is not controlled on a low dose?", session 45):
the dose named by its size is a setting, not the dose asked, and the advice for people not controlled on the treatment
is the answer, not a later line ranked after the first-line advice."""
from __future__ import annotations

from index.search import Index
from service.answer.guideline import names_prior_course
from service.answer.pipeline import answer_question
from service.answer.regimen import regimen_asked


def test_a_dose_named_by_its_size_is_not_asked() -> None:
    assert regimen_asked("What if asthma is not controlled on a low dose?") is None
    assert regimen_asked("Should high-dose vitamin D be avoided?") is None
    assert regimen_asked("What dose of amoxicillin is used for otitis media?") == "dose"
    assert regimen_asked("What is the recommended low dose of aspirin?") == "dose"
    assert regimen_asked("How long should oral iron be continued?") == "course"


def test_a_prior_course_asked() -> None:
    assert names_prior_course("What if asthma is not controlled on a low dose?")
    assert names_prior_course("What should be given after metformin fails?")
    assert not names_prior_course("Are inhaled corticosteroids recommended for asthma?")
    # review 45: a bare "after" or people on a treatment name whom the question is about, not a failed course
    assert not names_prior_course("Does exercise help knee pain after surgery?")
    assert not names_prior_course("Should people on warfarin avoid vitamin K2?")


def test_the_step_up_answers_what_if_not_controlled(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Are inhaled corticosteroids recommended for asthma?")
    then = answer_question(loaded_index, "What if asthma is not controlled on a low dose?", follows=first)
    assert then.bottom_line.text.startswith("For patients whose asthma is not controlled on low-dose inhaled")
    # the first-line question keeps the first-line advice first
    assert first.bottom_line.text.startswith("Yes. Every adult and adolescent with asthma should receive")
