"""Replaying the closest-evidence choice against reference answers, and trying to learn it.

``pipeline.closest_statements`` quotes up to two statements of an answer without a direct source. This
module measures, on a half's questions, what other orders of the same pool would have scored, without
answering again: salience's (the pipeline's), ``names_all`` first (a rule tried in session 19), an oracle
(each statement's own ROUGE-2 against the reference answers: the headroom) and a learned one.

For each question of a half whose answer would have no direct source but closest evidence, the pipeline's
own closest pool is rebuilt (``closest_pool``: the stages ``pipeline.answer_question`` runs up to
``closest_evidence``), and every statement of the pool that may be quoted (at least
``support_margin`` of the best) becomes a row: its ``choice_features``, and as target its ROUGE-2
against the question's reference answers less the mean over the question's rows (only the order within a
question is used). A ridge regression over the dev rows is the learned order; out of fold
it did not beat salience on the BioASQ dev half (0.2589-0.2615 against 0.2700 on its 317 closest answers;
PubMedQA's 171: 0.0953-0.0963 against 0.0939), so no model ships (``scripts/closest_replay.py``; BENCHMARKS.md,
"Bottom-line ROUGE-2, session 19").
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from eval.answers import ideal_answers, rouge2_f
from eval.datasets import Dataset, query_half
from index.search import Index
from service.answer.phrasing import CLOSEST
from service.answer.pipeline import closest_choice, closest_statements, rank_evidence
from service.answer.question import Question, read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import Candidate
from service.answer.section_labels import quoted_text
from service.answer.tuning import TUNING, AnswerTuning

ALPHAS = (0.1, 1.0, 10.0, 100.0)  # ridge penalties tried by grouped cross-validation on dev
# The statement's own features beside the relevance model's (in this order, after them).
EXTRA_FEATURES: tuple[str, ...] = ("probability", "salience", "excerpt", "aim", "log_words")
CHOICE_FEATURES: tuple[str, ...] = FEATURES + EXTRA_FEATURES
_NAMES_ALL = FEATURES.index("direct")


def names_all(c: Candidate) -> bool:
    """Whether the statement speaks of every concept the question names (both, when it pairs an intervention
    with a condition; most of the question's weighted terms when it names none): the relevance model's
    ``direct`` feature, before the floors and the lead's other tests."""
    return bool(c.features) and c.features[_NAMES_ALL] > 0.0


def choice_features(c: Candidate, salient: float) -> tuple[float, ...]:
    """The feature row of one closest-evidence candidate (``CHOICE_FEATURES`` order): its relevance features,
    its relevance probability, its salience among the closest pool (``salient``), whether it is an excerpt (a sentence
    cut at its passage's edge) or a statement of aim (quotable only as closest evidence, not cut), and the log
    of its length in words."""
    excerpt = c.closest_only and any(c.cut)
    aim = c.closest_only and not any(c.cut)
    return (*c.features, c.score, salient, float(excerpt), float(aim), math.log(1 + len(c.text.split())))


def choice_value(model: LinearModel, c: Candidate, salient: float) -> float:
    """A learned order's linear prediction for ``c`` (higher: more of a reference answer's word pairs)."""
    return model.intercept + sum(w * v for w, v in zip(model.weights, choice_features(c, salient)))


@dataclass
class ClosestQuestion:
    """One question's closest pool (as ``pipeline.closest_evidence`` would choose from it), its salience
    over the pool, and the question's reference answers."""

    id: str
    source: str  # which data set
    question: Question
    pool: list[Candidate]
    salient: dict[str, float]
    refs: list[str]
    rouge: dict[str, float] = field(default_factory=dict)  # statement text -> ROUGE-2 against refs


def closest_pool(index: Index, text: str, vector: np.ndarray | None = None,
                 tuning: AnswerTuning = TUNING) -> tuple[Question, list[Candidate], dict[str, float]] | None:
    """The pool the answer to ``text`` picks its closest evidence from, with its salience; None when the
    answer has a direct lead (then no closest evidence is quoted) or the pool gives no closest statement.
    The answer's own stages (``pipeline.rank_evidence``, ``pipeline.closest_choice``), not a copy of them."""
    q = read_question(text)
    ev = rank_evidence(index, q, tuning, vector)
    if ev.lead is not None:
        return None
    pool, salient, found = closest_choice(ev.ranked, ev.closest_only, q, tuning, ev.salient, ev.intervention_forms)
    return (q, pool, salient or {}) if found else None


def eligible(pool: Sequence[Candidate], tuning: AnswerTuning = TUNING) -> list[Candidate]:
    """The statements of a pool that ``closest_statements`` may quote: at least ``support_margin`` of the best."""
    return [c for c in pool if c.score >= tuning.support_margin * pool[0].score] if pool else []


def closest_questions(index: Index, data: Dataset, half: str, vectors: dict[str, np.ndarray]) -> list[ClosestQuestion]:
    """The questions of ``half`` with reference answers whose answers quote closest evidence."""
    out = []
    for query in data.queries:
        refs = ideal_answers(data.answers.get(query.id))
        if not refs or query_half(query.id) != half:
            continue
        found = closest_pool(index, query.text, vectors.get(" ".join(query.text.split())))
        if found is None:
            continue
        q, pool, salient = found
        item = ClosestQuestion(query.id, data.name, q, pool, salient, refs)
        item.rouge = {c.text: rouge2_f(quoted_text(c.text), refs) for c in eligible(pool)}  # as quoted
        out.append(item)
    return out


def rows(items: Sequence[ClosestQuestion]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Feature rows, centred targets (ROUGE-2 less its question's mean) and each row's question number."""
    x, y, group = [], [], []
    for n, item in enumerate(items):
        cands = eligible(item.pool)
        values = [item.rouge[c.text] for c in cands]
        mean = float(np.mean(values)) if values else 0.0
        for c, v in zip(cands, values):
            x.append(choice_features(c, item.salient.get(c.text, c.score)))
            y.append(v - mean)
            group.append(n)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float), group


def fit(x: np.ndarray, y: np.ndarray, alpha: float, note: str = "") -> LinearModel:
    """A ridge regression on standardised features, returned as weights over the raw features."""
    from sklearn.linear_model import Ridge

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    reg = Ridge(alpha=alpha).fit((x - mean) / scale, y)
    weights = reg.coef_ / scale
    intercept = float(reg.intercept_ - np.dot(weights, mean))
    return LinearModel(CHOICE_FEATURES, tuple(round(float(w), 6) for w in weights), round(intercept, 6), note)


def replay(items: Sequence[ClosestQuestion], key: Callable[[ClosestQuestion, Candidate], float],
           tuning: AnswerTuning = TUNING) -> float:
    """Mean ROUGE-2 of the closest bottom lines (caveat and chosen statements) when the closest statements are
    ordered by ``key`` (higher first) under ``closest_statements``' other rules (quotable share of the best,
    one statement per source, no overlap or near duplicate)."""
    scores = []
    for item in items:
        chosen = choose(item, key, tuning)
        scores.append(rouge2_f(" ".join([CLOSEST, *(quoted_text(c.text) for c in chosen)]), item.refs))
    return float(np.mean(scores)) if scores else 0.0


def choose(item: ClosestQuestion, key: Callable[[ClosestQuestion, Candidate], float],
           tuning: AnswerTuning = TUNING) -> list[Candidate]:
    """The closest statements ``closest_statements`` quotes from the item's pool in ``key``'s order (given to
    it as the salience it orders by, and alone: not after the statements naming the question's topic, the answer's
    own first key since session 26)."""
    return closest_statements(item.pool, item.question, tuning, {c.text: key(item, c) for c in item.pool},
                              topic_first=False)


def by_salience(item: ClosestQuestion, c: Candidate) -> float:
    """Salience's order (the pipeline's within statements naming as much of the question's topic)."""
    return item.salient.get(c.text, c.score)


def by_names_all(item: ClosestQuestion, c: Candidate) -> float:
    """``names_all`` first, then salience (tried in session 19: +0.0007 on the dev halves, lost held-out)."""
    return (10.0 if names_all(c) else 0.0) + item.salient.get(c.text, c.score)


def by_oracle(item: ClosestQuestion, c: Candidate) -> float:
    """Each statement's own ROUGE-2 against the reference answers: the headroom, not a choice one can make."""
    return item.rouge.get(c.text, 0.0)


def by_model(model: LinearModel) -> Callable[[ClosestQuestion, Candidate], float]:
    """The model's order."""
    return lambda item, c: choice_value(model, c, item.salient.get(c.text, c.score))


def cross_validate(items: Sequence[ClosestQuestion], alphas: Sequence[float] = ALPHAS,
                   folds: int = 5) -> dict[float, float]:
    """Replayed ROUGE-2 of each ridge penalty, out of fold (questions split in ``folds`` by their order)."""
    out = {}
    for alpha in alphas:
        total = []
        for k in range(folds):
            train = [it for i, it in enumerate(items) if i % folds != k]
            test = [it for i, it in enumerate(items) if i % folds == k]
            x, y, _ = rows(train)
            model = fit(x, y, alpha)
            total.extend([replay([it], by_model(model)) for it in test])
        out[alpha] = float(np.mean(total))
    return out
