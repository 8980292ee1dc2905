"""Do dense (MiniLM) features help the yes/no verdict? Cross-validated on the dev halves, on the same folds as the
words model, replayed through the answer path (``scripts/verdict_cv.py``'s rows, fit and replay).

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/verdict_dense_cv.py [--data ../shared/data]
       [--cache-dir ~/.cache/medcite/eval] [--seeds 0,1] [--rows /tmp/rows.pkl]

Variants (each a logistic regression the answer path could ship as weights over named features, since every one is
linear in its inputs):

- ``words``: the shipped model's features (the baseline).
- ``words+X@a``: the words features and dense block X, standardized (mean and spread over the dev statements' vectors,
  no labels read) and scaled by a, in one regression (C and thresholds chosen by ``choose_verdict_model`` as shipped).
  X is ``s`` (the mean of the statement vectors), ``qs`` (question vector times it, elementwise), ``qs|d|`` (``qs`` and
  the absolute difference), ``cos`` (the question's cosine with the first statement, with the mean statement and the
  best of them).
- ``late``: a calibrated combination: sigmoid(a * z_words + b * z_dense + c), z_dense from a dense-only regression
  (``s`` and ``qs``), a, b, c fitted on the training folds' out-of-fold logits; then the thresholds as shipped.

The statements' vectors are computed here with the embedder; the index stores no sentence vectors (only chunk vectors),
so shipping a winner would need sentence vectors stored at ingest.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verdict_cv  # noqa: E402

import eval.training as training  # noqa: E402
import service.answer.verdict as verdict_mod  # noqa: E402
from eval.train_cli import C_GRID, CV_REPEATS, _thresholds, choose_verdict_model  # noqa: E402
from index.embedder import load_embedder  # noqa: E402
from service.answer.verdict import VerdictModel, verdict_model  # noqa: E402

FOLDS = 5
WORDS_FEATURES = verdict_mod.features
_VECTORS: dict[str, np.ndarray] = {}
_EMBEDDER = None
_STATS: dict[str, tuple[np.ndarray, np.ndarray]] = {}
BLOCK: dict[str, object] = {"name": None, "scale": 1.0}


def vectors(texts: list[str]) -> np.ndarray:
    global _EMBEDDER
    missing = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if missing:
        if _EMBEDDER is None:
            _EMBEDDER = load_embedder(None)
        for t, v in zip(missing, _EMBEDDER.encode(missing)):
            _VECTORS[t] = np.asarray(v, dtype=np.float64)
    return np.asarray([_VECTORS[t] for t in texts])


def raw_blocks(question: str, statements: list[str]) -> dict[str, np.ndarray]:
    q = vectors([question])[0]
    if not statements:
        s = np.zeros_like(q)
        cos = np.zeros(3)
    else:
        sv = vectors(statements)
        s = sv.mean(axis=0)
        c = sv @ q
        cos = np.asarray([c[0], float(np.dot(s / (np.linalg.norm(s) or 1.0), q)), c.max()])
    return {"s": s, "qs": q * s, "d": np.abs(q - s), "cos": cos}


def block(name: str, question: str, statements: list[str]) -> np.ndarray:
    raw = raw_blocks(question, statements)
    parts = {"s": ["s"], "qs": ["qs"], "qs|d|": ["qs", "d"], "cos": ["cos"], "s+qs": ["s", "qs"]}[name]
    out = []
    for p in parts:
        mean, spread = _STATS[p]
        out.append((raw[p] - mean) / spread)
    return np.concatenate(out)


def dense_features(question: str, statements: list[str], topic: frozenset[str] = frozenset()) -> dict[str, float]:
    bag = WORDS_FEATURES(question, statements, topic)
    if BLOCK["name"] is None:
        return bag
    x = block(str(BLOCK["name"]), question, statements) * float(BLOCK["scale"])  # type: ignore[arg-type]
    bag.update({f"dense:{i}": float(v) for i, v in enumerate(x)})
    return bag


def patch(name: str | None, scale: float = 1.0) -> None:
    BLOCK["name"], BLOCK["scale"] = name, scale
    verdict_mod.features = dense_features  # read_yes_no's P(yes)
    training.features = dense_features  # the training rows (features_on)


def fit_late(rows: list[dict], floor: float) -> VerdictModel:
    """sigmoid(a z_words + b z_dense + c): both parts and their weights fitted on ``rows`` only."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    rows = [r for r in rows if r["gold"] in ("yes", "no")]
    patch(None)
    labelled = [(r["set"], *training.verdict_features(r["input"], floor), r["gold"]) for r in rows]
    vec, clf, _, _, _, _ = choose_verdict_model(labelled, folds=FOLDS)
    words_c = clf.C
    names = [n for n, *_ in labelled]
    y = np.asarray([1 if lab == "yes" else 0 for *_, lab in labelled])
    says = [no for _, _, no, _ in labelled]
    weight = np.asarray([len(labelled) / (len(set(names)) * names.count(n)) for n in names])
    xw = vec.transform([f for _, f, _, _ in labelled])
    texts = [evidence_texts(r["input"], floor) for r in rows]
    xd = np.asarray([block("s+qs", r["input"].question, t) for r, t in zip(rows, texts)])
    strata = [f"{n}:{v}" for n, v in zip(names, y)]
    best = None
    for dc in C_GRID:
        zw, zd = np.zeros(len(y)), np.zeros(len(y))
        for seed in range(CV_REPEATS):
            for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(xd, strata):
                m = LogisticRegression(C=words_c, max_iter=3000, class_weight="balanced")
                m.fit(xw[tr], y[tr], sample_weight=weight[tr])
                zw[te] += m.decision_function(xw[te]) / CV_REPEATS
                m = LogisticRegression(C=dc, max_iter=3000, class_weight="balanced")
                m.fit(xd[tr], y[tr], sample_weight=weight[tr])
                zd[te] += m.decision_function(xd[te]) / CV_REPEATS
        z = np.column_stack([zw, zd])
        st = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(z, y, sample_weight=weight)
        # the stacker's own out-of-fold probabilities choose the thresholds (its 3 weights barely overfit)
        p = st.predict_proba(z)[:, 1]
        lo, hi, score = _thresholds(p, says, [lab for *_, lab in labelled], names)
        if best is None or score > best[0]:
            best = (score, dc, st, lo, hi)
    _, dc, st, lo, hi = best
    dense = LogisticRegression(C=dc, max_iter=3000, class_weight="balanced").fit(xd, y, sample_weight=weight)
    a, b = (float(v) for v in st.coef_[0])
    weights = {n: a * float(w) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0])}
    weights.update({f"dense:{i}": b * float(w) for i, w in enumerate(dense.coef_[0])})
    intercept = a * float(clf.intercept_[0]) + b * float(dense.intercept_[0]) + float(st.intercept_[0])
    return VerdictModel(weights=weights, intercept=intercept, no_below=lo, yes_above=hi, relevant_floor=floor)


def evidence_texts(example: training.VerdictInput, floor: float) -> list[str]:
    """The texts ``eval.training.verdict_features`` reads."""
    evidence = (verdict_mod.evidence_for_verdict(example.direct, example.ranked, floor)
                or sorted(example.ranked, key=lambda c: -c.score)[:verdict_mod.EVIDENCE_STATEMENTS])
    return [c.text for c in evidence]



def set_stats(rows: list[dict], floor: float) -> None:
    """Mean and spread of each raw dense block over the dev rows' statements (no labels read)."""
    raws = [raw_blocks(r["input"].question, evidence_texts(r["input"], floor)) for r in rows]
    for k in ("s", "qs", "d", "cos"):
        m = np.asarray([x[k] for x in raws])
        _STATS[k] = (m.mean(axis=0), m.std(axis=0) + 1e-9)


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/medcite/eval")
    parser.add_argument("--seeds", default="0,1")
    parser.add_argument("--rows", type=Path, default=None, help="Pickle of the collected rows (made once, reused).")
    parser.add_argument("--variants", default="words,words+cos@1,words+s@0.3,words+qs@0.3,words+qs|d|@0.3,"
                                              "words+s@1,words+qs@1,late")
    parser.add_argument("--predictions", type=Path, default=None)
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        rows = pickle.loads(args.rows.read_bytes())
    else:
        rows = verdict_cv.collect(args.data, args.cache_dir)
        if args.rows:
            args.rows.write_bytes(pickle.dumps(rows))
    rows = [r for r in rows if r["gold"] in ("yes", "no")]
    shipped = verdict_model()
    floor = shipped.relevant_floor if shipped else 1.0
    set_stats(rows, floor)
    patch(None)
    print("rows", len(rows), {s: sum(r["set"] == s for r in rows) for s in ("bioasq", "pubmedqa")}, flush=True)
    strata = [f"{r['set']}:{r['gold']}" for r in rows]
    variants = args.variants.split(",")
    results: dict[str, list[dict]] = {v: [] for v in variants}
    out = args.predictions.open("w") if args.predictions else None
    for seed in (int(s) for s in args.seeds.split(",")):
        folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=100 + seed).split(np.zeros(len(rows)), strata))
        for variant in variants:
            predicted: list[str | None] = [None] * len(rows)
            for train, test in folds:
                if variant == "late":
                    model = fit_late([rows[i] for i in train], floor)
                    patch("s+qs", 1.0)
                else:
                    name, _, scale = variant.partition("+")[2].partition("@")
                    patch(name or None, float(scale or 1.0))
                    model = verdict_cv.fit([rows[i] for i in train], floor)
                for i in test:
                    predicted[i] = verdict_cv.replay(rows[i], model)
                patch(None)
            fig = verdict_cv.figures(rows, predicted)
            results[variant].append(fig)
            print(f"seed {seed} {variant}: bioasq {fig['bioasq']['macro_f1']} pubmedqa {fig['pubmedqa']['macro_f1']}",
                  json.dumps(fig), flush=True)
            if out:
                for r, p in zip(rows, predicted):
                    out.write(json.dumps({"seed": seed, "variant": variant, "set": r["set"], "gold": r["gold"],
                                          "question": r["q"].text, "predicted": p}) + "\n")
    print("mean over seeds (macro F1 bioasq / pubmedqa):")
    for variant, figs in results.items():
        print(f"  {variant:16s} {np.mean([f['bioasq']['macro_f1'] for f in figs]):.4f} "
              f"{np.mean([f['pubmedqa']['macro_f1'] for f in figs]):.4f}")


if __name__ == "__main__":
    main()
