"""Scoring the sentences of retrieved chunks against a question, without running the embedder.

A sentence scores by the IDF-weighted share of the question's terms it contains (IDF from the BM25
index built at index time), lifted by its chunk's dense similarity and by mentions of the question's
intervention and condition.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexical import tokenize
from index.search import Hit, Index
from service.answer.concepts import QUESTION_WORDS, Concept
from service.answer.question import Question

# Calibrated on real questions against the default and the shared guideline corpora (see BENCHMARKS.md):
# below these, a passage is not about the question.
MIN_DENSE = 0.35
MIN_COVERAGE = 0.25
# Without an intervention or condition to anchor it, a sentence must cover half the question's weight.
MIN_COVERAGE_UNANCHORED = 0.5
# ... unless its passage is this close to the question in the embedding space.
CLOSE_DENSE = 0.6
# Statements of a study's aim repeat the question's words but assert nothing.
_AIM = re.compile(r"^(?:to (?:determine|assess|evaluate|investigate|examine|compare|test|explore|describe)\b|"
                  r"(?:we|the authors) (?:aimed|sought|investigated|examined|evaluated|assessed|hypothesi[sz]ed|"
                  r"tested|compared|studied)\b|(?:the|our) (?:aims?|objectives?|purposes?|goals?)\b|"
                  r"this (?:study|trial|review|paper) (?:aim|was designed|investigat|sought|examin|evaluat)|"
                  r"(?:objectives?|aims?|purpose|background|methods?)\s*:)", re.I)
MIN_CHARS, MAX_CHARS = 40, 600
_ENDS_SENTENCE = re.compile(r"[.!?)\]\"”’]$")


@dataclass(frozen=True)
class Candidate:
    """One source sentence that may be quoted, with what selection and routing need to know."""

    text: str
    hit: Hit
    score: float
    coverage: float
    terms: frozenset[str]
    mentions_intervention: bool
    mentions_condition: bool
    direct: bool = False  # speaks of every concept the question names (intervention and/or condition)

    @property
    def doc_id(self) -> str:
        return self.hit.document.id


def idf_of(index: Index):
    """A function term -> BM25 IDF from the index's document frequencies (unknown terms: the highest);
    each backend counts them its own way (``Index.idf``)."""
    return index.idf


def candidates(question: Question, hits: list[Hit], index: Index,
               intervention: Concept | None, condition: Concept | None) -> list[Candidate]:
    """Every quotable, relevant sentence of the hits, best first."""
    idf = idf_of(index)
    q_terms = {t for t in tokenize(question.search_text) if t not in QUESTION_WORDS}
    q_weight = {t: idf(t) for t in q_terms}
    total = sum(q_weight.values()) or 1.0
    i_terms = _own_terms(question.intervention)
    c_terms = _own_terms(question.condition)
    seen: set[str] = set()
    out: list[Candidate] = []
    for hit in hits:
        dense = hit.dense if hit.dense is not None else 0.0
        if dense < MIN_DENSE:
            continue
        title_terms = sentence_terms(hit.document.title)
        for sentence in hit.chunk.sentence_texts():
            if not quotable(sentence):
                continue
            if sentence in seen:
                continue
            seen.add(sentence)
            terms = sentence_terms(sentence)
            # A sentence speaks of a concept if it names it, or if its source's title does: a line of a
            # hypertension guideline is about hypertension even when it only says "first-line drugs".
            context = terms | title_terms
            has_i = bool(intervention and intervention.mentioned_in(context))
            has_c = bool(condition and condition.mentioned_in(context))
            # A synonym mention ("menaquinone-7" for "vitamin K2") covers the concept's own terms.
            present = terms | (i_terms if has_i else frozenset()) | (c_terms if has_c else frozenset())
            # The source's title counts at half weight: a sentence of a paper on cerumen need not repeat it.
            coverage = sum(w if t in present else 0.5 * w if t in title_terms else 0.0
                           for t, w in q_weight.items()) / total
            anchored = intervention is not None or condition is not None
            floor = MIN_COVERAGE if anchored or dense >= CLOSE_DENSE else MIN_COVERAGE_UNANCHORED
            if coverage < floor:
                continue
            if anchored and not (has_i or has_c):
                continue
            if intervention is not None and condition is not None:
                # Pairing two concepts is the claim a direct source must make itself, in the sentence.
                direct = intervention.mentioned_in(terms) and condition.mentioned_in(terms)
            else:
                direct = anchored
            score = coverage + 0.5 * dense + 0.25 * has_i + 0.25 * has_c
            out.append(Candidate(sentence, hit, score, coverage, terms, has_i, has_c, direct))
    out.sort(key=lambda c: -c.score)
    return out


@lru_cache(maxsize=200_000)
def sentence_terms(sentence: str) -> frozenset[str]:
    """A sentence's terms; cached, since the same passages come back for related questions."""
    return frozenset(tokenize(sentence))


def _own_terms(phrase: str | None) -> frozenset[str]:
    return frozenset(tokenize(phrase)) - QUESTION_WORDS if phrase else frozenset()


def quotable(sentence: str) -> bool:
    """A full sentence worth quoting: long enough, not a heading or fragment, ends like a sentence."""
    if not (MIN_CHARS <= len(sentence) <= MAX_CHARS):
        return False
    if _AIM.search(sentence):
        return False
    first = sentence.split(" ", 1)[0]
    if not (sentence[0].isupper() or sentence[0].isdigit() or any(ch.isupper() or ch.isdigit() for ch in first)):
        return False
    return bool(_ENDS_SENTENCE.search(sentence))


def near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float = 0.6) -> bool:
    """Term-set Jaccard above ``threshold``: two sentences that say the same thing."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold
