"""Follow-ups that name a time point or an occasion of their own (session 51 testers: "Does the benefit last to five
years?" read "Yes." from the one-year result; "And if eGFR is 25?" restated first-line use as "uncertain")."""
from __future__ import annotations

from pathlib import Path

from index.search import Index
from service.answer.follow_up import Previous, as_whole_question
from service.answer.pipeline import answer_question
from service.answer.scoring import statements
from service.answer.time_point import at_asked_time

TRIAL = ("A randomized trial compared drugx with placebo in 48 patients with gizmosis. At one year, the drugx group "
         "had better function than the placebo group. Longer follow-up of the same trial at about five years found "
         "no significant difference between the groups.")


CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]:
        out.append((start, end))
        start = end + 1
    return tuple(out)


def test_a_later_result_of_the_same_trial_is_quoted_with_the_design_and_result() -> None:
    # The default corpus's lavage trial: its design, its one-year result, then "Longer follow-up of the same trial at
    # about five years found no significant difference ...", which was quoted nowhere before.
    text = next(p for p in (CORPUS / "calcific-tendinopathy-barbotage.md").read_text().split("\n\n")
                if "same trial" in p)
    quoted = [t for t, _ in statements(text, _spans(text))]
    assert any(t.startswith("A randomized") and "five years" in t for t in quoted)  # the trial it points back to
    assert not any(t.startswith("Longer follow-up") for t in quoted)  # never alone


def test_a_statement_is_read_at_its_first_time_point_when_none_is_asked() -> None:
    assert "five years" not in at_asked_time("Does drugx help gizmosis?", TRIAL)
    assert "one year" not in at_asked_time("Does the benefit of drugx last to five years?", TRIAL)


def test_and_if_names_an_occasion_of_the_previous_question() -> None:
    previous = Previous("Is drugx first-line for gizmosis?", "drugx", "gizmosis")
    assert as_whole_question("And if eGFR is 25?", previous) == "Is drugx first-line for gizmosis if eGFR is 25?"
    assert as_whole_question("And if it is not tolerated?", previous) == "What if drugx is not tolerated?"


def test_an_occasion_followed_by_a_question_of_its_own_is_not_the_previous_question() -> None:
    # "how often" asks a frequency, no yes or no: folded into "Should she stop gizmofood ... if ...?" it took that
    # question's verdict.
    previous = Previous("Should she stop gizmofood on drugx?", "gizmofood", None)
    whole = as_whole_question("and if she starts gizmozumab how often check the gizmo level", previous)
    assert "gizmofood" not in whole and "how often" in whole


def test_follow_ups_on_the_default_corpus(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Is ultrasound-guided needle lavage effective for calcific shoulder "
                                          "tendinopathy?")
    later = answer_question(loaded_index, "Does the benefit last to five years?", follows=first)
    assert later.verdict == "no" and "five years" in later.bottom_line.text
    first = answer_question(loaded_index, "Is metformin first-line for type 2 diabetes?")
    assert answer_question(loaded_index, "And if eGFR is 25?", follows=first).verdict == "insufficient"
