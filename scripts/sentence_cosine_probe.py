"""Would a question-sentence cosine help the sentence-relevance model? An offline probe, not a feature.

Every statement of the first DEV_QUESTIONS dev and HELDOUT_QUESTIONS held-out BioASQ questions with gold
snippets (floors off, as `medcite-eval train` sees them) is encoded on its own with the index's embedder (an
upper bound on sentence vectors made at ingest), and two logistic regressions are fitted on dev: the
pipeline's features, and those plus the cosine and cosine x coverage. Both are scored on held-out: ROC AUC,
top-1 precision per question, and precision at P >= 0.5 (BENCHMARKS.md, "After all of session 16").

Usage: PYTHONPATH=. python scripts/sentence_cosine_probe.py BIOASQ_DIR INDEX_DIR [DEV_QUESTIONS] [HELDOUT_QUESTIONS]
       (INDEX_DIR: the BioASQ index `medcite-eval answers` caches, e.g. ~/.cache/medcite/eval/bioasq-*/index)
"""
from __future__ import annotations

import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from eval.datasets import load_dataset, query_half
from eval.snippets import matches_snippet
from eval.training import question_candidates, query_vectors
from index.search import Index, open_index


def rows(index: Index, bioasq: str, half: str, limit: int) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """Feature rows, labels, question ids and question-statement cosines of one half's first ``limit``
    questions with gold snippets."""
    data = load_dataset(bioasq, require_answers=True)
    snippets = {q: a.snippets for q, a in data.answers.items() if a.snippets}
    queries = [q for q in data.queries if q.id in snippets and query_half(q.id) == half][:limit]
    vectors = query_vectors(index, [q.text for q in queries])
    x, y, group, texts, qvecs = [], [], [], [], []
    for q in queries:
        vector = vectors[" ".join(q.text.split())]
        for c in question_candidates(index, q.text, floors=False, vector=vector):
            x.append(c.features)
            y.append(int(matches_snippet(c.text, snippets[q.id])))
            group.append(q.id)
            texts.append(c.text)
            qvecs.append(vector)
    unique = list(dict.fromkeys(texts))
    encoded = dict(zip(unique, index.embedder.encode(unique, batch_size=128)))
    cosine = np.array([float(encoded[t] @ v) for t, v in zip(texts, qvecs)])
    return np.array(x), np.array(y), group, cosine


def top1(scores: np.ndarray, y: np.ndarray, group: list[str]) -> float:
    """Share of questions whose highest-scored statement matches a gold snippet."""
    best: dict[str, tuple[float, int]] = {}
    for s, label, g in zip(scores, y, group):
        if g not in best or s > best[g][0]:
            best[g] = (s, label)
    return float(np.mean([label for _, label in best.values()]))


def main(bioasq: str, index_dir: str, dev: int = 250, heldout: int = 200) -> None:
    """Print held-out ROC AUC, top-1 precision and precision at 0.5 with and without the cosine."""
    index = open_index(index_dir)
    x_tr, y_tr, _, cos_tr = rows(index, bioasq, "dev", dev)
    x_te, y_te, g_te, cos_te = rows(index, bioasq, "heldout", heldout)
    print(f"statements: dev {len(y_tr)}, held-out {len(y_te)}")
    with_cosine = (np.c_[x_tr, cos_tr, cos_tr * x_tr[:, 0]], np.c_[x_te, cos_te, cos_te * x_te[:, 0]])
    variants = {"features": (x_tr, x_te), "features + cosine": with_cosine}
    for name, (train, test) in variants.items():
        scores = LogisticRegression(C=1.0, max_iter=3000).fit(train, y_tr).predict_proba(test)[:, 1]
        print(f"{name}: ROC AUC {roc_auc_score(y_te, scores):.4f}, top-1 {top1(scores, y_te, g_te):.4f}, "
              f"precision at 0.5 {y_te[scores >= 0.5].mean():.4f} ({int((scores >= 0.5).sum())} statements)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:5]))
