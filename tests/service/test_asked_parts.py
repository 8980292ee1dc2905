"""A question on the parts of one thing ("What are the items of the CURB-65 score?") is answered by a statement whose
subject is the thing and whose verb says what it holds, as "What is X?" is by one that says what X is."""
from __future__ import annotations

from index.search import Index
from service.answer.lead import COMPOSING, defines
from service.answer.pipeline import answer_question
from service.answer.question import asked_parts, asked_thing

SCORE = "The gizmo score gives one point each for fever, cough and age 65 years or older."


def test_the_parts_asked_are_of_the_thing_named() -> None:
    assert asked_parts("What are the items of the gizmo score?") == "gizmo score"
    assert asked_parts("What are the components of a gizmo index?") == "gizmo index"
    assert asked_parts("What is the gizmo score?") is None and asked_thing("What is the gizmo score?") == "gizmo score"


def test_a_statement_of_what_it_holds_answers_its_parts_not_what_it_is() -> None:
    name = frozenset({"gizmo", "score"})
    assert defines(SCORE, name, COMPOSING) and not defines(SCORE, name)


def test_the_curb65_items_lead_without_a_closest_evidence_caveat(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "What are the items of the CURB-65 score?")
    assert answer.bottom_line.text.startswith("The CURB-65 score gives one point each for confusion")
