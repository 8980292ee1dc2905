"""An add-on is no first line, and a second negated predicate on another thing is a clause of its own (session 49's
reviews: "Are calcium supplements first-line for osteoporosis?" answered "Yes." above "Vitamin D and calcium are
recommended alongside bone-protecting drugs ..."; session 50: "Are bisphosphonates recommended for osteoporosis?"
answered "No." above "... recommend bisphosphonates ... as standard treatment and do not recommend vitamin K2 ...")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import clauses, stance
from service.answer.verdict import as_adjunct, on_first

ZORB = frozenset(tokenize("zorb supplements"))
ADD_ON = "Drugx and zorb are recommended alongside bone-protecting drugs in people with gizmosis."


def test_advice_beside_another_treatment_is_an_add_on() -> None:
    assert as_adjunct(ADD_ON, ZORB)
    assert as_adjunct("Zorb is given in addition to standard care.", ZORB)
    assert not as_adjunct("Zorb is recommended for people with gizmosis.", ZORB)
    assert not as_adjunct("Drugx is recommended alongside zorb.", ZORB)  # zorb is what it is added to
    assert on_first("Are zorb supplements first-line for gizmosis?", "yes", ADD_ON, ZORB) == "no"
    assert on_first("Are zorb supplements recommended for gizmosis?", "yes", ADD_ON, ZORB) == "yes"  # no rank asked


def test_a_negated_predicate_with_an_object_of_its_own_is_a_clause() -> None:
    both = "Guidelines recommend drugx and drugy as standard treatment and do not recommend zorb for gizmosis."
    assert clauses(both) == ["Guidelines recommend drugx and drugy as standard treatment",
                             "do not recommend zorb for gizmosis."]
    assert stance(both, frozenset(tokenize("drugx gizmosis"))) is None  # the clause on drugx recommends it
    assert stance(both, frozenset(tokenize("zorb gizmosis"))) == "against"


def test_a_passive_second_predicate_keeps_its_subject() -> None:
    one = "Drugx lowers the seizure threshold and should not be used in people with a history of seizures."
    assert clauses(one) == [one]
    assert stance(one, frozenset(tokenize("drugx seizures"))) == "against"


def test_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Are calcium supplements first-line for osteoporosis?").verdict == "no"
    assert answer_question(loaded_index, "Are bisphosphonates recommended for osteoporosis?").verdict == "yes"
