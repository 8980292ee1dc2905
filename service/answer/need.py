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


# The adjectives and participles of need, one list for the question that asks it and the statement that says it
# (``polarity``'s questions of need, ``verdict``'s word of need, ``_OBLIGATION_ASKED``).
NEED_WORDS = r"(?:needed|necessary|required|essential|mandatory)"
# A question whether a thing must be done: a word of obligation ("do I have to give antibiotics?", "Are urodynamic
# studies required before ...?", "Is X mandatory ...?"). Grammar.
_OBLIGATION_ASKED = re.compile(rf"\b(?:have|has)\s+to\b|\bmust\b|\bneeds?\s+to\b|\b{NEED_WORDS}\b|"
                               r"\b(?:obligatory|compulsory)\b", re.I)
# Advice that leaves a thing to choice: it may be left undone ("may omit urodynamic testing", "... may be omitted"), or
# is one of two courses ("either prescribe antibiotic therapy or offer observation"; not a condition's "if either A or B
# is below 60%"). Grammar.
_LEFT_TO_CHOICE = re.compile(
    r"\b(?:may|can|could)\s+(?:safely\s+)?(?:omit|forgo|forego|skip|defer)\s+(?P<after>[^,;.]{1,80})"
    r"|(?P<before>[^,;.]{1,80}?)\s+(?:may|can)\s+(?:safely\s+)?be\s+(?:safely\s+)?(?:omitted|skipped|deferred|forgone)\b"
    r"|(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhether\s)\beither\s+(?P<option>[^,;.]{1,80}?)\s+or\s", re.I)


def left_to_choice(question: str, text: str) -> bool:
    """Whether a statement leaves to choice (``_LEFT_TO_CHOICE``) a thing the question asks must be done
    (``_OBLIGATION_ASKED``), naming a term of the question in the ``OBJECT_WORDS`` words it leaves to choice:
    "Physicians may omit urodynamic testing ... when ... clearly demonstrated" for "Are urodynamic studies required
    before a sling when ...?", "The clinician should either prescribe ... or offer observation ..." for "... do I
    have to give antibiotics?". What may be left undone is no obligation."""
    if not _OBLIGATION_ASKED.search(question):
        return False
    asked = frozenset(tokenize(question))
    for match in _LEFT_TO_CHOICE.finditer(text):
        after, before, option = match.group("after", "before", "option")
        words = (after or option or "").split()[:OBJECT_WORDS] or (before or "").split()[-OBJECT_WORDS:]
        if asked & frozenset(tokenize(" ".join(words))):
            return True
    return False


def on_obligation(question: str, verdict: Verdict | None, statement: str | None) -> Verdict | None:
    """A yes to whether a thing must be done is a no above a statement quoted first that leaves it to choice
    (``left_to_choice``); any other verdict stays."""
    if verdict == "yes" and statement is not None and left_to_choice(question, statement):
        return "no"
    return verdict
