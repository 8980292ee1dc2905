"""Scoring the sentences of retrieved chunks against a question, without running the embedder.

Each quotable sentence gets features (the IDF-weighted share of the question it covers, its passage's
dense and lexical scores and rank, mentions of the question's intervention and condition, where it
stands in its passage, what kind of statement it is) and the learned relevance model turns them into a
probability. A sentence that leans on the one before it ("The trial ...") is scored and quoted together
with its antecedent, or not at all.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from index.lexical import tokenize
from index.search import Hit
from ingest.models import DocumentKind
from service.answer.anaphora import names_antecedent, opens_with_anaphor
from service.answer.concepts import QUESTION_WORDS, Concept
from service.answer.corpus_stats import CorpusStats
from service.answer.question import Question
from service.answer.relevance import FEATURES, LinearModel, relevance_model
from service.answer.routing import FINDING, GAP, NULL_RESULT, RECOMMENDATION
from service.answer.tuning import TUNING, AnswerTuning

# Statements of a study's aim repeat the question's words but assert nothing.
_AIM = re.compile(r"^(?:to (?:determine|assess|evaluate|investigate|examine|compare|test|explore|describe)\b|"
                  r"(?:we|the authors) (?:aimed|sought|investigated|examined|evaluated|assessed|hypothesi[sz]ed|"
                  r"tested|compared|studied)\b|(?:the|our) (?:aims?|objectives?|purposes?|goals?)\b|"
                  r"this (?:study|trial|review|paper) (?:aim|was designed|investigat|sought|examin|evaluat)|"
                  r"[^.]*?\b(?:was|were) designed to (?:test|determine|assess|evaluate|investigate|examine|compare)|"
                  r"(?:objectives?|aims?|purpose|background|methods?)\s*:)", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?)\]\"”’]$")
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """One quotable statement (a sentence, or a sentence with its antecedent) and what selection,
    routing and judging need to know about it."""

    text: str
    hit: Hit
    score: float  # P(relevant) from the relevance model
    coverage: float
    terms: frozenset[str]
    mentions_intervention: bool
    mentions_condition: bool
    direct: bool = False  # speaks of every concept the question names (intervention and/or condition)
    features: tuple[float, ...] = ()
    anchored: bool = False  # the question names an intervention or a condition

    @property
    def doc_id(self) -> str:
        return self.hit.document.id


# The features that a statement's text and its place in its passage decide alone: computed once per
# passage (``passage_statements``). The others depend on the question or on how the passage was retrieved
# and are computed per answer, in ``candidates``; relevance.FEATURES orders them all for the model.
TEXT_FEATURES: tuple[str, ...] = ("first_sentence", "position", "log_length", "finding", "null_result",
                                  "recommendation", "gap", "number", "joined")


@dataclass(frozen=True, eq=False)
class PassageStatements:
    """The quotable statements of one passage, with what their text alone decides for scoring."""

    texts: tuple[str, ...]
    terms: tuple[frozenset[str], ...]
    bigrams: tuple[frozenset[tuple[str, str]], ...]  # of the terms that are not question words
    text_features: np.ndarray  # a row per statement, a column per TEXT_FEATURES name


def passage_statements(text: str, spans: tuple[tuple[int, int], ...],
                       tuning: AnswerTuning = TUNING) -> PassageStatements:
    """The statements of a passage (see ``statements``) and their text features; cached per passage, since
    the same passages come back for related questions and each would otherwise be read again per answer."""
    return _passage_statements(text, spans, tuning.min_chars, tuning.max_chars)


@lru_cache(maxsize=50_000)
def _passage_statements(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                        max_chars: int) -> PassageStatements:
    found = _statements(text, spans, min_chars, max_chars)
    sentence_count = max(len(spans) - 1, 1)
    rows = [text_features(sentence, joined, n, sentence_count) for n, (sentence, joined) in enumerate(found)]
    matrix = np.array([[row[f] for f in TEXT_FEATURES] for row in rows], dtype=float).reshape(len(rows),
                                                                                               len(TEXT_FEATURES))
    return PassageStatements(tuple(sentence for sentence, _ in found), tuple(sentence_terms(t) for t, _ in found),
                             tuple(_sentence_bigrams(t) for t, _ in found), matrix)


def text_features(text: str, joined: bool, n: int, sentence_count: int) -> dict[str, float]:
    """The TEXT_FEATURES of the ``n``-th statement of a passage of ``sentence_count + 1`` sentences."""
    return {"first_sentence": float(n == 0), "position": n / sentence_count, "log_length": math.log(len(text)) / 6.0,
            **statement_kind(text), "joined": float(joined)}


@dataclass
class _Kept:
    """A statement that passed the per-statement checks of ``candidates``, before its features."""

    hit: int  # index in the hits
    passage: PassageStatements
    n: int  # index in the passage's statements
    has_i: bool
    has_c: bool
    paired: bool  # names both concepts itself (``direct`` when the question pairs the two)


@dataclass(frozen=True)
class _Asked:
    """What the features need of the question: its terms (question words left out) with their IDF weights,
    its term pairs, its concepts' own terms, and whether it names a concept or pairs two."""

    terms: list[str]
    weights: list[float]
    total: float
    bigrams: set[tuple[str, str]]
    i_terms: frozenset[str]
    c_terms: frozenset[str]
    anchored: bool
    pairs: bool

    @classmethod
    def read(cls, question: Question, stats: CorpusStats, intervention: Concept | None,
             condition: Concept | None) -> "_Asked":
        """The terms of ``question`` and what its concepts are."""
        terms = [t for t in dict.fromkeys(tokenize(question.search_text)) if t not in QUESTION_WORDS]
        weights = [stats.idf(t) for t in terms]
        return cls(terms, weights, sum(weights) or 1.0, set(zip(terms, terms[1:])), _own_terms(question.intervention),
                   _own_terms(question.condition), intervention is not None or condition is not None,
                   intervention is not None and condition is not None)


def candidates(question: Question, hits: list[Hit], stats: CorpusStats,
               intervention: Concept | None, condition: Concept | None,
               tuning: AnswerTuning = TUNING, model: LinearModel | None = None,
               floors: bool = True) -> list[Candidate]:
    """Every quotable, relevant statement of the hits, most relevant first.

    ``floors=False`` keeps statements below the relevance floors (training sees every statement). The
    statements that name the question's topic are found one by one; their features are then computed for
    all of them at once, as the columns of one matrix that the relevance model scores.
    """
    model = model or relevance_model()
    asked = _Asked.read(question, stats, intervention, condition)
    kept = _about_the_question(hits, intervention, condition, tuning, floors)
    if not kept:
        return []
    values = _features(kept, hits, asked, tuning)
    matrix = np.column_stack([values[f] for f in FEATURES])
    probabilities = model.probabilities(matrix)
    coverage, dense = values["coverage"], values["dense"]
    # The hand-set floors: a passage close to the question and a sentence covering enough of it.
    floor = np.where(asked.anchored | (dense >= tuning.close_dense), tuning.min_coverage,
                     tuning.min_coverage_unanchored)
    hand_floors = (dense >= tuning.min_dense) & (coverage + 0.5 * values["title_coverage"] >= floor)
    out: list[Candidate] = []
    for row, features, probability, floors_met, direct, share in zip(
            kept, matrix.tolist(), probabilities, hand_floors.tolist(), (values["direct"] > 0.0).tolist(),
            coverage.tolist()):
        # Past the hand-set floors, the learned model keeps a statement it believes relevant: a passage
        # the int8 embedder places a little further away, or a question whose words the sentence
        # paraphrases, is still quoted when the model trained on gold snippets says it answers.
        if floors and not floors_met and probability < tuning.keep_probability:
            continue
        if not asked.anchored:
            # Without a concept to pair, a statement answers directly when it covers most of the question
            # and the relevance model believes it.
            direct = direct and probability >= model.lead_floor
        out.append(Candidate(row.passage.texts[row.n], hits[row.hit], probability, share, row.passage.terms[row.n],
                             row.has_i, row.has_c, direct, tuple(features), asked.anchored))
    out.sort(key=lambda c: -c.score)
    return out


def _about_the_question(hits: list[Hit], intervention: Concept | None, condition: Concept | None,
                        tuning: AnswerTuning, floors: bool) -> list[_Kept]:
    """The statements of the hits, each once, with the concepts they mention; with ``floors``, only those
    of passages close enough to the question and, when the question names a concept, that mention one."""
    anchored = intervention is not None or condition is not None
    seen: set[str] = set()
    kept: list[_Kept] = []
    titles: dict[str, tuple[tuple[frozenset[str], ...] | None, tuple[frozenset[str], ...] | None]] = {}
    for h, hit in enumerate(hits):
        dense = hit.dense if hit.dense is not None else 0.0
        if floors and dense < tuning.min_dense_any:
            continue
        # A sentence speaks of a concept if it names it, or if its source's title does: a line of a
        # hypertension guideline is about hypertension even when it only says "first-line drugs".
        title = hit.document.title
        if title not in titles:
            title_terms = sentence_terms(title)
            titles[title] = (intervention.present(title_terms) if intervention else None,
                             condition.present(title_terms) if condition else None)
        i_title, c_title = titles[title]
        passage = passage_statements(hit.chunk.text, hit.chunk.sentences, tuning)
        for n, text in enumerate(passage.texts):
            if text in seen:
                continue
            seen.add(text)
            terms = passage.terms[n]
            has_i = intervention is not None and intervention.mentioned_in(terms, i_title)
            has_c = condition is not None and condition.mentioned_in(terms, c_title)
            if floors and anchored and not (has_i or has_c):
                continue  # a question naming a topic is answered only by statements about it
            # Pairing two concepts is the claim a direct source must make itself, in the statement
            # (a concept the statement and its title do not mention, the statement alone cannot).
            paired = (has_i and has_c and intervention is not None and condition is not None
                      and intervention.mentioned_in(terms) and condition.mentioned_in(terms))
            kept.append(_Kept(h, passage, n, has_i, has_c, paired))
    return kept


def _features(kept: list[_Kept], hits: list[Hit], asked: _Asked, tuning: AnswerTuning) -> dict[str, np.ndarray]:
    """Every feature of relevance.FEATURES for the kept statements, as columns. Each value is the same
    float that computing one statement at a time gives: sums run over the question's terms in its order."""
    rows, width = len(kept), len(asked.terms)
    hit_rows = [row.hit for row in kept]
    has_i = np.array([row.has_i for row in kept], dtype=bool)
    has_c = np.array([row.has_c for row in kept], dtype=bool)
    # The question terms each statement has: its own, and a concept's terms when it names the concept
    # (by another name too: "ESWT" for "shockwave therapy" covers the concept's own terms).
    own = np.array([[t in row.passage.terms[row.n] for t in asked.terms] for row in kept], dtype=bool)
    present = (own.reshape(rows, width) | np.outer(has_i, [t in asked.i_terms for t in asked.terms])
               | np.outer(has_c, [t in asked.c_terms for t in asked.terms]))
    title_has = {h: [t in sentence_terms(hits[h].document.title) for t in asked.terms] for h in set(hit_rows)}
    in_title = np.array([title_has[h] for h in hit_rows], dtype=bool).reshape(rows, width)
    coverage = _weighted_share(present, asked.weights, asked.total)
    dense = np.array([hits[h].dense if hits[h].dense is not None else 0.0 for h in hit_rows])
    if asked.pairs:
        direct = np.array([row.paired for row in kept], dtype=bool)
    else:
        direct = asked.anchored | (coverage >= tuning.unanchored_direct)
    text = np.array([row.passage.text_features[row.n] for row in kept]).reshape(rows, len(TEXT_FEATURES))
    top_lexical = max((h.lexical or 0.0 for h in hits), default=0.0) or 1.0
    return {
        "coverage": coverage, "title_coverage": _weighted_share(in_title & ~present, asked.weights, asked.total),
        "term_share": present.sum(axis=1) / max(width, 1),
        "bigram_share": np.array([len(asked.bigrams & row.passage.bigrams[row.n]) / len(asked.bigrams)
                                  if asked.bigrams else 0.0 for row in kept]),
        "dense": dense, "inv_rank": np.array([1.0 / max(hits[h].rank, 1) for h in hit_rows]),
        "lexical": np.array([(hits[h].lexical or 0.0) / top_lexical for h in hit_rows]),
        "has_i": has_i.astype(float), "has_c": has_c.astype(float), "direct": direct.astype(float),
        "anchored": np.full(rows, float(asked.anchored)),
        **{name: text[:, column] for column, name in enumerate(TEXT_FEATURES)},
        "from_guideline": np.array([float(hits[h].document.kind == DocumentKind.GUIDELINE) for h in hit_rows]),
        "coverage_x_dense": coverage * dense,
    }


def _weighted_share(has: np.ndarray, weights: list[float], total: float) -> np.ndarray:
    """Per row of ``has`` (statements x question terms), the weight of the terms it has over ``total``:
    added term by term in the question's order, as ``sum`` over the terms would (adding 0.0 for a missing
    term changes no sum), so the result is the same float."""
    share = np.zeros(len(has))
    for column, weight in enumerate(weights):
        share = share + np.where(has[:, column], weight, 0.0)
    return share / total


def statements(text: str, spans: tuple[tuple[int, int], ...],
               tuning: AnswerTuning = TUNING) -> list[tuple[str, bool]]:
    """The quotable statements of a passage, in order: (text, joined with its antecedent).

    A sentence that opens with an anaphor is quoted from the start of the sentence before it (the two
    stand together verbatim in the passage); the first sentence of a passage has no antecedent there and
    is dropped. Cached: the same passages come back for related questions, and retrieval asks first.
    """
    return list(_statements(text, spans, tuning.min_chars, tuning.max_chars))


@lru_cache(maxsize=50_000)
def _statements(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                max_chars: int) -> tuple[tuple[str, bool], ...]:
    tuning = AnswerTuning(min_chars=min_chars, max_chars=max_chars)
    out: list[tuple[str, bool]] = []
    for n, (start, end) in enumerate(spans):
        sentence = text[start:end]
        joined = False
        if opens_with_anaphor(sentence):
            if n == 0:
                continue
            previous = text[spans[n - 1][0]:spans[n - 1][1]]
            if not quotable(sentence, tuning, allow_anaphor=True) or not quotable(previous, tuning):
                continue
            if not names_antecedent(sentence, previous):
                continue
            sentence, joined = text[spans[n - 1][0]:end], True
            if len(sentence) > 2 * tuning.max_chars:
                continue
        elif not quotable(sentence, tuning):
            continue
        out.append((sentence, joined))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _statement_kind(text: str) -> tuple[tuple[str, float], ...]:
    return (("finding", float(bool(FINDING.search(text)))), ("null_result", float(bool(NULL_RESULT.search(text)))),
            ("recommendation", float(bool(RECOMMENDATION.search(text)))), ("gap", float(bool(GAP.search(text)))),
            ("number", float(bool(_NUMBER.search(text)))))


def statement_kind(text: str) -> dict[str, float]:
    """What kind of statement a text is (finding, null result, recommendation, gap, number), as features;
    cached per text, since the same passages come back for related questions."""
    return dict(_statement_kind(text))


def has_quotable(text: str, spans: tuple[tuple[int, int], ...], tuning: AnswerTuning = TUNING) -> bool:
    """Whether a passage has any statement worth quoting (a heading alone or "Not applicable" has none)."""
    return bool(_statements(text, spans, tuning.min_chars, tuning.max_chars))  # the cached tuple, not a copy


@lru_cache(maxsize=200_000)
def sentence_terms(sentence: str) -> frozenset[str]:
    """A sentence's terms; cached, since the same passages come back for related questions."""
    return frozenset(tokenize(sentence))


@lru_cache(maxsize=200_000)
def _sentence_bigrams(sentence: str) -> frozenset[tuple[str, str]]:
    terms = [t for t in tokenize(sentence) if t not in QUESTION_WORDS]
    return frozenset(zip(terms, terms[1:]))


def _bigram_share(q_bigrams: set[tuple[str, str]], text: str) -> float:
    if not q_bigrams:
        return 0.0
    return len(q_bigrams & _sentence_bigrams(text)) / len(q_bigrams)


def _own_terms(phrase: str | None) -> frozenset[str]:
    return frozenset(tokenize(phrase)) - QUESTION_WORDS if phrase else frozenset()


def quotable(sentence: str, tuning: AnswerTuning = TUNING, allow_anaphor: bool = False) -> bool:
    """A full sentence worth quoting: long enough, not a heading, fragment or statement of aim, ends like a
    sentence; one that leans on an earlier sentence only where ``allow_anaphor``."""
    if not (tuning.min_chars <= len(sentence) <= tuning.max_chars):
        return False
    if _AIM.search(sentence):
        return False
    first = sentence.split(" ", 1)[0]
    if not (sentence[0].isupper() or sentence[0].isdigit() or any(ch.isupper() or ch.isdigit() for ch in first)):
        return False
    if not allow_anaphor and opens_with_anaphor(sentence):
        return False
    return bool(_ENDS_SENTENCE.search(sentence))


def near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float = TUNING.near_duplicate_jaccard) -> bool:
    """Term-set Jaccard above ``threshold``: two sentences that say the same thing."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold
