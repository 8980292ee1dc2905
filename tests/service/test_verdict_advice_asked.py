"""Whether a thing is recommended (service.answer.verdict.on_advice_asked; review 45): a trial's finding that it
works recommends nothing, so only a guideline's statement or advice gives that question a "yes"."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_advice


def test_questions_that_ask_for_advice() -> None:
    assert asks_advice("Is menaquinone-7 recommended to reduce arterial stiffness?")
    assert asks_advice("Are statins advised after a stroke?")
    assert not asks_advice("Does menaquinone-7 reduce arterial stiffness?")
    assert not asks_advice("Which antibiotic is recommended for otitis media?")


def test_a_trial_alone_gives_no_yes_to_whether_it_is_recommended(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is menaquinone-7 recommended to reduce arterial stiffness?")
    assert a.verdict == "uncertain", a.bottom_line.text
    # Asked whether it works, the same trial answers.
    assert answer_question(loaded_index, "Does menaquinone-7 reduce arterial stiffness?").verdict == "yes"


def test_a_guideline_still_answers_whether_it_is_recommended(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is exercise recommended for knee osteoarthritis?")
    assert a.verdict == "yes" and "therapeutic exercise" in a.bottom_line.text
