"""Harms a source states of a class it says the asked treatment is one of.

A guideline that says "Amoxicillin is the recommended first-line antibiotic for acute otitis media" and, in its
safety section, "Antibiotics for acute otitis media commonly cause diarrhoea and rash" has answered "What are the side
effects of amoxicillin in children with otitis media?": its harm is stated of the class, and the source itself says
amoxicillin is one of the class. Neither sentence alone pairs the two (the harm does not name amoxicillin), so the
harm was not direct and the answer opened with the recommendation.

Grammar only: English's copula with a noun ("X is the recommended first-line antibiotic for ...", Hearst's "X is a
Y"), and a harm stated of a subject whose head is that noun. The class is the source's own word for the treatment, no
table of classes. Only a harm, and only for a question on harms: a class's benefit found in a trial is no finding on
one of its members, but the harms a guideline gives a class are those its advice weighs for each member.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from index.lexical import tokenize
from ingest.kinds import RELATIONAL_NOUNS
from service.answer.routing import CAUSES, SAFETY
from service.answer.scoring import Candidate
from service.answer.verdict import main_clause

# "X is the recommended first-line antibiotic for ...", "X is a vitamin K antagonist that ...": a subject, a copula,
# an article, up to four modifiers and the noun the predicate ends on, before a preposition, a relative word or the
# clause's end. English's function words only.
_PREDICATE_END = r"(?=\s+(?:for|in|of|to|with|when|if|that|which|who|and|or|because|as|at|on|by|from)\b|\s*[,;:.]|\s*$)"
_IS_A = re.compile(r"^(?P<s>[^,;:()]{2,80}?)\s+(?:is|are)\s+(?:the|an?)\s+(?P<m>(?:[\w\-]+\s+){0,4}?)"
                   rf"(?P<n>[a-z][a-z\-]{{3,}}){_PREDICATE_END}", re.I)
# A sentence's opening noun phrase ends at the first preposition, auxiliary, relative word, adverb or verb of causing:
# "Antibiotics" of "Antibiotics for acute otitis media commonly cause ...". Grammar words only.
_PHRASE_END = frozenset("""for in of to with when if that which who and or because as at on by from is are was were
    be been has have had can could may might should must will would do does did not commonly often usually""".split())
# The most words an opening noun phrase may have: a longer run is no name.
SUBJECT_WORDS = 5


@lru_cache(maxsize=20_000)
def classes_said(text: str, named: frozenset[str]) -> tuple[tuple[frozenset[str], str], ...]:
    """The classes a statement says a thing of ``named`` (its index terms) is: for each, the terms of its modifiers
    and the noun's stem ("antibiotic" of "Amoxicillin is the recommended first-line antibiotic for ..."). None where
    the subject names none of ``named``, or where the noun says what the subject is part or one of, or how it bears on
    something (``ingest.kinds.RELATIONAL_NOUNS``: "the cause of", "a mainstay of")."""
    match = _IS_A.match(text.strip())
    if not match or not named & frozenset(tokenize(match.group("s"))):
        return ()
    noun = match.group("n").lower()
    stem = tokenize(noun)
    if noun in RELATIONAL_NOUNS or noun.endswith(("ed", "ing", "ly")) or not stem:
        return ()
    return ((frozenset(tokenize(match.group("m"))), stem[-1]),)


def _opening_phrase(text: str) -> list[str]:
    """The words of a statement's opening noun phrase (``_PHRASE_END``), at most ``SUBJECT_WORDS`` of them."""
    out: list[str] = []
    for word in text.split():
        bare = word.strip(",;:.()[]\"'")
        if (bare.lower() in _PHRASE_END or bare.lower().endswith("ly") or CAUSES.regex.fullmatch(bare)
                or len(out) >= SUBJECT_WORDS):
            break
        out.append(bare)
        if word[-1] in ",;:.)":
            break
    return out


def states_class_harm(text: str, noun: str, modifiers: frozenset[str]) -> bool:
    """Whether a statement states a harm in its main clause (``routing.SAFETY``, ``routing.CAUSES``) of a subject
    whose head is the class's ``noun`` (a stem) and whose other words are among the class's ``modifiers``
    ("Antibiotics for acute otitis media commonly cause diarrhoea and rash" of "antibiotic"; not "Calcium channel
    antagonists cause ankle swelling" of "vitamin K antagonist")."""
    phrase = _opening_phrase(text)
    if not phrase:
        return False
    head, before = tokenize(phrase[-1]), frozenset(tokenize(" ".join(phrase[:-1])))
    if not head or head[-1] != noun or not before <= modifiers:
        return False
    main = main_clause(text)
    return bool(SAFETY.search(main) or CAUSES.search(main))


def with_class_harms(ranked: list[Candidate], named: frozenset[str], condition_asked: bool) -> list[Candidate]:
    """``ranked`` with the harms a source states of a class it says the asked treatment is one of marked direct
    (``classes_said`` of its statements that name ``named``, the treatment's terms; ``states_class_harm``), for a
    question on the treatment's harms. Only statements on the question's topic (``Candidate.anchored``) that name
    the asked condition, where ``condition_asked``."""
    if not named:
        return ranked
    classes: dict[str, set[tuple[frozenset[str], str]]] = {}
    for c in ranked:
        if c.mentions_intervention:
            classes.setdefault(c.doc_id, set()).update(classes_said(c.text, named))
    if not classes:
        return ranked
    out: list[Candidate] = []
    for c in ranked:
        if (not c.direct and c.anchored and not c.closest_only and (c.mentions_condition or not condition_asked)
                and any(states_class_harm(c.text, noun, modifiers) for modifiers, noun in classes.get(c.doc_id, ()))):
            c = dataclasses.replace(c, direct=True)
        out.append(c)
    return out
