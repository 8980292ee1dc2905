""""What INR range ...?", "What ferritin threshold ...?" ask a quantity by its noun: a statement that states a number
answers before one that only repeats the noun, and the noun is no kind of thing a statement must name."""
from __future__ import annotations

from index.search import Index
from service.answer.lead import asked_instance, misses_shape
from service.answer.pipeline import answer_question
from service.answer.question import read_question


def test_a_quantity_is_answered_by_a_number_not_by_a_digit_in_a_name() -> None:
    q = read_question("What zorbin range is targeted for most patients on gizmodol?")
    assert not misses_shape("The zorbin target for most indications of gizmodol is 2.0 to 3.0.", q)
    # "K2" is a name, not a number: the statement names the range and states none.
    assert misses_shape("Vitamin K2 can reduce the effect of gizmodol if the zorbin falls below the target range.", q)


def test_a_quantity_is_no_kind_to_name() -> None:
    assert asked_instance("What zorbin range is targeted for most patients on gizmodol?") == (frozenset(), frozenset())
    assert asked_instance("Which questionnaire is used to screen adults for depression?")[0]


def test_the_target_range_leads(loaded_index: Index) -> None:
    # The default corpus: the warfarin guideline's sentence on vitamin K2 opened the bottom line, then the target.
    answer = answer_question(loaded_index, "What INR range is targeted for most patients on warfarin?")
    first = next(s.text for s in answer.bottom_line.statements if s.origin == "source")
    assert first.startswith("The INR target for most indications of warfarin is 2.0 to 3.0")
    assert not answer.bottom_line.text.startswith("Closest evidence")
