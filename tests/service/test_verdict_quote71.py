"""A verdict may not point against the guideline sentence it quotes (session 71: "Yes." above "X is not
recommendeda.", "No." above "the panel recommends that X be used over Y", "leans yes" above "X is only recommended
for use in research", "No." for a case whose value 7.9 meets "≤8", "Yes." for 3 weeks against "at least eight weeks",
"Yes." to a rule for values below 60% asked of values both above 60%). Each reading is checked on invented words."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.bounds import case_bounds
from service.answer.case_values import misses_condition
from service.answer.compared import stated_comparison
from service.answer.first_advice import _SHOULD_USE
from service.answer.guideline import research_only
from service.answer.mismatch import slot
from service.answer.polarity import passed_over_terms, stance, without_glued_notes
from service.answer.routing import advises_research_only
from service.answer.verdict import says_beats
from service.answer.verdict_closest_advice import advised_way
from tests.service.corpora import answered, background_guidelines, built, guideline_file


def test_a_footnote_letter_glued_to_advice_keeps_its_negation() -> None:
    text = "Carriers of the zorb/zorb genotype; Therapy notes: Quaxitor is not recommendedb."
    assert without_glued_notes("Quaxitor is not recommendedb.") == "Quaxitor is not recommended."
    assert stance(text, frozenset({"quaxitor"})) == "against"
    assert advised_way(text, frozenset({"quaxitor"})) == "against"
    # (a word that merely ends so is left alone)
    assert without_glued_notes("The Andromeda trial") == "The Andromeda trial"


def test_the_questions_own_passed_over_thing_is_not_its_topic() -> None:
    question = "For people with plonk fever, is a linked gizmo care model recommended over non-linked care?"
    assert passed_over_terms(question) == frozenset({"non"})
    assert passed_over_terms("Should adults over 65 get a gizmo jab?") == frozenset()
    advice = ("For people with plonk fever, the panel recommends that the linked gizmo care model be used over "
              "non-linked care models (strong recommendation).")
    topic = frozenset({"plonk", "fever", "link", "gizmo", "care", "model"})
    assert stance(advice, topic) is None  # not "against": what it passes over is the question's own other side
    assert stated_comparison(advice) is not None and says_beats(question, [advice])


def test_advice_that_a_thing_be_used_over_a_span_is_no_preference() -> None:
    assert stated_comparison("The panel recommends that gizmolol be used over 6 weeks.") is None
    assert stated_comparison("The panel recommends that gizmolol be used over time.") is None


def test_the_thing_worn_by_people_with_a_condition_is_read() -> None:
    found = _SHOULD_USE.search("Should patients with wobble fever wear a gizmo hood while walking around the ward?")
    assert found is not None and found.group("x") == "gizmo hood"


def test_advice_kept_for_research_is_against_use_in_care() -> None:
    text = "The Zorp kit is only recommended for use in zorb research for guiding gizmolol dose changes."
    assert research_only(text)
    assert advised_way(text, frozenset({"zorp", "assay"})) == "against"
    gathering = "The Zorp kit looks promising, and the development of sound zorb evidence is recommended to show its worth."
    assert advises_research_only(gathering)
    assert advised_way(gathering, frozenset({"zorp", "assay"})) is None


def test_a_bound_in_the_rule_is_no_other_value_of_the_case() -> None:
    question = "Stable wobblosis, frib 7.9 units, ankle swelling - does he qualify for gizmo air?"
    rule = "Gizmo air should be ordered for people with stable wobblosis with a resting frib ≤8 units and swelling."
    assert slot(question, rule) != -1
    # (a value written after the same word, with no sign, still is one)
    assert slot("Is plonkitis caused by a loss on chromosome 12?", "Plonkitis is caused by a loss on chromosome 14.") \
        == -1


def test_each_listed_condition_is_one_the_rule_needs() -> None:
    question = "45F daytime wobbling for 3 weeks, gizmo scan done - is a zorp test appropriate now?"
    rule = ("A zorp test is appropriate for suspected wobblosis if all the following criteria are present: "
            "Daytime wobbling has lasted at least eight weeks.")
    assert misses_condition(question, rule)
    met = "45F daytime wobbling for 10 weeks, gizmo scan done - is a zorp test appropriate now?"
    assert not misses_condition(met, rule)


def test_a_bound_set_on_each_listed_measure_is_read_against_the_rule() -> None:
    question = "Plonk patient for surgery, PPO frib and PPO zorb both above 60% - any further testing needed?"
    assert case_bounds(question) == frozenset({("frib", "gt", 60.0), ("zorb", "gt", 60.0)})
    rule = ("In plonk patients being weighed for surgery, if either the PPO frib or PPO zorb are <60% predicted, a walk "
            "test is recommended.")
    assert misses_condition(question, rule)
    low = "Plonk patient for surgery, PPO zorb below 50% - any further testing needed?"
    assert not misses_condition(low, rule)


BODY = """Initial zorp testing is appropriate for suspected wobblosis if all the following criteria are present:
Daytime wobbling has lasted at least eight weeks.

Zorp testing should be read by a trained gizmologist.
"""


@pytest.fixture(scope="module")
def zorp_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "zorp-test", {"zorp.md": guideline_file("Zorp testing for wobblosis", BODY),
                                                 **background_guidelines("Migraine prevention", "Asthma in children")})


def test_a_case_short_of_a_needed_condition_gets_no_yes(zorp_index: Path) -> None:
    answer = answered(zorp_index, "45F daytime wobbling for 3 weeks, suspected wobblosis - is zorp testing "
                                  "appropriate now?")
    assert answer.verdict != "yes"


def test_a_case_meeting_the_conditions_is_not_turned(zorp_index: Path) -> None:
    answer = answered(zorp_index, "45F daytime wobbling for 10 weeks, suspected wobblosis - is zorp testing "
                                  "appropriate now?")
    assert answer.verdict != "no"
