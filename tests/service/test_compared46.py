"""Comparison questions settled by a quoted statement, session 46: the default corpus answered "Indirect evidence:"
beside a statement that names both sides and says which is better, because the question's words and the statement's
differ in grammar only (the word two sides share written once, "for quitting" with its object left unsaid, "larger
benefits than")."""
from __future__ import annotations

from index.search import Index
from service.answer.evidence import reports_finding
from service.answer.pipeline import answer_question
from service.answer.verdict import says_beaten, says_beats

_SUPERVISED = "Supervised exercise programmes tend to produce larger benefits than unsupervised home programmes."


def test_supervised_against_home_exercise_is_answered_by_the_guideline(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is supervised exercise better than home exercise for knee osteoarthritis?")
    # base: "Indirect evidence: Supervised exercise programmes tend to ..." (verdict insufficient)
    assert answer.bottom_line.text.startswith(f"Yes. {_SUPERVISED}")
    assert answer.verdict == "yes" and answer.evidence.direct
    reverse = answer_question(loaded_index, "Is home exercise better than supervised exercise for knee osteoarthritis?")
    assert reverse.bottom_line.text.startswith(f"No. {_SUPERVISED}")


def test_e_cigarettes_against_nicotine_replacement_for_quitting(loaded_index: Index) -> None:
    answer = answer_question(loaded_index,
                             "Are e-cigarettes more effective than nicotine replacement therapy for quitting?")
    # base: "Indirect evidence: Nicotine-containing electronic cigarettes ... are more effective than nicotine
    # replacement therapy in some randomized trials." (verdict insufficient)
    assert answer.bottom_line.text.startswith("Yes. Nicotine-containing electronic cigarettes can help some people "
                                              "stop smoking and are more effective than nicotine replacement therapy")
    assert answer.verdict == "yes" and answer.evidence.direct


def test_a_comparison_of_which_is_better_is_a_finding() -> None:
    assert reports_finding(_SUPERVISED)
    assert not reports_finding("Supervised exercise programmes meet twice a week.")
    # a comparison asked, not said (PubMedQA dev quoted this aim as a finding once comparisons counted)
    assert not reports_finding("The aim of this study was to investigate whether the level of ADT-G is better "
                               "correlated than other androgens.")


def test_an_unsupervised_arm_is_no_supervised_one() -> None:
    question = "Is home exercise better than supervised exercise?"
    assert not says_beats(question, [_SUPERVISED])
    assert says_beaten(question, [_SUPERVISED])
    assert says_beats("Is supervised exercise better than home exercise?", [_SUPERVISED])
    assert not says_beaten("Is supervised exercise better than home exercise?", [_SUPERVISED])
