"""A null result on another outcome of the intervention (its harms) gives no "no" on the asked one
(``verdict.on_other_outcome``, ``verdict.no_allowed``)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.verdict import no_allowed, on_other_outcome

OUTCOME = frozenset(tokenize("smoking cessation"))
TOPIC = frozenset(tokenize("drugx")) | OUTCOME
EFFECTIVE = "Drugx is one of the most effective single medicines for smoking cessation."
SAFE = "A large trial found no significant increase in serious neuropsychiatric adverse events with drugx."


def test_a_null_result_on_adverse_events_is_no_no_to_whether_it_helps_smoking_cessation() -> None:
    assert not no_allowed([EFFECTIVE, SAFE], TOPIC, OUTCOME)
    assert no_allowed([EFFECTIVE, SAFE], TOPIC)  # without the asked outcome, as before: the null result says no


def test_a_null_result_on_the_asked_outcome_still_says_no() -> None:
    null = "Drugx did not improve smoking cessation rates at one year."
    assert no_allowed([EFFECTIVE, null], TOPIC, OUTCOME)


def test_a_statement_on_the_outcome_in_other_words_is_read_as_before() -> None:
    # it does not name the intervention, so it may name the asked outcome in other words
    assert not on_other_outcome("Quit rates did not differ between the groups.", [EFFECTIVE], TOPIC, OUTCOME)
    # nothing names the asked outcome in the sources' words: nothing to set the statement against
    assert not on_other_outcome(SAFE, [SAFE], TOPIC, OUTCOME)
    assert on_other_outcome(SAFE, [EFFECTIVE, SAFE], TOPIC, OUTCOME)


def test_a_denial_that_is_no_null_result_is_read_as_before() -> None:
    # "AD" names the disease by its abbreviation: only a null result is set aside
    hedge = "Detrimental effects observed with drugx raise the possibility that it may not be efficacious in AD."
    outcome = frozenset(tokenize("alzheimer disease"))
    named = "Drugx was studied in mild to moderate Alzheimer disease."
    assert no_allowed([named, hedge], frozenset(tokenize("drugx")) | outcome, outcome)


def test_a_null_result_on_another_outcome_beside_the_asked_one_moving_is_no_no() -> None:
    # "Does drugx reduce gizmo levels?": the asked outcome is named only where drugx lowers it
    outcome = frozenset(tokenize("gizmo levels"))
    topic = frozenset(tokenize("drugx")) | outcome
    both = ("Several randomized trials in which drugx lowered gizmo levels found no significant difference in "
            "progression of widget calcification.")
    assert on_other_outcome(both, [both], topic, outcome)
    assert not no_allowed([both], topic, outcome)
    # a null result on the asked outcome itself, or no movement of it stated, still says no
    assert not on_other_outcome("Drugx did not lower gizmo levels.", [both], topic, outcome)
    assert not on_other_outcome("In trials of drugx, gizmo levels did not differ between groups.", [both], topic,
                                outcome)
    mixed = "Drugx lowered gizmo levels at one year but found no significant difference in gizmo levels at three."
    assert not on_other_outcome(mixed, [mixed], topic, outcome)
