"""A finding its study ranks below a main result (a supplementary or subgroup comparison) does not weigh in the
verdict beside a main result (``verdict.decide``): it is quoted, but the main result answers."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide, tentative
from tests.service.candidates import candidate

TOPIC = frozenset(tokenize("drugx gizmo death"))
YES = VerdictModel(weights={}, intercept=5.0, no_below=0.45, yes_above=0.55, relevant_floor=0.6)
MAIN = "Drugx reduced gizmo-related death by about 40 percent compared with usual care."
BELOW = ("In a supplementary randomized comparison, adding drugx early to drugy was associated with increased "
         "gizmo-related death, a finding that was not confirmed.")


def _direct(text: str) -> Candidate:
    return candidate(text, i=True, c=True)


def test_a_supplementary_or_subgroup_comparison_is_tentative() -> None:
    assert tentative(BELOW, TOPIC)
    assert tentative("In a subgroup analysis, drugx was associated with fewer gizmo deaths.", TOPIC)
    assert not tentative(MAIN, TOPIC)


def test_the_verdict_rests_on_the_main_result_not_on_a_finding_ranked_below_it() -> None:
    below, main = replace(_direct(BELOW), score=1.5), _direct(MAIN)  # the supplementary comparison ranks first
    verdict, behind = decide("Does drugx reduce gizmo death?", [below, main], [], YES, TOPIC)
    assert verdict == "yes" and behind == [main]


def test_only_findings_ranked_below_a_main_result_stay_uncertain() -> None:
    assert decide("Does drugx reduce gizmo death?", [_direct(BELOW)], [], YES, TOPIC)[0] == "uncertain"


def test_metformin_and_deaths_answers_yes_on_the_default_corpus(loaded_index: Index) -> None:
    # Session 34's unseen list: "uncertain" (the model read "no" from the supplementary comparison's increase).
    answer = answer_question(loaded_index, "Does metformin reduce deaths in overweight diabetics?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert answer.bottom_line.statements[1].text.startswith("Metformin reduced diabetes-related death")
