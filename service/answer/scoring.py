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


def candidates(question: Question, hits: list[Hit], stats: CorpusStats,
               intervention: Concept | None, condition: Concept | None,
               tuning: AnswerTuning = TUNING, model: LinearModel | None = None,
               floors: bool = True) -> list[Candidate]:
    """Every quotable, relevant statement of the hits, most relevant first.

    ``floors=False`` keeps statements below the relevance floors (training sees every statement).
    """
    model = model or relevance_model()
    q_terms = [t for t in dict.fromkeys(tokenize(question.search_text)) if t not in QUESTION_WORDS]
    q_weight = {t: stats.idf(t) for t in q_terms}
    total = sum(q_weight.values()) or 1.0
    q_bigrams = set(zip(q_terms, q_terms[1:]))
    i_terms = _own_terms(question.intervention)
    c_terms = _own_terms(question.condition)
    anchored = intervention is not None or condition is not None
    top_lexical = max((h.lexical or 0.0 for h in hits), default=0.0) or 1.0
    seen: set[str] = set()
    out: list[Candidate] = []
    for hit in hits:
        dense = hit.dense if hit.dense is not None else 0.0
        if floors and dense < tuning.min_dense_any:
            continue
        title_terms = sentence_terms(hit.document.title)
        for n, (text, joined) in enumerate(statements(hit.chunk.text, hit.chunk.sentences, tuning)):
            if text in seen:
                continue
            seen.add(text)
            terms = sentence_terms(text)
            # A sentence speaks of a concept if it names it, or if its source's title does: a line of a
            # hypertension guideline is about hypertension even when it only says "first-line drugs".
            context = terms | title_terms
            has_i = bool(intervention and intervention.mentioned_in(context))
            has_c = bool(condition and condition.mentioned_in(context))
            if floors and anchored and not (has_i or has_c):
                continue  # a question naming a topic is answered only by statements about it
            # A mention by another name ("ESWT" for "shockwave therapy") covers the concept's own terms.
            present = terms | (i_terms if has_i else frozenset()) | (c_terms if has_c else frozenset())
            coverage = sum(w for t, w in q_weight.items() if t in present) / total
            title_coverage = sum(w for t, w in q_weight.items() if t in title_terms and t not in present) / total
            floor = tuning.min_coverage if anchored or dense >= tuning.close_dense else tuning.min_coverage_unanchored
            # The hand-set floors: a passage close to the question and a sentence covering enough of it.
            hand_floors = dense >= tuning.min_dense and coverage + 0.5 * title_coverage >= floor
            if intervention is not None and condition is not None:
                # Pairing two concepts is the claim a direct source must make itself, in the statement
                # (a concept the statement and its title do not mention, the statement alone cannot).
                direct = has_i and has_c and intervention.mentioned_in(terms) and condition.mentioned_in(terms)
            else:
                direct = anchored or coverage >= tuning.unanchored_direct
            sentence_count = max(len(hit.chunk.sentences) - 1, 1)
            values = {
                "coverage": coverage, "title_coverage": title_coverage,
                "term_share": sum(1 for t in q_terms if t in present) / max(len(q_terms), 1),
                "bigram_share": _bigram_share(q_bigrams, text),
                "dense": dense, "inv_rank": 1.0 / max(hit.rank, 1), "lexical": (hit.lexical or 0.0) / top_lexical,
                "has_i": float(has_i), "has_c": float(has_c), "direct": float(direct), "anchored": float(anchored),
                "first_sentence": float(n == 0), "position": n / sentence_count,
                "log_length": math.log(len(text)) / 6.0,
                **statement_kind(text), "joined": float(joined),
                "from_guideline": float(hit.document.kind == DocumentKind.GUIDELINE),
                "coverage_x_dense": coverage * dense,
            }
            features = tuple(map(values.__getitem__, FEATURES))
            probability = model.probability(features)
            # Past the hand-set floors, the learned model keeps a statement it believes relevant: a passage
            # the int8 embedder places a little further away, or a question whose words the sentence
            # paraphrases, is still quoted when the model trained on gold snippets says it answers.
            if floors and not hand_floors and probability < tuning.keep_probability:
                continue
            if not anchored:
                # Without a concept to pair, a statement answers directly when it covers most of the question
                # and the relevance model believes it.
                direct = direct and probability >= model.lead_floor
            out.append(Candidate(text, hit, probability, coverage, terms, has_i, has_c, direct, features, anchored))
    out.sort(key=lambda c: -c.score)
    return out


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
