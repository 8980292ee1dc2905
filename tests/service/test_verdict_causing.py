"""A "no" to whether X causes Y rests on a statement that denies it (``verdict.on_causing``)."""
from __future__ import annotations

import pytest

from index.lexical import tokenize
from service.answer.verdict import on_causing

TOPIC = frozenset(tokenize("high-dose drugx gizmo fever"))
AGENT = frozenset(tokenize("high-dose drugx"))


@pytest.mark.parametrize(("statements", "verdict"), [
    # denies only another verb: neither yes nor no
    (["Zorb does not treat gizmo fever and should not be relied on to make high-dose drugx safe."], "uncertain"),
    # denies causing it, or reports a null result: the no stands
    (["High-dose drugx does not cause gizmo fever in adults."], "no"),
    (["Gizmo fever was not significantly more common with high-dose drugx than with placebo."], "no"),
    (["Zorb does not treat gizmo fever.", "High-dose drugx did not cause gizmo fever in a large trial."], "no"),
    # denies only another verb, and the first statement states the cause in other words: yes
    (["Gizmo fever from drugx most often results from prolonged very high doses of drugx.",
      "Zorb does not treat gizmo fever and should not be relied on to make high-dose drugx safe."], "yes"),
    (["Gizmo fever is often caused by high-dose drugx.", "Zorb does not treat gizmo fever."], "yes"),
    # ... where it leads: below the denial of another verb, neither
    (["Zorb does not treat gizmo fever.", "Gizmo fever is often caused by high-dose drugx."], "uncertain"),
    # ... but not one whose cause it denies
    (["Zorb does not treat gizmo fever.", "Gizmo fever is not caused by high-dose drugx."], "no"),
    # denies nothing: the words model's no stands, as for any question
    (["High-dose drugx was given to 40 adults with gizmo fever."], "no"),
])
def test_a_no_to_whether_x_causes_y_needs_a_denial_of_causing(statements: list[str], verdict: str) -> None:
    assert on_causing("cause", "no", statements, TOPIC, AGENT) == verdict


def test_a_lead_stating_another_cause_is_no_yes() -> None:
    # Review, session 44: "Hypercalcaemia is most often due to primary hyperparathyroidism" states a cause, not the
    # asked one: no "Yes." to whether drugx causes it.
    other = ["Gizmo fever is most often due to zorbitis.", "Zorb does not treat gizmo fever."]
    assert on_causing("cause", "no", other, TOPIC, AGENT) == "uncertain"
    assert on_causing("cause", "no", other, TOPIC) == "uncertain"  # no agent given: never a yes


def test_other_verbs_and_verdicts_stay() -> None:
    denial = ["Zorb does not treat gizmo fever."]
    assert on_causing("reduce", "no", denial, TOPIC) == "no"
    assert on_causing("cause", "yes", denial, TOPIC) == "yes"
    assert on_causing(None, "no", denial, TOPIC) == "no"
