"""Comparison questions settled by a quoted statement, session 47: the default corpus answered "does not settle" or
"Indirect evidence:" beside a statement that says the asked intervention beats what the question compares with.

A guideline's advice to use X ranks X above nothing named, but a finding beside it may ("... more than sham
treatment" under a placebo-controlled trial); and a combination weighed against one of its own parts by itself ("a
patch alone") is answered by a comparison with one thing of its kind by itself ("a single nicotine product")."""
from __future__ import annotations

from index.search import Index
from service.answer.compared import alone_arm, one_part_alone
from service.answer.pipeline import answer_question
from service.answer.verdict import measured_against, says_beats

_SHAM = ("In that trial, both high-energy and low-energy shockwave therapy improved shoulder function at six months "
         "more than sham treatment.")
_COMBINATION = ("Combination nicotine replacement therapy, using a long-acting patch together with a short-acting "
                "product such as gum, lozenge or inhalator, is more effective than a single nicotine product.")


def test_shockwave_against_placebo_is_answered_by_the_sham_controlled_finding(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is extracorporeal shockwave therapy better than placebo for calcific "
                                           "tendinitis of the shoulder?")
    # base: "The direct evidence does not settle this either way. Extracorporeal shockwave therapy is recommended
    # for patients ..." (verdict uncertain), the sham-controlled finding quoted below the advice
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. A randomized, double-blind, placebo-controlled trial")
    assert _SHAM in answer.bottom_line.text


def test_advice_alone_still_ranks_nothing_against_another_treatment(loaded_index: Index) -> None:
    # No finding says exercise beats NSAIDs ("effects comparable to those of NSAIDs"): no yes.
    answer = answer_question(loaded_index, "Is exercise therapy better than NSAIDs for knee osteoarthritis?")
    assert answer.verdict != "yes"


def test_combination_against_a_patch_alone_is_answered_by_the_guideline(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is combining nicotine patches with a short-acting nicotine product "
                                           "better than a patch alone?")
    # base: "Indirect evidence: Combination nicotine replacement therapy ..." (verdict insufficient)
    assert answer.verdict == "yes" and answer.evidence.direct
    assert answer.bottom_line.text.startswith(f"Yes. {_COMBINATION}")


def test_one_part_alone_is_read_from_the_grammar_of_giving() -> None:
    combination = frozenset({"nicotin", "patch", "short", "act", "product", "combin"})
    assert one_part_alone("a patch alone", combination)
    assert not one_part_alone("a patch", combination)  # not said to be by itself
    assert not one_part_alone("a steroid injection alone", frozenset({"needl", "lavag"}))  # not a part of X
    assert alone_arm(_COMBINATION, combination)
    assert not alone_arm("The patch alone is more effective than a single nicotine product.", combination)
    question = "Is combining nicotine patches with a short-acting nicotine product better than a patch alone?"
    assert says_beats(question, [_COMBINATION])
    assert not says_beats(question, ["A single nicotine product is more effective than no treatment."])


def test_a_result_measured_against_the_compared_arm_answers(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is varenicline better than placebo for smoking cessation?")
    # base: "The direct evidence does not settle this either way. Randomized trials and systematic reviews show that
    # varenicline roughly doubles to triples the chance of long-term abstinence compared with placebo. ..."
    assert answer.verdict == "yes"
    assert answer.bottom_line.text.startswith("Yes. Randomized trials and systematic reviews show that varenicline "
                                              "roughly doubles to triples")
    answer = answer_question(loaded_index, "Is metformin better than conventional treatment for overweight patients "
                                           "with type 2 diabetes?")
    assert answer.bottom_line.text.startswith("Yes. Compared with conventional treatment, metformin reduced the risk")


def test_a_harm_or_a_null_result_against_the_arm_weighs_nothing() -> None:
    assert measured_against("Is metformin better than conventional treatment?",
                            ["Compared with conventional treatment, metformin reduced the risk of any diabetes-related "
                             "end point by about 32 percent."])
    assert not measured_against("Is metformin worse than conventional treatment?",  # no "better" asked
                                ["Compared with conventional treatment, metformin reduced the risk of any "
                                 "diabetes-related end point by about 32 percent."])
    assert not measured_against("Are calcium supplements better than placebo?",
                                ["Calcium supplements without vitamin D were associated with an increase of roughly 30 "
                                 "percent in the risk of myocardial infarction compared with placebo."])
    assert not measured_against("Is varenicline better than a nicotine patch?",
                                ["A large randomized trial found no significant increase in serious neuropsychiatric "
                                 "adverse events with varenicline or bupropion compared with nicotine patch or "
                                 "placebo."])


def test_no_no_above_a_first_result_measured_against_the_compared_arm() -> None:
    from service.answer.verdict import on_ranking
    asked = "Is drugx better than placebo for lowering gizmo levels?"
    first = "In randomized trials, drugx lowered gizmo levels by about 50 percent compared with placebo."
    beside = "Trials in which drugx lowered gizmo levels found no significant difference in blorp progression."
    assert on_ranking(asked, "no", [first, beside]) == "uncertain"
    # a first statement that is the null result keeps the "no"
    assert on_ranking(asked, "no", [beside, first]) == "no"
