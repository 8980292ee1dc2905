"""The case read against the condition of the rule a verdict rests on (``rule_condition``, session 68; the blind test of
session 67 quoted rules whose condition the case met, or denied, and answered as if it had not compared them:
"insufficient" and "leans no" beside thresholds the case's value met with its co-condition, "No." beside an "only if"
clause the case stated, "leans yes" beside a rule for a state the case said it was not in)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.rule_condition import (examples_said, main_clause, rule_condition, scope_denied,
                                           state_condition_met, threshold_alternatives)
from tests.service.corpora import answered, background_guidelines, built, guideline_file

_WOBBLE_RULE = ("In adults whose wobble index is ≥30 kg/m2, or whose wobble index is ≥27 kg/m2 and who have "
                "comorbidities, gizmostat may be considered alongside changes to daily habits.")
_SURGERY_RULE = ("For adults with a wobble index >40 kg/m2 or adults with a wobble index >35 kg/m2 and "
                 "comorbidities that lessen as wobble falls, zorbectomy may be considered after careful thought.")


def _examples(thing: str, kind: str) -> bool:
    """A corpus that lists "snore fits" and "type 4 glumness" as examples of comorbidities."""
    return examples_said(thing, kind, ["Some have related comorbidities needing care (e.g., snore fits, knee strain "
                                       "or type 4 glumness)."])


def test_one_alternative_met_without_its_co_condition_meets_the_rule() -> None:
    assert threshold_alternatives("adult wobble index 32, no comorbidities - add gizmostat?", _WOBBLE_RULE) == "met"


def test_a_value_met_only_with_a_denied_co_condition_misses_the_rule() -> None:
    assert threshold_alternatives("adult wobble index 28, no comorbidities - add gizmostat?", _WOBBLE_RULE) == "unmet"


def test_a_co_condition_is_met_by_an_example_the_corpus_gives_of_it() -> None:
    asked = "44M wobble index 37, snore fits, diet failed - is zorbectomy reasonable to consider?"
    assert threshold_alternatives(asked, _SURGERY_RULE, _examples) == "met"
    assert threshold_alternatives(asked, _SURGERY_RULE) == "unstated"  # (no corpus to say snore fits are one)


def test_a_value_between_the_alternatives_leaves_an_unsaid_co_condition_unstated() -> None:
    asked = "44M wobble index 37, diet failed - is zorbectomy reasonable to consider?"
    assert threshold_alternatives(asked, _SURGERY_RULE, _examples) == "unstated"


def test_a_value_under_every_alternative_misses_the_rule() -> None:
    asked = "44M wobble index 31, snore fits - is zorbectomy reasonable to consider?"
    assert threshold_alternatives(asked, _SURGERY_RULE, _examples) == "unmet"


_ONLY_IF = ("Gizmomycin powder is recommended as an option in adults with lasting chest wobble only if: nebulised "
            "gizmomycin is right, that is, when plumbistinate salt is barred, or is not tolerated by the person, or "
            "has failed to work.")


def test_a_state_the_case_states_meets_an_only_if_clause() -> None:
    asked = "adult with lasting chest wobble, can't tolerate plumbistin nebs - is gizmomycin powder ok?"
    assert state_condition_met(asked, _ONLY_IF)
    assert rule_condition(asked, _ONLY_IF) == "met"
    assert not state_condition_met("adult with lasting chest wobble - is gizmomycin powder ok?", _ONLY_IF)


def test_the_way_of_an_only_if_rule_is_read_before_its_condition() -> None:
    assert main_clause(_ONLY_IF).endswith("chest wobble ")


_FRANTIC = ("Wobblizole is a recommended option to treat severe frantic episodes in teenagers with zig "
            "disorder type I.")


def test_a_state_the_case_denies_misses_the_rule_for_it() -> None:
    asked = "16yo zig disorder type I, now in a gloomy episode, not frantic - is wobblizole recommended?"
    assert scope_denied(asked, _FRANTIC, frozenset({"wobblizol"}))
    assert rule_condition("16yo zig disorder type I, frantic - is wobblizole recommended?", _FRANTIC) is None


BODY = f"""{_WOBBLE_RULE}

{_ONLY_IF}

{_FRANTIC}

Snore fits in grown-ups are best confirmed by a night study before any treatment.
"""


@pytest.fixture(scope="module")
def rules_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "rule-condition", {
        "rules.md": guideline_file("Gizmo wobble and zig disorder: care of grown-ups and teenagers", BODY),
        **background_guidelines("Migraine prevention", "Asthma in children", "Iron deficiency anaemia in adults")})


def test_a_met_threshold_alternative_gives_the_rule_its_yes(rules_index: Path) -> None:
    answer = answered(rules_index, "adult wobble index 32, no comorbidities, habits stalled - can I add gizmostat?")
    assert answer.verdict == "yes"


def test_an_only_if_state_the_case_states_gives_the_rule_its_yes(rules_index: Path) -> None:
    answer = answered(rules_index, "adult with lasting chest wobble, can't tolerate plumbistin nebs - is the "
                                   "gizmomycin powder ok?")
    assert answer.verdict == "yes"


def test_a_rule_for_a_state_the_case_denies_gives_no_yes(rules_index: Path) -> None:
    answer = answered(rules_index, "16yo zig disorder type I, currently in a gloomy episode, not frantic - is "
                                   "wobblizole recommended?")
    assert answer.verdict != "yes"


def test_a_lone_threshold_needs_no_co_condition_its_bracket_defines() -> None:
    rule = ("In adults with a gizmo bruise, the panel suggests zorbolol provided that a slow pulse (defined as heart "
            "rate <50 with symptoms) is avoided.")
    # (Met, and left to ``cutoffs``: no co-condition "symptoms" unstated.)
    assert threshold_alternatives("gizmo bruise, HR 95 - reasonable to start zorbolol?", rule) is None


def test_the_or_of_a_threshold_is_no_alternative() -> None:
    rule = ("Offer a fast review for zorbectomy to people with a wobble index of 35 or over who have new glumness, "
            "as long as they also see a weight team (or a like service).")
    # (One threshold, met, and left to ``cutoffs``; split at its "or", the case missed "of 35".)
    assert threshold_alternatives("wobble index 37, glumness found 2 yrs ago - refer for zorbectomy?", rule) is None


def test_a_state_the_rule_itself_denies_is_no_scope_the_case_misses() -> None:
    rule = ("For women without a past of hormone-fed tumours who want relief from dryness that goes on despite gels, "
            "the panel advises low-dose gizmoestrol.")
    asked = "postmenopausal, dryness despite gels, no tumours in the past - start gizmoestrol?"
    assert not scope_denied(asked, rule, frozenset({"gizmoestrol"}))


def test_a_negator_reaches_each_item_of_its_list() -> None:
    row = ("Variant 2: adult with a small gizmo lump; no swelling, wobbly symptoms, or past fits - Zorbasone daily: "
           "Rating 2 (Usually not appropriate).")
    assert not scope_denied("52M small gizmo lump, no wobbly sx, never had fits - start zorbasone?", row,
                            frozenset({"zorbason"}))


def test_a_requirement_the_case_lacks_is_no_scope_it_misses() -> None:
    rule = ("Gizmotrate is a first-line choice, but it must be avoided in pregnancy and women who could conceive "
            "need reliable contraception because of harm to the unborn.")
    assert not scope_denied("Gizmotrate for wobble in a 28F not on contraception ok?", rule,
                            frozenset({"gizmotr"}))


def test_a_rule_with_an_exception_gives_no_way_for_its_condition_met() -> None:
    asked = "adult with lasting chest wobble, can't tolerate plumbistin nebs - is gizmomycin powder ok?"
    assert rule_condition(asked, _ONLY_IF.replace("to work.", "to work, unless the patient is pregnant.")) is None


@pytest.mark.parametrize("rule", [
    "The panel suggests that zorbidol be given to prevent frenzy in adult blip-unit patients.",
    "Zorbidol is suggested for the prevention of frenzy in adult blip-unit patients.",
])
def test_a_state_the_rule_keeps_away_is_no_scope_a_case_denies(rule: str) -> None:
    # (Prevention is for people without the state: "no frenzy yet" is the case the rule is for, not another.)
    assert not scope_denied("blip-unit pt, no frenzy yet - start zorbidol to prevent frenzy?", rule,
                            frozenset({"zorbidol"}))
