"""How far a negation reaches, and advice that is 'no longer' given (session 41): "X is no longer recommended,
because it does not treat inflammation and is associated with a higher risk" advises against X, and its higher risk
is affirmed, not negated by the "does not" of the reason clause."""
from __future__ import annotations

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import against_use
from service.answer.verdict import _affirmed_terms

NO_LONGER = ("Treatment with drug Q alone is no longer recommended, because it does not treat inflammation and is "
             "associated with a higher risk of severe attacks.")


def test_no_longer_recommended_is_advice_against() -> None:
    assert against_use(NO_LONGER)
    assert against_use("Drug Q is no longer routinely advised for condition Y.")
    assert not against_use("Drug Q is recommended for condition Y, no longer only as a second-line option.")


@pytest.mark.parametrize("text, affirmed, negated", [
    (NO_LONGER, {"risk", "sever", "attack"}, {"inflamm"}),
    ("Drug Q did not reduce mortality and was associated with more bleeding.", {"bleed"}, {"mortal"}),
    ("Drug Q did not reduce mortality or improve function.", set(), {"mortal", "function"}),
    ("Drug Q failed because patients stopped it.", {"patient", "stop"}, set()),
])
def test_negation_stops_at_a_new_predicate_or_a_reason(text: str, affirmed: set[str], negated: set[str]) -> None:
    terms = _affirmed_terms(text)
    assert {a for a in affirmed if not any(t.startswith(a) for t in terms)} == set()
    assert {n for n in negated if any(t.startswith(n) for t in terms)} == set()


@pytest.mark.parametrize("question", ["Is SABA alone safe in asthma?", "Should SABA alone be used in asthma?"])
def test_advice_no_longer_given_answers_no_on_the_default_corpus(loaded_index: Index, question: str) -> None:
    assert answer_question(loaded_index, question).verdict == "no"
