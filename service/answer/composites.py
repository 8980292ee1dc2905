"""Composite outcomes the corpus defines: "major cardiovascular events, a composite of myocardial infarction, stroke
and death from cardiovascular causes". A study's finding on the composite speaks to each of its members, so it
answers a question on one of them ("Did vitamin D reduce heart attacks in the VITAL trial?" by "Vitamin D3 ... did
not lower the incidence of major cardiovascular events").

The definitions are read at index build over every chunk (``ingest.composites``, kept in the index lexicon and
given by ``Lexicon.composites``); no passage is read here. The asked condition is a member when the member says it
in the same words, or, sharing none of them, when the index's embedder puts the two as close as a research title's
name for the condition must be (``title_outcomes.TITLE_OUTCOME_MIN_COSINE``): the choice is among a few listed
outcomes, as it is among a title's phrases ("heart attacks" / "myocardial infarction" 0.56, where "stroke" is 0.34).
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS, Lexicon

# A condition asked as two alternatives, "cancer or heart disease": one "or" between two plain phrases, no
# preposition nor comma in either. Grammar. A question on either asks of each, so a name for one side ("death from
# cardiovascular causes" for "heart disease") names what is asked; compared whole, the two sides blur each other
# ("cancer or heart disease" / "death from cardiovascular causes" 0.53-0.55 by the texts encoded beside it, where
# "heart disease" alone is 0.58), and the answer rested on which side of the threshold the encoding fell.
_EITHER = re.compile(r"\s+or\s+", re.I)
_NOT_PLAIN = re.compile(r"\b(?:in|of|with|for|among|at|to|and)\b|,", re.I)


def asked_sides(condition: str) -> tuple[str, ...]:
    """The two sides of a condition asked as alternatives (``_EITHER``: "cancer", "heart disease" of "cancer or heart
    disease"); empty for any other condition."""
    sides = _EITHER.split(condition.strip())
    if len(sides) != 2 or _NOT_PLAIN.search(condition):
        return ()
    if not all(frozenset(tokenize(side)) - QUESTION_WORDS for side in sides):
        return ()
    return tuple(side.strip() for side in sides)


def composite_outcomes(condition: str, lexicon: Lexicon, min_cosine: float) -> tuple[frozenset[str], ...]:
    """The terms of the composites the corpus defines (``Lexicon.composites``) with a member naming ``condition``:
    a member with the condition's own terms, or one sharing none of them that the ``lexicon``'s embedder puts at
    least ``min_cosine`` from it. Empty for a lexicon without composites or, for the latter, the embedder."""
    own = frozenset(tokenize(condition)) - QUESTION_WORDS
    if not own:
        return ()
    return _composite_outcomes(condition, own, lexicon, min_cosine)


@lru_cache(maxsize=2_000)
def _composite_outcomes(condition: str, own: frozenset[str], lexicon: Lexicon,
                        min_cosine: float) -> tuple[frozenset[str], ...]:
    """``composite_outcomes``, remembered per condition and lexicon: asked for every research title of an answer."""
    out: list[frozenset[str]] = []
    sides = asked_sides(condition)  # (each side of "A or B" is asked too)
    asked = [condition, *sides]
    sides_terms = {frozenset(tokenize(side)) - QUESTION_WORDS for side in sides}
    for name, members in lexicon.composites().items():
        terms = frozenset(tokenize(name)) - QUESTION_WORDS
        if not terms or terms & own:
            continue  # a composite the condition's own words name is named already
        member_terms = [frozenset(tokenize(m)) - QUESTION_WORDS for m in members]
        if any(t == own or t in sides_terms for t in member_terms):
            out.append(terms)
            continue
        apart = [m for m, t in zip(members, member_terms) if t and not t & own]
        vectors = lexicon.phrase_vectors([*asked, *apart]) if apart else None
        if vectors is not None and float((vectors[len(asked):] @ vectors[:len(asked)].T).max()) >= min_cosine:
            out.append(terms)
    return tuple(dict.fromkeys(out))
