"""A question on whether X causes Y opens with a statement that says so in a verb, X its agent, before one that
names "X-induced Y" (``lead.answering``, ``lead.causes_in_verb``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import answering, causes_in_verb
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate

DRUGX = frozenset(tokenize("drugx"))
REVERSED = "A study in rats reported that a diet high in zorb partly reversed drugx-induced gizmo calcification."
CAUSES = "In rats, drugx given together with zorb causes gizmo calcification within weeks."


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


def test_a_causing_question_opens_with_x_causing_y_not_x_induced_y() -> None:
    q = read_question("Does drugx cause gizmo calcification?")
    assert [c.text for c in answering(q, [_direct(REVERSED), _direct(CAUSES)])] == [CAUSES]


def test_other_questions_keep_both() -> None:
    q = read_question("Does drugx reduce gizmo calcification?")
    assert len(answering(q, [_direct(REVERSED), _direct(CAUSES)])) == 2


def test_which_statements_say_x_causes_something_in_a_verb() -> None:
    assert causes_in_verb(CAUSES, DRUGX)
    assert not causes_in_verb(REVERSED, DRUGX)
    assert not causes_in_verb("Zorb causes gizmo calcification in people taking drugx.", DRUGX)


def test_a_passive_with_by_says_it_and_the_noun_does_not() -> None:
    assert causes_in_verb("Green discoloration of gizmo caused by drugx infusion reversed on stopping it.", DRUGX)
    assert not causes_in_verb("Zorb was avoided when drugx was recognized as a potential cause of green gizmo.", DRUGX)
