"""import json, re, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import f1_score
from sklearn.feature_extraction import DictVectorizer
from scipy.sparse import hstack, csr_matrix
from eval.datasets import load_dataset, query_half
from service.answer.verdict import features
from index.embedder import load_embedder
from ingest.sentences import sentence_texts

rows = []
for name in ("bioasq", "pubmedqa"):
    data = load_dataset(f"/work/shared/data/{name}", require_answers=True)
    ctx = {}
    if name == "pubmedqa":
        ctx = {d["_id"]: d["text"] for d in map(json.loads, open(f"/work/shared/data/{name}/corpus.jsonl"))}
    for q in data.queries:
        if query_half(q.id) != "dev":
            continue
        a = data.answers.get(q.id)
        if a is None:
            continue
        if name == "bioasq":
            if a.type != "yesno":
                continue
            label = str(a.exact_answer).lower().strip("[]'\" ")
            texts = list(a.snippets)[:3]
        else:
            label = (a.decision or "").lower()
            docs = [d for d, g in data.qrels.get(q.id, {}).items() if g > 0]
            texts = sentence_texts(ctx.get(docs[0], ""))[-3:] if docs else []
        if label not in ("yes", "no") or not texts:
            continue
        rows.append((name, q.text, texts, 1 if label == "yes" else 0))
print(len(rows), {n: sum(1 for r in rows if r[0] == n) for n in ("bioasq", "pubmedqa")})
emb = load_embedder()
qv = np.asarray(emb.encode([r[1] for r in rows]))
sv = np.asarray([np.mean(emb.encode(r[2]), axis=0) for r in rows])
words = DictVectorizer().fit_transform([features(r[1], r[2]) for r in rows])
y = np.array([r[3] for r in rows]); sets = np.array([r[0] for r in rows])
E = np.hstack([sv, qv * sv])
def cv(X, C):
    out = {"bioasq": [], "pubmedqa": []}
    pred = np.zeros(len(y))
    for seed in range(3):
        skf = StratifiedKFold(5, shuffle=True, random_state=100 + seed)
        strat = np.array([f"{s}{l}" for s, l in zip(sets, y)])
        for tr, te in skf.split(np.zeros(len(y)), strat):
            m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X[tr], y[tr])
            pred[te] = m.predict(X[te])
        for s in out:
            k = sets == s
            out[s].append(f1_score(y[k], pred[k], average="macro"))
    return {s: round(float(np.mean(v)), 4) for s, v in out.items()}
for C in (0.3, 1.0, 3.0):
    print("C", C, "words", cv(words, C), "emb", cv(csr_matrix(E), C), "both", cv(hstack([words, csr_matrix(E)]).tocsr(), C))
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from eval.datasets import load_dataset, query_half
from index.embedder import load_embedder
from ingest.sentences import sentence_texts
from service.answer.verdict import features

Row = tuple[str, str, list[str], int]  # set, question, statements, 1 for yes


def dev_rows(data_dir: Path) -> list[Row]:
    """The dev yes/no questions with the statements each is read from (see the module notes)."""
    rows: list[Row] = []
    for name in ("bioasq", "pubmedqa"):
        data = load_dataset(data_dir / name, require_answers=True)
        abstracts: dict[str, str] = {}
        if name == "pubmedqa":
            with open(data_dir / name / "corpus.jsonl", encoding="utf-8") as f:
                abstracts = {d["_id"]: d["text"] for d in map(json.loads, f)}
        for q in data.queries:
            a = data.answers.get(q.id)
            if query_half(q.id) != "dev" or a is None:
                continue
            if name == "bioasq":
                label = str(a.exact_answer).lower().strip("[]'\" ") if a.type == "yesno" else ""
                texts = list(a.snippets)[:3]
            else:
                label = (a.decision or "").lower()
                docs = [d for d, grade in data.qrels.get(q.id, {}).items() if grade > 0]
                texts = sentence_texts(abstracts.get(docs[0], ""))[-3:] if docs else []
            if label in ("yes", "no") and texts:
                rows.append((name, q.text, texts, int(label == "yes")))
    return rows


def cross_validated(x, y: np.ndarray, sets: np.ndarray, c: float) -> dict[str, float]:
    """Macro F1 per set, the mean over three seeds of 5-fold cross-validation stratified by set and label."""
    scores: dict[str, list[float]] = {"bioasq": [], "pubmedqa": []}
    strata = np.array([f"{s}{label}" for s, label in zip(sets, y)])
    for seed in range(3):
        predicted = np.zeros(len(y))
        for train, test in StratifiedKFold(5, shuffle=True, random_state=100 + seed).split(np.zeros(len(y)), strata):
            model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x[train], y[train])
            predicted[test] = model.predict(x[test])
        for name in scores:
            mine = sets == name
            scores[name].append(f1_score(y[mine], predicted[mine], average="macro"))
    return {name: round(float(np.mean(v)), 4) for name, v in scores.items()}


def main(data_dir: Path) -> None:
    """Print the three readers' cross-validated macro F1 per set and C."""
    rows = dev_rows(data_dir)
    embedder = load_embedder()
    questions = np.asarray(embedder.encode([r[1] for r in rows]))
    statements = np.asarray([np.mean(embedder.encode(r[2]), axis=0) for r in rows])
    words = DictVectorizer().fit_transform([features(r[1], r[2]) for r in rows])
    vectors = csr_matrix(np.hstack([statements, questions * statements]))
    y, sets = np.array([r[3] for r in rows]), np.array([r[0] for r in rows])
    print(len(rows), "dev questions")
    for c in (0.3, 1.0, 3.0):
        print(f"C {c}: words {cross_validated(words, y, sets, c)} vectors {cross_validated(vectors, y, sets, c)} "
              f"both {cross_validated(hstack([words, vectors]).tocsr(), y, sets, c)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    main(parser.parse_args().data)
