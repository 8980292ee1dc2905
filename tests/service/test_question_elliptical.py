"""Two members of a numbered family offered as alternatives with their shared words said once, "vitamin D2 or D3"
(session 34): the second is the member of the same family ("vitamin D3"), not the bare code, which other things
share (the dopamine D3 receptor). Grammar only (question.elliptical)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import question_concepts
from service.answer.question import alternatives_of, read_question


def test_the_second_member_of_a_numbered_family_is_completed_with_the_shared_words() -> None:
    assert alternatives_of("vitamin D2 or D3") == ("vitamin D2", "vitamin D3")
    # other pairs are read as before
    assert alternatives_of("vitamin D2 or vitamin D3") == ("vitamin D2", "vitamin D3")
    assert alternatives_of("oral or intravenous iron") == ()
    assert alternatives_of("calcitriol or D3") == ("calcitriol", "D3")  # one word before "or": nothing to share


def test_the_intervention_offered_as_alternatives_is_not_met_by_the_bare_code_elsewhere() -> None:
    q = read_question("Is vitamin D2 or D3 recommended for rickets?")
    intervention, _ = question_concepts(q)
    assert intervention is not None
    assert intervention.mentioned_in(frozenset(tokenize("Vitamin D3 is recommended for nutritional rickets.")))
    assert not intervention.mentioned_in(frozenset(tokenize("Dopamine D3 receptor antagonists reduce craving.")))


def test_a_choice_between_two_members_compares_with_the_second_member() -> None:
    # "Is X D2 or D3 better ...?" compares vitamin D2 with vitamin D3, not with anything named D3
    q = read_question("Is vitamin D2 or D3 better for raising vitamin D levels?")
    assert (q.intervention, q.comparator) == ("vitamin D2", "vitamin D3")
