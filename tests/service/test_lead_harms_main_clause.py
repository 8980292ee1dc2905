"""A harms question opens with a statement that states a harm in its main clause, not one that names a harm only as
the occasion of other advice (``lead.on_aspect``, ``lead.harm_in_main_clause``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from service.answer.lead import harm_in_main_clause, on_aspect
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _direct(text: str) -> Candidate:
    return replace(candidate(text, i=True, c=True), terms=frozenset(tokenize(text)))


OCCASION = _direct("Injected drugx is recommended when oral drugx is not tolerated, is ineffective, or when rapid "
                   "repletion is needed.")
HARMS = _direct("Oral drugx commonly causes nausea, abdominal pain and constipation.")


def test_the_side_effects_question_opens_with_the_harm_not_its_occasion() -> None:
    q = read_question("What are the side effects of oral drugx?")
    assert on_aspect(q, [OCCASION, HARMS]) == [HARMS]


def test_which_statements_state_a_harm_in_their_main_clause() -> None:
    assert harm_in_main_clause(HARMS.text)
    assert not harm_in_main_clause(OCCASION.text)
    assert harm_in_main_clause("If taken with food, drugx can cause heartburn.")
    assert not harm_in_main_clause("If drugx is not tolerated, another drug is used.")
    # One reader of the main clause with the verdict's (``verdict.main_clause``): a clause of for whom is an
    # occasion too, and so is the next of a list of occasions after "or".
    assert not harm_in_main_clause("Drugy is recommended for patients in whom drugx has failed or was not tolerated.")
    assert not harm_in_main_clause("Drugx should be offered to adults whose attacks cause significant disability.")
    assert not harm_in_main_clause("Drugy is used when drugx is ineffective, or when drugx is not tolerated.")
    assert harm_in_main_clause("Drugx, when given late, caused more bleeding.")


def test_is_it_safe_opens_with_a_statement_that_says_it_is_safe_or_tolerated() -> None:
    # The default corpus's "Is vitamin K2 safe?" opened with "Vitamin K2 does not treat hypercalcaemia and should not
    # be relied on to make high-dose vitamin D safe." (safety of another thing) and was answered "No.".
    other = _direct("Drugx does not treat gizmosis and should not be relied on to make high-dose drugy safe.")
    tolerated = _direct("Drugx supplements have been well tolerated in randomized trials lasting up to three years.")
    q = read_question("Is drugx safe?")
    assert on_aspect(q, [other, tolerated]) == [tolerated]
    # ... in its main clause: "when oral drugx is not tolerated" is the occasion of advice on another drug.
    assert on_aspect(read_question("Is oral drugx safe?"), [OCCASION, HARMS]) == [HARMS]


def test_is_it_safe_opens_with_a_harm_found_before_a_word_of_safety_said_of_another_thing() -> None:
    # The default corpus's "Is vitamin D safe at high doses?" opened with "Vitamin K2 does not treat hypercalcaemia and
    # should not be relied on to make high-dose vitamin D safe." above "Vitamin D toxicity ... can cause ...".
    other = _direct("Zorb does not treat gizmosis and should not be relied on to make high-dose drugx safe.")
    toxicity = _direct("Drugx toxicity is rare but can cause gizmosis, which leads to nausea and kidney stones.")
    none_found = _direct("A large trial found no significant increase in serious adverse events with drugx.")
    q = read_question("Is drugx safe?")
    assert on_aspect(q, [other, toxicity]) == [toxicity]
    # a trial that found no harm answers it too, beside the harms found
    assert on_aspect(q, [other, none_found, toxicity]) == [none_found, toxicity]


def test_a_thing_taken_with_another_keeps_the_statement_on_the_two_before_a_harm_of_one() -> None:
    # s28a "Is high-dose vitamin D with vitamin K safe?": "Vitamin K2 ... should not be relied on to make high-dose
    # vitamin D safe" answers it; a harm found of high-dose vitamin D alone does not.
    on_two = _direct("Zorb does not treat gizmosis and should not be relied on to make high-dose drugx safe.")
    one = _direct("High doses of drugx can cause gizmosis.")
    q = read_question("Is high-dose drugx with zorb safe?")
    assert q.intervention and " with " in q.intervention
    assert on_aspect(q, [on_two, one])[0] is on_two
