"""A relation stated with a verb of relation is a finding (session 53's blind clinician test): "The size of a deposit
correlates poorly with the severity of symptoms" was read as no finding, so it could not answer "Does the size of a
calcific deposit predict the severity of symptoms?" directly, as "associated with" could. Grammar, no topic."""
from __future__ import annotations

import pytest

from service.answer.evidence import reports_finding


@pytest.mark.parametrize("text", ["The size of a deposit correlates poorly with the severity of symptoms.",
                                  "Baseline deposit size predicts the need for surgery.",
                                  "Deposit size is not predictive of pain."])
def test_a_relation_stated_with_a_verb_of_relation_is_a_finding(text: str) -> None:
    assert reports_finding(text)


def test_a_question_of_a_relation_is_no_finding() -> None:
    assert not reports_finding("Does deposit size correlate with pain?")
