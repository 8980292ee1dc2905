"""A harm of a thing is no yes to doing it in that state. Asked whether one may do a thing while a state holds ("can I
flush the gizmo duct if the gizmo wall is torn?"), a statement that reports the very state as what the thing may cause
("Gizmo wall tears ... occur in about 1 in 500 duct flushes") names the state as a harm of the act, not as people in
whom the act is fine: a "yes" read from it is none. Where a statement near it advises against the act in people in
that state (naming the act and the state's nouns: "Duct flushing should not be performed in people with a damaged
gizmo wall"), that advice is the answer ("no") and leads. Grammar of the question and of reporting a harm, no topic."""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.polarity import against_use
from service.answer.scoring import Candidate
from service.answer.verdict import names_harm

# "can I / should we / may one ... if|when|while STATE?" and "is it safe|ok to ... if STATE?": the act, then the state.
_ASKS_IN_STATE = re.compile(
    r"^\W*(?:(?:can|could|may|might|should|shall)\s+(?:i|we|you|one)\b|(?:is|would)\s+it\s+(?:\w+\s+)?"
    r"(?:safe|ok|okay|fine|appropriate|acceptable)\s+to\b)(?P<act>[^?]+?)\s+(?:if|when|whenever|while)\s+"
    r"(?P<state>[^?]+?)\W*$", re.I)
# Words that report something as happening as a result of a thing: a rate at which it occurs, what it leads to (a harm
# named as such is ``verdict.names_harm``'s).
_OCCURRENCE_REPORTED = re.compile(
    r"\b(?:occurs?|occurred|occurring|incidence|rates?\s+of|risks?\s+of|result(?:s|ed)?\s+in|"
    r"caus(?:e|es|ed|ing)|leads?\s+to|led\s+to)\b", re.I)
# Advice against doing an act, said of the act itself: "should not be performed", "must not be done".
_NOT_DONE = re.compile(r"\b(?:should|must)\s+(?:not|never)\s+be\s+(?:\w+ly\s+)?(?:performed|done|carried\s+out|"
                       r"attempted|undertaken)\b", re.I)
# Words of being and having that say nothing of the state ("the membrane is torn", "she has ..."), as the tokenizer
# writes them (its stemmer leaves "has" as "ha", which is added as such).
_LINKING = frozenset(tokenize("is are was were be been has have had having the a an his her their its")) | frozenset(
    {"ha"})


def asked_in_state(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The act's terms and the state's terms of a question asking whether one may do a thing while a state holds, None
    where it is not so asked (or either part names nothing)."""
    found = _ASKS_IN_STATE.match(" ".join(question.split()))
    if found is None:
        return None
    act = frozenset(tokenize(found.group("act"))) - QUESTION_WORDS - _LINKING
    state = frozenset(tokenize(found.group("state"))) - QUESTION_WORDS - _LINKING
    return (act, state) if act and state else None


def reports_state_as_harm(text: str, state: frozenset[str]) -> bool:
    """Whether a statement names every term of the asked state in words that report it as a harm or an occurrence
    (``verdict.names_harm``) or as an occurrence (``_OCCURRENCE_REPORTED``), advising nothing against (a warning is
    the other kind of statement)."""
    return (bool(state) and state <= frozenset(tokenize(text))
            and (names_harm(text) or _OCCURRENCE_REPORTED.search(text) is not None) and not against_use(text))


def _advises_against(text: str) -> bool:
    """Whether a statement advises against a use (``polarity.against_use``) or against doing an act (``_NOT_DONE``)."""
    return against_use(text) or _NOT_DONE.search(text) is not None


def harm_of_the_act_led(question: str, first: Candidate | None, near: list[Candidate],
                   margin: float) -> tuple[bool, Candidate | None]:
    """Whether a "yes" rests on a statement (``first``) that reports the question's asked state as a harm
    (``reports_state_as_harm``), and, if so, the statement of ``near`` scoring at least ``margin`` of it that advises
    against the act in that state (names a term of the act and a term of the state; the best such), else None."""
    asked = asked_in_state(question)
    if asked is None or first is None:
        return False, None
    act, state = asked
    if not reports_state_as_harm(first.text, state):
        return False, None
    advice = [c for c in near if c is not first and c.score >= margin * first.score and _advises_against(c.text)
              and act & c.terms and state & c.terms]
    return True, max(advice, key=lambda c: c.score, default=None)
