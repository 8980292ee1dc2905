"""Whether a statement says in words that the thing a question asks people need is needed, or is not.

"Does a woman of childbearing age on topiramate for migraine need reliable contraception?" is answered by "...
women of childbearing potential need effective contraception ...": the statement's verb of need takes the thing
asked (its head noun, "contraception") outside any negation, a "yes" whatever else the sentence advises against
("it must be avoided in pregnancy" is said of the drug). "X is not needed", "do not require X" say "no". English
grammar of need; no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.models import Verdict
from service.answer.negation import negated_at

# "Do/Does <people> need <X> [when / for whom]?": what is needed, up to a word that opens a time, a place, people or a
# purpose after it. Not "need to <verb>" (a need to do something, which other shapes read).
_NEED_ASKED = re.compile(
    r"^(?:do|does|will|would)\b.*?\b(?:needs?|requires?)\s+(?!to\b)(?P<x>.+?)"
    r"(?:\s+(?:straight\s+away|right\s+away|immediately|at\s+once|urgently|routinely|always|now|first|for|before|"
    r"after|during|while|when|if|in|at|on|to|until|because)\b.*)?$", re.I)
# A verb of need and what follows it in its clause ("need effective contraception"), and a thing said to be needed
# ("contraception is not required"). Grammar.
_NEEDS = re.compile(r"\b(?:needs?|needed|requires?|required|requiring)\s+(?!to\b)(?P<y>[^,;.:!?]{0,80})", re.I)
_IS_NEEDED = re.compile(r"(?P<y>(?:[\w\-]+\s+){1,4}?)(?:is|are)\s+(?P<no>not\s+)?(?:needed|required|necessary)\b",
                        re.I)
# "Is X needed to diagnose Y?", "Are X required ...?": the thing asked to be needed. Grammar.
_IS_NEEDED_ASKED = re.compile(r"^(?:is|are)\s+(?P<x>.+?)\s+(?:really\s+|always\s+|still\s+)?"
                              r"(?:needed|required|necessary|essential)\b", re.I)
# Advice that a thing be done, in its verb: "should be checked", "must not be repeated". Grammar.
_ADVISED_DONE = re.compile(r"\b(?:should|must|needs?\s+to)\s+(?P<no>not\s+)?be\s+(?P<v>[a-z]+ed)\b", re.I)
# What a statement says is done without: "can be diagnosed clinically without imaging". Grammar.
_WITHOUT = re.compile(r"\bwithout\s+(?P<y>(?:[\w\-]+\s+){0,2}[\w\-]+)", re.I)
OBJECT_WORDS = 4  # words after the verb of need within which what is needed stands ("need effective contraception")
_DETERMINERS = frozenset("a an the any some his her their my your our".split())


def asked_need(question: str) -> str | None:
    """The head noun of what a question asks people need ("contraception" of "Does a woman ... need reliable
    contraception?"): the last word of the thing after "need" or "require" that is no participle ("potassium" of
    "need his potassium checked"); None when the question asks no such need."""
    asked = " ".join(question.split()).rstrip("?.! ")
    match = _NEED_ASKED.match(asked) or _IS_NEEDED_ASKED.match(asked)
    if not match:
        return None
    words = [w for w in re.findall(r"[\w\-]+", match.group("x").lower()) if w not in _DETERMINERS]
    nouns = [w for w in words if not w.endswith("ed")]
    return nouns[-1] if nouns else None


def stated_need(question: str, text: str) -> Verdict | None:
    """The yes or no a statement says in words to whether people need what the question asks (``asked_need``): a verb
    of need whose object, within ``OBJECT_WORDS`` words, holds the thing's head noun, "yes" outside a negation of the
    three words before the verb and "no" inside one ("do not need"); likewise the thing said to be needed or not ("X
    is not required"). None when the statement says neither, or says both."""
    head = asked_need(question)
    if head is None:
        return None
    stem = frozenset(tokenize(head))
    if not stem:
        return None
    said: set[Verdict] = set()
    for match in _NEEDS.finditer(text):
        if not stem & frozenset(tokenize(" ".join(match.group("y").split()[:OBJECT_WORDS]))):
            continue
        said.add("no" if negated_at(text, match.start()) else "yes")
    for match in _IS_NEEDED.finditer(text):
        if stem & frozenset(tokenize(match.group("y"))):
            said.add("no" if match.group("no") else "yes")
    # The thing advised in its verb ("the INR should be checked more often" for "need more INR checks"): needed, or
    # not where the advice is negated ("need not be repeated").
    for match in _ADVISED_DONE.finditer(text):
        if stem & frozenset(tokenize(match.group("v"))):
            said.add("no" if match.group("no") else "yes")
    # Done without it ("Knee osteoarthritis can be diagnosed clinically without imaging"): not needed; forbidden
    # without it ("... should not be used without an inhaled corticosteroid"): needed.
    for match in _WITHOUT.finditer(text):
        if stem & frozenset(tokenize(match.group("y"))):
            clause = re.split(r"[,;:]", text[:match.start()])[-1].lower()
            forbidden = any(w in ("not", "never", "no") or w.endswith("n't") for w in re.findall(r"[a-z']+", clause))
            said.add("yes" if forbidden else "no")
    return next(iter(said)) if len(said) == 1 else None


def on_need(question: str, verdict: Verdict | None, statement: str | None) -> Verdict | None:
    """A yes or a no to whether people need a thing, turned to what the statement quoted first says of that need in
    words (``stated_need``): a verdict never contradicts the quote it stands above ("leans no" above "women of
    childbearing potential need effective contraception" was read from the drug's "must be avoided" in the same
    sentence). Any other verdict, and one the statement says nothing of, stays."""
    if verdict not in ("yes", "no") or statement is None:
        return verdict
    return stated_need(question, statement) or verdict
