"""The BioASQ yes/no macro F1 and the choice of verdict source, on cases computed by hand."""
from __future__ import annotations

import pytest

from eval.verdicts import YESNO_MAYBE, choose_source, class_f1, label, macro_f1


def test_macro_f1_is_the_mean_of_the_yes_and_no_f1() -> None:
    pairs = [("yes", "yes"), ("yes", None), ("no", "no"), ("no", "yes")]
    # yes: TP 1, FP 1, FN 1 -> 2/4; no: TP 1, FP 0, FN 1 (the "yes" answer) -> 2/3
    assert class_f1(pairs, "yes") == pytest.approx(0.5)
    assert class_f1(pairs, "no") == pytest.approx(2 / 3)
    assert macro_f1(pairs) == pytest.approx((0.5 + 2 / 3) / 2)


def test_no_verdict_is_wrong_for_both_classes() -> None:
    assert macro_f1([("yes", "yes"), ("no", "no")]) == pytest.approx(1.0)
    assert macro_f1([("yes", None), ("no", None)]) == pytest.approx(0.0)
    # One verdict withheld: yes F1 = 2/(2+0+1), no F1 = 1.
    assert macro_f1([("yes", "yes"), ("yes", None), ("no", "no")]) == pytest.approx((2 / 3 + 1) / 2)


def test_always_yes_scores_the_majority_f1_and_zero_for_no() -> None:
    # yes: TP 2, FP 1 -> 4/5; no: FN 1 -> 0
    assert macro_f1([("yes", "yes"), ("yes", "yes"), ("no", "yes")]) == pytest.approx(0.4)
    assert macro_f1([]) is None


def test_three_class_macro_f1_for_pubmedqa() -> None:
    pairs = [("yes", "yes"), ("no", "maybe"), ("maybe", "maybe")]
    # yes 1; no: FN 1 -> 0; maybe: TP 1, FP 1 -> 2/3
    assert macro_f1(pairs, YESNO_MAYBE) == pytest.approx((1 + 0 + 2 / 3) / 3)


def test_the_verdict_field_wins_once_the_pipeline_fills_it() -> None:
    assert choose_source([None, None]) == "eval.yesno"
    assert choose_source([None, "insufficient"]) == "answer.verdict"
    assert label("uncertain", "yes", "answer.verdict") == "maybe"
    assert label("insufficient", "yes", "answer.verdict") is None
    assert label(None, "yes", "answer.verdict") is None  # the pipeline said nothing: no verdict
    assert label(None, "no", "eval.yesno") == "no"
    assert label("yes", None, "eval.yesno") is None
