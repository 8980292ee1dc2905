"""Verdicts against their own quotes (session 71's blind set, its WRONG answers): advice worded as a noun of avoiding
("supports the avoidance of X") is advice against X; a sibling's branch for the case is not voided by a gap word in the
reason it gives ("... due to a lack of effect"); a rule whose conditional clause names grades of a measure ("if their
risk rose to moderate or high") gives no yes to a case that states the measure at another grade ("low risk"), nor to
a follow-up of that case that states no grade of its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.pipeline import answer_question
from service.answer.polarity import stance
from service.answer.rule_condition import grade_condition_unmet, rule_condition, stated_grades
from tests.service.corpora import answered, background_guidelines, built, guideline_file


@pytest.mark.parametrize("text", [
    "In poor blinkers, present findings support the avoidance of zorbacin and the use of another salve.",
    "The panel recommends avoidance of zorbacin in people with quiver rash.",
    "Avoidance of zorbacin is recommended during a flare of quiver rash.",
])
def test_a_nominalised_avoidance_is_advice_against(text: str) -> None:
    assert stance(text, frozenset({"zorbacin"})) == "against"


def test_an_avoidance_reported_as_a_finding_advises_nothing() -> None:
    assert stance("Avoidance of zorbacin was associated with fewer flares.", frozenset({"zorbacin"})) is None


_REPEAT_RULE = ("It was recommended that children with a first negative plinko test before starting gizmab have "
                "plinko screening done again if at any time their plinko risk rose to moderate or high.")


def test_a_case_at_another_grade_of_the_measure_misses_the_rule() -> None:
    asked = "9yo on gizmab, plinko test neg, low plinko risk - repeat plinko screen every year?"
    assert grade_condition_unmet(asked, _REPEAT_RULE)
    assert rule_condition(asked, _REPEAT_RULE) == "unmet"


def test_a_case_at_one_of_the_rules_grades_or_at_none_is_not_set_apart() -> None:
    assert not grade_condition_unmet("9yo on gizmab, high plinko risk - repeat plinko screen?", _REPEAT_RULE)
    assert not grade_condition_unmet("9yo on gizmab, plinko test neg - repeat plinko screen?", _REPEAT_RULE)
    # (a grade of another measure than the rule's: "mild wobble" says nothing of the plinko risk)
    assert not grade_condition_unmet("9yo on gizmab, mild wobble - repeat plinko screen?", _REPEAT_RULE)


def test_a_grade_the_case_denies_is_not_its_grade() -> None:
    assert grade_condition_unmet("low plinko risk, not high risk - repeat plinko screen?", _REPEAT_RULE)
    assert not grade_condition_unmet("not low plinko risk - repeat plinko screen?", _REPEAT_RULE)


def test_the_grades_a_text_names() -> None:
    assert stated_grades("poor blinker, poor response, mild rash") == frozenset({"poor", "mild"})


PLINKO = guideline_file("Plinko screening in children on gizmab", f"""{_REPEAT_RULE}

Gizmab should be started only after a plinko test.
""")


@pytest.fixture(scope="module")
def plinko_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "wrong71-plinko", {"plinko.md": PLINKO, **background_guidelines(
        "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults", "Asthma in children")})


def test_a_rule_for_other_grades_gives_the_case_no_yes(plinko_index: Path) -> None:
    a = answered(plinko_index, "9yo on gizmab, plinko test neg before starting, low plinko risk - repeat plinko "
                               "screen every year?")
    assert a.verdict != "yes"
    # (a case at one of its grades keeps the rule's yes)
    assert answered(plinko_index, "9yo on gizmab, plinko test neg before starting, high plinko risk - repeat plinko "
                                  "screen every year?").verdict == "yes"


_BLINK = guideline_file("Blinkase genotype and zorbacin salve", "\n\n".join((
    "If testing identifies a patient as a poor blinker, present findings support the avoidance of zorbacin, with "
    "another salve used instead, owing to a likely lack of effect.",
    "In a person found to be a rapid blinker, another salve should be chosen to avoid harm from a usual dose of "
    "zorbacin.",
    "If the blinkase substrate quillodol is selected as another salve in intermediate blinkers, the salve should be "
    "watched closely given the chance of poor response.")))



@pytest.fixture(scope="module")
def blink_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "wrong71-blink", {"blink.md": _BLINK, **background_guidelines(
        "Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults", "Eczema in children")})


def test_a_case_branch_advising_avoidance_withholds_the_yes(blink_index: Path) -> None:
    index = open_index(blink_index)
    try:
        first = answer_question(index, "blinkase poor blinker needs a salve - can I use zorbacin?")
        assert first.verdict != "yes"
        follow = answer_question(index, "is quillodol a reasonable alternative?", follows=first)
        assert follow.verdict != "yes"
    finally:
        index.close()
