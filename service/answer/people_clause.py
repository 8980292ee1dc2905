"""The people a question asks of, set apart by a relative clause naming a state toward a thing ("a child ... who is
allergic to gizmocillin"), and the statement that names that very state ("In the event of allergy to gizmocillin,
...") among statements that name the thing alone ("Gizmocillin is the first choice ..."): advice for the asked people
before the usual advice they are set apart from. Grammar (a relative clause, a word and its stem); no topic."""
from __future__ import annotations

import re

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.guideline import gives_advice
from service.answer.scoring import Candidate
from service.answer.subgroup import covers

# "who is <adjective> to/of/with <thing>" (or "if/when the child is ..."): a state and what it is toward.
_WHO_STATE = re.compile(r"\b(?:who|(?:if|when)\s+(?:(?:the|a|an|my|his|her|their)\s+)?[a-z]+)\s+"
                        r"(?:is|are|was|were)\s+(?:(?:now|also|known\s+to\s+be)\s+)?(?P<a>[a-z]{4,})\s+"
                        r"(?:to|of|with|toward|towards)\s+(?P<o>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.I)


def stated_state(question: str) -> frozenset[str]:
    """The terms of the state a question's relative clause gives its people (``_WHO_STATE``: "allergic" and
    "gizmocillin" of "... who is allergic to gizmocillin: which ...?"), at least two (the state and what it is
    toward); empty when it gives none."""
    m = _WHO_STATE.search(question)
    if m is None:
        return frozenset()
    object_terms = frozenset(tokenize(m.group("o").split(":")[0])) - QUESTION_WORDS
    state = frozenset(tokenize(m.group("a"))) - QUESTION_WORDS
    if not state or not object_terms:
        return frozenset()
    return state | object_terms


def naming_the_state(question: str, lead: Candidate | None, ranked: list[Candidate]) -> Candidate | None:
    """Of ``ranked``, the first piece of advice from the lead's own source (without a lead, the first ranked
    statement's) that names the whole state the question's
    people are in (``stated_state``, each word by itself or its stem: "allergy" of "allergic"), where the lead does
    not: the guideline's advice for them, which comes before its usual advice on the thing they are set apart by.
    None when the question names no such state, the lead names it, or no statement of its source does."""
    state = stated_state(question)
    anchor = lead if lead is not None else next(iter(ranked), None)
    if not state or anchor is None or covers(anchor.terms, state):
        return None
    for c in ranked:
        if c.doc_id == anchor.doc_id and c is not lead and covers(c.terms, state) and gives_advice(c.text):
            return c
    return None
