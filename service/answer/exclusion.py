"""A negated exclusion, read as what it states: "a normal ferritin does not exclude iron deficiency" says that iron
deficiency may still be there, a "yes" to "Can iron deficiency be present when the ferritin is normal?", and a "no"
only to a question that asks the exclusion itself ("Does a normal ferritin rule out iron deficiency?").

Its words deny (the verdict's negation reading sees "not"), but what they deny is a ruling out: a double negative,
grammar of any specialty, no topic named.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.models import Verdict
from service.answer.polarity import asks_possible

# The verbs of ruling something out, in any form ("exclude", "excluded", "rule out", "ruled out", "preclude").
_EXCLUDING = r"(?:exclud(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|preclud(?:e|es|ed|ing))"
# A negator, up to two words ("does not reliably exclude", "cannot be ruled out"), then such a verb, and the rest of
# its clause: what it does not rule out (after an active verb; before a passive one, its subject, read with the clause).
_NEGATED_EXCLUSION = re.compile(rf"\b(?:not|cannot|never|n't)\s+(?:[\w\-]+\s+){{0,2}}?{_EXCLUDING}\b"
                                r"(?P<object>[^,;.:!?]*)", re.I)
_CLAUSE_END = re.compile(r"[,;.:!?]")
_PASSIVE = re.compile(r"\b(?:be|been|is|are|was|were)\b", re.I)
# A question that asks the ruling out itself ("Does X rule out Y?", "Can X be used to exclude Y?").
_ASKS_EXCLUSION = re.compile(rf"\b{_EXCLUDING}\b|\bexclusion\b", re.I)
# A question that asks whether something is possible in that word ("Is Y possible when ...?"), beside those that ask it
# with a modal (``polarity.asks_possible``: "Can Y still be present ...?").
_POSSIBLE = re.compile(r"\bpossible\b", re.I)


def asks_exclusion(question: str) -> bool:
    """Whether a question asks whether something rules a thing out (``_ASKS_EXCLUSION``)."""
    return bool(_ASKS_EXCLUSION.search(question))


def not_ruled_out(text: str, asked: frozenset[str]) -> bool:
    """Whether a statement says that something the question asks of (``asked``: its terms) is not ruled out: a
    negated exclusion (``_NEGATED_EXCLUSION``) whose object names one of them ("a normal ferritin does not exclude
    iron deficiency ..."), or, the verb passive, whose subject does ("iron deficiency cannot be excluded")."""
    for m in _NEGATED_EXCLUSION.finditer(text):
        if _PASSIVE.search(text[m.start():m.start("object")]):
            start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
            what = text[start:m.start()]
        else:
            what = m.group("object")
        if asked & frozenset(tokenize(what)):
            return True
    return False


def only_not_ruled_out(text: str, denies: bool) -> bool:
    """Whether a statement that denies (``denies``, as the verdict reads it) denies nothing but a ruling out: with its
    negated exclusions set aside (``_NEGATED_EXCLUSION``), no negator is left. Under a "yes" to whether a thing can be
    so, "a normal ferritin does not exclude iron deficiency" states it, and is no statement against it."""
    if not denies or not _NEGATED_EXCLUSION.search(text):
        return False
    rest = _NEGATED_EXCLUSION.sub(lambda m: " " + m.group("object"), text)
    return not re.search(r"\b(?:no|not|never|neither|nor|cannot|without|none)\b|n't", rest, re.I)


def on_exclusion(question: str, verdict: Verdict, statements: list[str]) -> Verdict:
    """The verdict where a statement behind it says that what the question asks of is not ruled out
    (``not_ruled_out``): a "no" to a question that asks the ruling out itself (``asks_exclusion``: "Does a normal
    ferritin rule out iron deficiency?"), a "yes" to one that asks whether the thing can be so ("Can iron deficiency
    still be present when the ferritin is normal?"), whatever the words model read in its "not". Otherwise, and for
    "insufficient", the verdict as it was."""
    if verdict == "insufficient":
        return verdict
    asked = frozenset(tokenize(question)) - QUESTION_WORDS
    if not any(not_ruled_out(t, asked) for t in statements):
        return verdict
    if asks_exclusion(question):
        return "no"
    return "yes" if asks_possible(question) or _POSSIBLE.search(question) else verdict
