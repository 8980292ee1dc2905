"""The names a research source's title gives the asked condition in other words: the outcome a study of the asked
intervention reports, where the question names it plainly or as its class.

"Do calcium pills cause heart attacks?" over a meta-analysis titled "Effect of calcium supplements on risk of
myocardial infarction and cardiovascular events": the source answers the question, but no sentence of it says "heart
attack", so without this none counts as direct and the answer claims there is insufficient evidence beside the
study's own finding. The title says what the study measured; among its phrases, the one the embedder puts near the
asked condition is the study's name for it, and a statement of the study naming that phrase speaks to the condition.

The embedder cannot link lay and technical names across a whole corpus ("heart attack" is nearer "heart valve",
0.65, than "myocardial infarction", 0.61), but within one title that already names the asked intervention the
choice is among a few phrases, and siblings that share a word ("breast cancer" / "prostate cancer") are kept out by
sharing it. No table names a topic: the title and the embedder decide.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.composites import asked_sides, composite_outcomes
from service.answer.concepts import Concept, Lexicon, QUESTION_WORDS

# A title phrase names the asked condition when the index's embedder puts the two at least this close. The index's
# MiniLM, on short phrases: "heart attack" / "myocardial infarction" 0.61, "heart attacks" / "cardiovascular events"
# 0.59, / "myocardial infarction" 0.57, "heart disease" / "myocardial infarction" 0.58, "kidney stones" /
# "nephrolithiasis" 0.57, "cardiovascular events" / "myocardial infarction" 0.55; below it a sibling that shares no
# word, "tooth decay" / "gum disease" 0.53 (and a right pair just as close, "tooth decay" / "dental caries" 0.54, which
# stays unlinked: a missed link costs less than a wrong one), and the other outcomes and words of such titles: "heart
# attack" / "complications" 0.41, / "stroke" 0.38, / "cancer" 0.35, "heart disease" / "cancer" 0.33, "falls" /
# "fractures" 0.31, "mortality" / "cardiovascular events" 0.30, "heart attacks" / "effect" 0.25, / "risk" 0.20. Set by
# eye on these pairs; the title must also name the asked intervention, so the choice is among a few phrases.
TITLE_OUTCOME_MIN_COSINE = 0.54
# A title phrase less its leading words stands for the phrase when the embedder puts the two at least this close: the
# words left out only describe ("nephrolithiasis" / "recurrent nephrolithiasis" 0.85), where a word that picks one of
# a family stays ("infarction" / "myocardial infarction" 0.69, which would name a stroke, "stroke" / "infarction"
# 0.56; "fractures" / "vertebral fractures" 0.71). Set by eye on these pairs.
HEAD_MIN_COSINE = 0.8
# What separates a title's phrases: punctuation and English's prepositions, conjunctions and articles.
_SPLIT = re.compile(r"[:;,()\[\]]|\s[-\u2013\u2014]\s|\b(?:of|on|in|for|with|and|or|versus|vs|by|to|from|among|after|"
                    r"during|the|a|an|between|against|without|within|into|under|over|at|as|is|are|does|do)\b", re.I)
# The condition asked "in" or "among" a group, "heart attack in diabetes": its phrase before that is compared too.
_IN_GROUP = re.compile(r"\s+(?:in|among)\s+", re.I)


@lru_cache(maxsize=20_000)
def title_outcomes(condition: str, intervention: Concept, title: str, lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The terms of the phrases of ``title`` that name ``condition`` in other words: phrases sharing no term with
    it, not naming ``intervention``, that the index's embedder (the ``lexicon``'s phrase vectors) puts at least
    TITLE_OUTCOME_MIN_COSINE from it; and the composites the corpus defines with the condition among their members
    (``composites``: a finding on "major cardiovascular events" speaks to heart attacks where the corpus defines them
    as a composite of myocardial infarction and other events), which the title's study may report as it does its
    title's outcomes. Empty without an embedder. Remembered per condition, intervention, title and lexicon."""
    return (*_in_title(condition, intervention, title, lexicon),
            *composite_outcomes(condition, lexicon, TITLE_OUTCOME_MIN_COSINE))


def outcomes_named_in(condition: str, intervention: Concept, title: str, lexicon: Lexicon,
                      terms: frozenset[str]) -> tuple[frozenset[str], ...]:
    """``title_outcomes`` as far as a text of ``terms`` (or any part of them) may name one: each of the title's own
    outcomes is the terms of one of its phrases, so where no phrase it weighs (``_weighed``) has all its terms among
    ``terms``, the title's phrases are not embedded (a first-seen title's phrases were a third of a first-seen
    question's answer, most under passages that name none of them) and the composites alone are returned. A name
    left out is in no ``terms`` either: whether ``terms`` hold one of them is as with ``title_outcomes``."""
    own = frozenset(tokenize(condition)) - QUESTION_WORDS
    if own and any(p[1] <= terms and not (p[1] & own) and not intervention.mentioned_in(p[1]) for p in _phrases(title)):
        return title_outcomes(condition, intervention, title, lexicon)  # (a phrase ``_weighed`` that ``terms`` hold)
    return composite_outcomes(condition, lexicon, TITLE_OUTCOME_MIN_COSINE)


def _weighed(own: frozenset[str], intervention: Concept, title: str) -> list[tuple[str, frozenset[str], str]]:
    """The phrases of ``title`` (``_phrases``) that ``_in_title`` weighs for a condition of terms ``own``: sharing
    none of them and not naming ``intervention``; none without ``own``."""
    if not own:
        return []
    return [p for p in _phrases(title) if not (p[1] & own) and not intervention.mentioned_in(p[1])]


def _in_title(condition: str, intervention: Concept, title: str, lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The title's own phrases among ``title_outcomes``."""
    phrases = _weighed(frozenset(tokenize(condition)) - QUESTION_WORDS, intervention, title)  # (text, terms, whole)
    if not phrases:
        return ()
    asked = list(dict.fromkeys([condition, _IN_GROUP.split(condition)[0], *asked_sides(condition)]))
    vectors = lexicon.phrase_vectors([*asked, *(text for text, _, _ in phrases), *(whole for _, _, whole in phrases)])
    if vectors is None:
        return ()
    count = len(phrases)
    phrase_vectors, whole_vectors = vectors[len(asked):len(asked) + count], vectors[len(asked) + count:]
    best = (phrase_vectors @ vectors[:len(asked)].T).max(axis=1)
    stands = (phrase_vectors * whole_vectors).sum(axis=1) >= HEAD_MIN_COSINE
    return tuple(terms for (text, terms, whole), cos, close in zip(phrases, best, stands)
                 if cos >= TITLE_OUTCOME_MIN_COSINE and (text == whole or close))


@lru_cache(maxsize=20_000)
def _phrases(title: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """A title's phrases between its separators (``_SPLIT``), each also less its leading words ("nephrolithiasis" of
    "recurrent nephrolithiasis": a modifier may say what the question leaves unsaid), that give a term: (the
    phrase, its terms, the whole phrase it is taken from)."""
    out = []
    for piece in _SPLIT.split(title):
        words = piece.split()
        whole = " ".join(words)
        for start in range(len(words)):
            text = " ".join(words[start:])
            terms = frozenset(tokenize(text)) - QUESTION_WORDS
            if terms:
                out.append((text, terms, whole))
    return tuple(dict.fromkeys(out))
