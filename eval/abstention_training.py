"""Training the direct-evidence check (``service.answer.abstention``) from the abstention setup.

Labels come for free: a dev question asked of the full index has its answering (gold) documents there
(label 1: the answer should claim direct evidence when it finds it); the same question asked of the index
without its gold documents (``eval.abstention.reduced_index``) has not (label 0: the answer should say
the evidence is indirect). Only questions whose answer would claim direct evidence give a row (the check
acts on nothing else). The threshold is the operating point: the highest share of full-index answers kept
direct while, counting the questions that abstain anyway, at least ``ABSTAIN_AT_LEAST`` of the reduced
index's answers abstain.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from eval.snippets import matches_snippet
from index.search import Hit, Index
from service.answer import appraisal
from service.answer.abstention import FEATURES, AbstentionModel, evidence_features
from service.answer.concepts import question_concepts
from service.answer.corpus_stats import corpus_stats
from service.answer.evidence import answers_directly
from service.answer.question import read_question
from service.answer.retrieval import retrieve
from service.answer.scoring import Candidate, candidates

# The share of dev questions that must abstain once their gold documents are gone: the 0.9 and a
# small margin. Each point above costs about three points of answers that keep their direct evidence with
# the gold documents there (dev, all 747 questions in slices of 200: 0.90 keeps 0.58 of 0.63, 0.91 0.55,
# 0.93 0.45), and an answer that loses it counts in abstention_control.
ABSTAIN_AT_LEAST = 0.91
C = 0.1  # the regularisation (features standardised); 0.1 and 1.0 ranked alike in 5-fold CV on dev
THRESHOLDS = tuple(round(t, 3) for t in np.arange(0.05, 0.951, 0.01))


@dataclass
class EvidenceRows:
    """One row per (question, index) whose answer would claim direct evidence; ``questions`` counts every
    question asked of each index (abstaining ones too), by label.
    ``fold`` is each row's fold (its slice of questions) and ``fold_questions`` the questions per fold and
    label, for ``cross_validated``; ``quotes_gold``, whether a row's statements quote a gold snippet."""

    x: list[tuple[float, ...]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    questions: dict[int, int] = field(default_factory=lambda: {0: 0, 1: 0})
    fold: list[int] = field(default_factory=list)
    fold_questions: dict[int, dict[int, int]] = field(default_factory=dict)
    quotes_gold: list[bool] = field(default_factory=list)

    def without_fold(self, k: int) -> "EvidenceRows":
        """The rows (and question counts) of every fold but ``k``."""
        keep = [i for i, f in enumerate(self.fold) if f != k]
        left = {label: n - self.fold_questions.get(k, {}).get(label, 0) for label, n in self.questions.items()}
        return EvidenceRows([self.x[i] for i in keep], [self.y[i] for i in keep], [self.group[i] for i in keep],
                            left, [self.fold[i] for i in keep],
                            {f: q for f, q in self.fold_questions.items() if f != k},
                            [self.quotes_gold[i] for i in keep] if self.quotes_gold else [])


def evidence_statements(index: Index, text: str, vector: np.ndarray | None = None
                        ) -> tuple[list[Hit], list[Candidate]] | None:
    """The hits and the statements that look like direct answers for a question, as the answer path finds them
    (its statements after the flagged sources and grade lines are dropped, the direct-looking ones among
    them), or None when no statement looks direct (the answer abstains without the check)."""
    q = read_question(text)
    stats = corpus_stats(index)
    hits = retrieve(index, q, query_vector=vector)
    i_concept, c_concept = question_concepts(q, stats.lexicon, stats.idf)
    scored = candidates(q, hits, stats, i_concept, c_concept)
    ranked = appraisal.without_grade_lines([c for c in scored if not c.hit.document.flags])
    direct = [c for c in ranked if answers_directly(c)]
    return (hits, direct) if direct else None


def evidence_example(index: Index, text: str, vector: np.ndarray | None = None) -> tuple[float, ...] | None:
    """The check's features for a question (``evidence_statements``), or None when no statement looks direct."""
    found = evidence_statements(index, text, vector)
    return evidence_features(*found) if found is not None else None


def add_rows(rows: EvidenceRows, index: Index, questions: list[tuple[str, str]], label: int, fold: int = 0,
             snippets: dict[str, list[str]] | None = None) -> None:
    """Rows of ``questions`` ((id, text)) asked of ``index``, all with ``label``, in ``fold``; with the
    questions' gold ``snippets`` (by id), whether each row's statements quote one (``EvidenceRows.quotes_gold``)."""
    texts = list(dict.fromkeys(" ".join(t.split()) for _, t in questions))
    vectors = dict(zip(texts, index.embedder.encode(texts))) if texts else {}
    counts = rows.fold_questions.setdefault(fold, {0: 0, 1: 0})
    for qid, text in questions:
        rows.questions[label] += 1
        counts[label] += 1
        found = evidence_statements(index, text, vectors[" ".join(text.split())])
        if found is not None:
            rows.x.append(evidence_features(*found))
            rows.y.append(label)
            rows.group.append(qid)
            rows.fold.append(fold)
            gold = (snippets or {}).get(qid, [])
            rows.quotes_gold.append(any(matches_snippet(c.text, gold) for c in found[1]) if gold else False)


def fit(rows: EvidenceRows, c: float = C) -> tuple[tuple[float, ...], float]:
    """Logistic-regression weights and intercept on the rows (features standardised for the fit, the
    weights mapped back to raw features so the answer path needs no scaler)."""
    from sklearn.linear_model import LogisticRegression

    x, y = np.asarray(rows.x, dtype=float), np.asarray(rows.y)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit((x - mean) / std, y)
    weights = model.coef_[0] / std
    intercept = float(model.intercept_[0] - np.sum(model.coef_[0] * mean / std))
    return tuple(float(w) for w in weights), intercept


def operating_point(rows: EvidenceRows, probabilities: list[float],
                    grid: tuple[float, ...] = THRESHOLDS) -> tuple[float, dict]:
    """The lowest threshold at which at least ``ABSTAIN_AT_LEAST`` of the reduced index's questions
    abstain (those without a direct-looking statement count as abstaining), and what it costs on the full
    index (the share of its questions that lose their direct evidence); the balanced best if none reaches."""
    n0, n1 = max(rows.questions[0], 1), max(rows.questions[1], 1)
    p = np.asarray(probabilities)
    y = np.asarray(rows.y)
    table = []
    for t in grid:
        abstain = (rows.questions[0] - int(np.sum((p >= t) & (y == 0)))) / n0
        kept = int(np.sum((p >= t) & (y == 1))) / n1
        table.append((t, abstain, kept))
    reaching = [row for row in table if row[1] >= ABSTAIN_AT_LEAST]
    t, abstain, kept = min(reaching) if reaching else max(table, key=lambda row: row[1] + row[2])
    direct0 = int(np.sum(y == 0)) / n0
    direct1 = int(np.sum(y == 1)) / n1
    return float(t), {"threshold": float(t), "abstains_without_gold": round(abstain, 4),
                      "abstains_without_gold_before": round(1 - direct0, 4),
                      "direct_with_gold": round(kept, 4), "direct_with_gold_before": round(direct1, 4)}


def train_model(rows: EvidenceRows, note: str, c: float = C) -> tuple[AbstentionModel, dict]:
    """The fitted model at its operating point, with the dev figures that chose it."""
    weights, intercept = fit(rows, c)
    model = AbstentionModel(FEATURES, weights, intercept, 0.5, note)
    threshold, figures = operating_point(rows, [model.probability(x) for x in rows.x])
    return AbstentionModel(FEATURES, weights, intercept, threshold, note), figures


def cross_validated(rows: EvidenceRows, c: float = C) -> dict:
    """The operating point's figures as they hold on questions the model did not see: each fold's rows
    decided by a model trained on the other folds at their own operating point (``train_model``), pooled.
    Counted on the rows as ``operating_point`` counts them (a row that passes claims direct evidence), and
    with the gold documents there, the share of questions that claim it with a gold snippet among their
    statements (when the rows know: ``quotes_gold``)."""
    folds = sorted(set(rows.fold))
    if len(folds) < 2:
        return {}
    passed = np.zeros(len(rows.y), dtype=bool)
    thresholds = []
    for k in folds:
        model, _ = train_model(rows.without_fold(k), "", c)
        thresholds.append(model.threshold)
        for i, f in enumerate(rows.fold):
            if f == k:
                passed[i] = model.probability(rows.x[i]) >= model.threshold
    y = np.asarray(rows.y)
    n0, n1 = max(rows.questions[0], 1), max(rows.questions[1], 1)
    return {"folds": len(folds), "thresholds": thresholds,
            "abstains_without_gold": round((rows.questions[0] - int(np.sum(passed & (y == 0)))) / n0, 4),
            "direct_with_gold": round(int(np.sum(passed & (y == 1))) / n1, 4),
            **({"direct_quoting_gold": round(int(np.sum(passed & (y == 1) & np.asarray(rows.quotes_gold))) / n1, 4)}
               if rows.quotes_gold else {})}
