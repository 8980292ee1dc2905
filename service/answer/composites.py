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

from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS, Lexicon


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
    for name, members in lexicon.composites().items():
        terms = frozenset(tokenize(name)) - QUESTION_WORDS
        if not terms or terms & own:
            continue  # a composite the condition's own words name is named already
        member_terms = [frozenset(tokenize(m)) - QUESTION_WORDS for m in members]
        if any(t == own for t in member_terms):
            out.append(terms)
            continue
        apart = [m for m, t in zip(members, member_terms) if t and not t & own]
        vectors = lexicon.phrase_vectors([condition, *apart]) if apart else None
        if vectors is not None and float((vectors[1:] @ vectors[0]).max()) >= min_cosine:
            out.append(terms)
    return tuple(dict.fromkeys(out))
