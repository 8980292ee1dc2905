"""Session 58's default list: a follow-up after a "which thing" question that read no condition (the thing the
answer gave is not asked of alone, which searched its other uses; the question's own words carry the topic), and a
terse question's verdict beside an indirect quote."""

from index.search import Index
from service.answer.pipeline import answer_question


def test_a_course_asked_after_a_choice_without_a_condition_stays_on_the_question(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Community acquired pneumonia low severity adult - first line antibiotic?")
    follow = answer_question(loaded_index, "How many days?", follows=first)
    quoted = " ".join(s.text for s in follow.bottom_line.statements if s.origin == "source")
    assert "five days" in quoted
    assert "otitis" not in quoted


def test_a_terse_question_gets_no_insufficient_beside_the_advice_it_quotes(loaded_index: Index) -> None:
    # Read as "Is X recommended for Y?", the terse form got "insufficient" above an indirect quote advising against X
    # ("... not recommended for routine use"): a gap claimed beside a statement that may close it.
    answer = answer_question(loaded_index, "paracetamol for knee oa worth it?")
    assert "not recommended" in answer.bottom_line.text
    assert answer.bottom_line.verdict != "insufficient"
