"""Variants of the verdict model's fit, replayed through the answer path on verdict_cv's folds, fast.

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/verdict_variants.py --rows ROWS.pkl [--data ../shared/data]
       [--cache-dir CACHE] [--seeds 0,1,2] [--auc] VARIANT ...

``scripts/verdict_cv.py`` collects its rows (every dev yes/no question's answer, ranked evidence and training input)
and refits on them in one run of ~10 minutes; most of a variant's question is in the refit and the replay. This
script collects the same rows once into ``--rows`` (a pickle; collected when the file is missing, ~2 minutes) and
then, per variant and seed, refits and replays exactly as ``verdict_cv.py`` does (its ``fit`` and ``replay``: 5
folds stratified by set and label, seed 100 + s; ``base`` reproduces its "not trained on what experts quoted" line to
the digit), ~80 s a seed. ``--auc`` instead prints each set's out-of-fold AUC of the model's P(yes) on the training
rows alone (no thresholds, no rules; 5 folds x 3 shuffles at C 0.03 and 0.3): a less noisy screen of a feature than
macro F1 after thresholds, which moves by about +-0.025 on BioASQ between fold seeds of the same model.

Variants (session 41, BENCHMARKS "s41verdict"): ``base``; ``mindfK`` (word features seen in fewer than K training
questions dropped); ``scaleK`` (the grammar features multiplied by K, so the shared L2 penalty shrinks them less; the
weights are rescaled so the shipped model reads the same features); ``overlap`` (the share of the question's terms
missing from the first and from all statements, whether its last term is missing); ``thr_decided`` (thresholds chosen
on the training rows whose verdict the answer path would read, not on those it calls "insufficient").
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verdict_cv  # noqa: E402

import eval.train_cli as train_cli  # noqa: E402
import eval.training as training  # noqa: E402
import service.answer.verdict as verdict  # noqa: E402
from index.lexical import tokenize  # noqa: E402

Labelled = list[tuple[str, dict, bool, str]]


def _words(name: str) -> bool:
    return name.startswith(("s:", "q:"))


def min_df(k: int) -> Callable[[Labelled], Labelled]:
    """Drop word features seen in fewer than ``k`` of the training rows."""
    def run(labelled: Labelled) -> Labelled:
        df = Counter(n for _, feats, _, _ in labelled for n in feats if _words(n))
        return [(s, {n: v for n, v in f.items() if not _words(n) or df[n] >= k}, no, g) for s, f, no, g in labelled]
    return run


def overlap(question: str, statements: list[str], topic: frozenset[str] = frozenset()) -> dict[str, float]:
    """How much of the question the statements leave out (BioASQ's "no" often states another fact: "Is Pim-1 a
    protein phosphatase?" above "PIM-1 ... serine/threonine kinase")."""
    asked = tokenize(question)
    if not asked or not statements:
        return {}
    terms = [set(tokenize(t)) for t in statements]
    every = set().union(*terms)
    return {"q_missing_first": len(set(asked) - terms[0]) / len(set(asked)),
            "q_missing_all": len(set(asked) - every) / len(set(asked)), "q_last_missing": float(asked[-1] not in every)}


def _patch_features(extra: Callable[..., dict[str, float]]) -> None:
    original = verdict.features

    def features(question: str, statements: list[str], topic: frozenset[str] = frozenset()) -> dict[str, float]:
        bag = original(question, statements, topic)
        bag.update(extra(question, statements, topic))
        return bag
    verdict.features = features  # read by decide() in the replay
    training.features = features  # read by features_on() in the fit


def _patch_thresholds_on_decided(rows: list[dict], floor: float) -> None:
    original = train_cli._thresholds

    def thresholds(p: np.ndarray, says: list[bool], labels: list[str], names: list[str]) -> tuple[float, float, float]:
        read = [i for i, r in enumerate(_CURRENT) if verdict.evidence_for_verdict(r["input"].direct, r["input"].ranked,
                                                                                  floor)]
        return original(p[read], [says[i] for i in read], [labels[i] for i in read], [names[i] for i in read])
    train_cli._thresholds = thresholds


_CURRENT: list[dict] = []


def fit(rows: list[dict], floor: float, transform: Callable[[Labelled], Labelled],
        scale: float) -> verdict.VerdictModel:
    """``verdict_cv.fit`` with the labelled rows transformed and the grammar features scaled by ``scale``."""
    rows = [r for r in rows if r["gold"] in ("yes", "no")]
    _CURRENT[:] = rows
    labelled = transform([(r["set"], *training.verdict_features(r["input"], floor), r["gold"]) for r in rows])
    labelled = [(s, {n: v if _words(n) else v * scale for n, v in f.items()}, no, g) for s, f, no, g in labelled]
    vec, clf, _, lo, hi, _ = train_cli.choose_verdict_model(labelled, folds=verdict_cv.FOLDS)
    weights = {n: float(w) * (1.0 if _words(n) else scale) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0])}
    return verdict.VerdictModel(weights=weights, intercept=float(clf.intercept_[0]), no_below=lo, yes_above=hi,
                                relevant_floor=floor)


def setup(name: str, rows: list[dict], floor: float) -> tuple[Callable[[Labelled], Labelled], float]:
    """The transform and grammar scale of a variant, after patching what it changes."""
    if name.startswith("mindf"):
        return min_df(int(name[5:])), 1.0
    if name.startswith("scale"):
        return (lambda lab: lab), float(name[5:])
    if name == "overlap":
        _patch_features(overlap)
    elif name == "thr_decided":
        _patch_thresholds_on_decided(rows, floor)
    elif name != "base":
        raise SystemExit(f"unknown variant {name}")
    return (lambda lab: lab), 1.0


def auc(rows: list[dict], floor: float, transform: Callable[[Labelled], Labelled], scale: float) -> dict[str, float]:
    """Each set's out-of-fold AUC of P(yes) on the training rows (the train command's classifier and weights, C fixed,
    no thresholds)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    rows = [r for r in rows if r["gold"] in ("yes", "no")]
    _CURRENT[:] = rows
    labelled = [(r["set"], *training.verdict_features(r["input"], floor), r["gold"]) for r in rows]
    names = np.asarray([r["set"] for r in rows])
    y = np.asarray([r["gold"] == "yes" for r in rows], dtype=int)
    weight = np.asarray([len(rows) / (2 * (names == n).sum()) for n in names])
    strata = [f"{n}:{v}" for n, v in zip(names, y)]
    out = {}
    for c in (0.03, 0.3):
        p = np.zeros(len(rows))
        for seed in range(3):
            for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(rows)), strata):
                fold = transform([labelled[i] for i in train])
                vec = DictVectorizer()
                x = vec.fit_transform([{n: v if _words(n) else v * scale for n, v in f.items()} for _, f, _, _ in fold])
                clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
                clf.fit(x, y[train], sample_weight=weight[train])
                p[test] += clf.decision_function(vec.transform([{n: v if _words(n) else v * scale
                                                                 for n, v in labelled[i][1].items()}
                                                                for i in test])) / 3
        for s in ("bioasq", "pubmedqa"):
            out[f"{s} C={c}"] = round(float(roc_auc_score(y[names == s], p[names == s])), 4)
    return out


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/medcite/eval")
    parser.add_argument("--seeds", default="0")
    parser.add_argument("--auc", action="store_true")
    args = parser.parse_args()
    if not args.rows.exists():
        args.rows.write_bytes(pickle.dumps(verdict_cv.collect(args.data, args.cache_dir)))
    rows = pickle.loads(args.rows.read_bytes())
    shipped = verdict.verdict_model()
    floor = shipped.relevant_floor if shipped else 1.0
    strata = [f"{r['set']}:{r['gold']}" for r in rows]
    for name in args.variants:  # a variant that patches stays patched: run one such per process
        transform, scale = setup(name, rows, floor)
        if args.auc:
            print(name, json.dumps(auc(rows, floor, transform, scale)), flush=True)
            continue
        for seed in (int(s) for s in args.seeds.split(",")):
            predicted: list[str | None] = [None] * len(rows)
            for train, test in StratifiedKFold(verdict_cv.FOLDS, shuffle=True, random_state=100 + seed).split(
                    np.zeros(len(rows)), strata):
                model = fit([rows[i] for i in train], floor, transform, scale)
                for i in test:
                    predicted[i] = verdict_cv.replay(rows[i], model)
            figures = verdict_cv.figures(rows, predicted)
            mean = (figures["bioasq"]["macro_f1"] + figures["pubmedqa"]["macro_f1"]) / 2
            print(name, "seed", seed, json.dumps(figures), "mean", round(mean, 4), flush=True)


if __name__ == "__main__":
    main()
