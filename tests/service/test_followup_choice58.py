"""A follow-up after a "which thing" question that read no condition (session 58's default list): the thing the
answer gave is not asked of alone, which searched its other uses; the question's own words carry the topic."""

from index.search import Index
from service.answer.pipeline import answer_question


def test_a_course_asked_after_a_choice_without_a_condition_stays_on_the_question(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Community acquired pneumonia low severity adult - first line antibiotic?")
    follow = answer_question(loaded_index, "How many days?", follows=first)
    quoted = " ".join(s.text for s in follow.bottom_line.statements if s.origin == "source")
    assert "five days" in quoted
    assert "otitis" not in quoted
