"""``medcite-eval train``: rebuild the answer pipeline's learned weights from the shared labelled data.

Writes ``service/answer/weights/sentence_relevance.json``, ``verdict.json``, ``abstention.json`` and
``design.json`` (trained on the dev halves) and prints held-out figures beside the previous weights' figures; and
``abbreviations.json``, the abbreviation lexicon mined from the shared texts (eval.abbreviation_mining), and
``classes.json``, the member-to-class lexicon mined from the shared abstracts (eval.class_mining).
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any, Optional

import numpy as np
import typer
from rich.console import Console

from eval.cache import cached_index, default_cache_dir
from eval.console import user_errors
from eval.datasets import Answer, Dataset, load_dataset, query_half
from eval.abbreviation_mining import train_abbreviations
from eval.class_mining import train_classes
from eval.abstention_cli import train_abstention
from eval.design_training import train_design
from eval import guideline_training
from eval.training import (FLOOR_GRID, VerdictInput, choose_lead_floor, choose_relevant_floor, fit_relevance,
                           query_vectors, ranking_figures, relevance_rows, verdict_features, verdict_input)
from index.embedder import Embedder, load_embedder
from index.search import Index, open_index
from ingest.chunking import ChunkingParams
from service.answer import abbreviations, design, learned_classes, relevance, verdict
from service.answer.relevance import FALLBACK

err = Console(stderr=True)
WEIGHTS = Path(__file__).resolve().parent.parent / "service" / "answer" / "weights"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
CV_REPEATS = 3
THRESHOLDS = tuple(round(t, 3) for t in np.arange(0.2, 0.81, 0.025))
PARTS = ("relevance", "guideline", "verdict", "abstention", "design", "abbreviations", "classes")


def register(app: typer.Typer) -> None:
    """Add the ``train`` command to the medcite-eval app."""
    app.command("train")(train)


def train(
    bioasq: Path = typer.Option(..., "--bioasq", help="The shared BioASQ folder (answers.jsonl with snippets)."),
    pubmedqa: Optional[Path] = typer.Option(None, "--pubmedqa", help="The shared PubMedQA folder (decisions)."),
    out: Path = typer.Option(WEIGHTS, "--out", help="Where the weights files go (default: the package's)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Index cache (as medcite-eval answers)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object, the last line."),
    only: Optional[str] = typer.Option(None, "--only", help="Train one part only: relevance, guideline (the "
                                                              "guideline part of relevance, on the BioASQ part as "
                                                              "shipped), verdict, abstention, design, abbreviations "
                                                              "or classes (the others' weights are left as they are)."),
    shared: Optional[Path] = typer.Option(None, "--shared", help="The shared data folder whose texts (guidelines/*.md, "
                                          "bioasq and pubmedqa corpus.jsonl) the abbreviation lexicon is mined from "
                                          "(default: the folder holding --bioasq)."),
    abstain: int = typer.Option(200, "--abstain", min=1, help="Dev questions whose gold documents are removed to "
                                "train the direct-evidence check (as medcite-eval answers --abstain)."),
    guideline_part: bool = typer.Option(False, "--guideline-part", help="Write the guideline part of sentence "
                                        "relevance into the weights (default: fit and report it only; the shipped "
                                        "weights leave it out, BENCHMARKS.md says why)."),
    relevant_floor: Optional[float] = typer.Option(None, "--relevant-floor", min=0.0, max=1.0,
                                                   help="The relevance a statement needs to carry a verdict without "
                                                        "being direct (default: chosen on dev, "
                                                        "eval.training.choose_relevant_floor)."),
) -> None:
    """Train sentence relevance on BioASQ snippets, the yes/no verdict on BioASQ + PubMedQA labels and the
    direct-evidence check on BioASQ questions with and without their gold documents (dev halves only), write
    the weights, and report figures on the held-out halves."""
    with user_errors():
        if only not in (None, *PARTS):
            raise typer.BadParameter(f"--only must be one of {', '.join(PARTS)}, not {only!r}")
        out.mkdir(parents=True, exist_ok=True)
        report = {}
        if only == "design" and pubmedqa is None:
            raise typer.BadParameter("the design-sentence model trains on PubMedQA: give --pubmedqa")
        if only in (None, "design") and pubmedqa is not None:  # first: the other parts' statements read it
            report["design"] = train_design(pubmedqa, out)
            design.design_model.cache_clear()
            design.design_only.cache_clear()
        if only in (None, "abbreviations"):
            report["abbreviations"] = train_abbreviations(shared or bioasq.parent, out / "abbreviations.json")
            abbreviations.learned.cache_clear()
        if only in (None, "classes"):
            report["classes"] = train_classes(shared or bioasq.parent, out / "classes.json")
            learned_classes.learned.cache_clear()
        if only in ("design", "abbreviations", "classes"):
            _print(report, as_json)
            return
        cache = cache_dir or default_cache_dir()
        embedder = load_embedder(None)
        if only == "guideline":
            report["guideline"] = _train_guideline_part((shared or bioasq.parent) / "guidelines", cache, embedder, out,
                                                        guideline_part)
            _print(report, as_json)
            return
        sets = {"bioasq": load_dataset(bioasq, require_answers=True)}
        if pubmedqa:
            sets["pubmedqa"] = load_dataset(pubmedqa, require_answers=True)
        indexes, index_dirs = {}, {}
        for name, data in sets.items():
            index_dirs[name], _ = cached_index(data.corpus_path, data.name, cache, embedder, ChunkingParams())
            indexes[name] = open_index(index_dirs[name], embedder=embedder)
        if only in (None, "relevance"):
            report["relevance"] = _train_relevance(indexes["bioasq"], sets["bioasq"], out)
            guidelines = (shared or bioasq.parent) / "guidelines"
            report["guideline"] = (_train_guideline_part(guidelines, cache, embedder, out, guideline_part)
                                   if guidelines.is_dir() or guideline_part
                                   else {"skipped": f"no guideline folder at {guidelines}"})
        if only in (None, "verdict"):
            report["verdict"] = _train_verdict(indexes, sets, out, relevant_floor)
        if only in (None, "abstention"):
            report["abstention"] = train_abstention(sets["bioasq"], indexes["bioasq"], index_dirs["bioasq"], cache,
                                                    embedder, out, abstain)
    _print(report, as_json)


def _print(report: dict, as_json: bool) -> None:
    err.print_json(json.dumps(report))
    if as_json:
        print(json.dumps(report))


def _train_relevance(index: Index, data: Dataset, out: Path) -> dict:
    err.print("relevance: labelling statements of the dev half ...")
    dev = relevance_rows(index, data, "dev")
    err.print("relevance: labelling statements of the held-out half ...")
    held = relevance_rows(index, data, "heldout")
    model = fit_relevance(dev, f"BioASQ dev half: {len(set(dev.group))} questions, {len(dev.y)} statements, "
                               f"{sum(dev.y)} matching a gold snippet")
    gold = {q: {d for d, grade in docs.items() if grade > 0} for q, docs in data.qrels.items()}
    floor, floor_dev = choose_lead_floor(dev, model, gold)
    model = replace(model, lead_floor=floor)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sentence_relevance.json").write_text(json.dumps(model.to_json(), indent=1) + "\n")
    relevance.relevance_model.cache_clear()
    return {"trained_on": model.trained_on, "lead_floor": floor, "lead_floor_dev": floor_dev,
            "lead_floor_heldout": choose_lead_floor(held, model, gold, grid=(floor,))[1],
            "heldout": ranking_figures(held, model),
            "heldout_hand_set_scorer": ranking_figures(held, FALLBACK),
            "weights": dict(zip(model.features, [round(w, 3) for w in model.weights]))}


def _train_guideline_part(guidelines: Path, cache: Path, embedder: Embedder, out: Path, write: bool) -> dict:
    """Fit the guideline part of sentence relevance (``eval.guideline_training``) on every guideline label, on top of
    the BioASQ part in ``out``, and report it out of fold (folds by document) beside the BioASQ part alone; with
    ``write``, put it in the weights. Not shipped: it ranks a guideline's deciding statement first more often, but
    its scores move statements across the floors the answer's rules were built on (BENCHMARKS.md, session 74)."""
    labels = guideline_training.load_labels()
    err.print(f"guideline: {len(labels)} labelled questions; indexing their files from {guidelines} ...")
    index_dir = guideline_training.labelled_index(guidelines, labels, cache, embedder)
    index = open_index(index_dir, embedder=embedder)
    try:
        rows, stale = guideline_training.guideline_rows(index, labels)
    finally:
        index.close()
    path = out / "sentence_relevance.json"
    shipped = path if path.exists() else WEIGHTS / "sentence_relevance.json"  # a new --out starts from the package's
    base = replace(relevance.LinearModel.from_json(json.loads(shipped.read_text())), guideline_weights=(),
                   guideline_intercept=0.0, guideline_trained_on="")
    questions = len(set(rows.group))
    penalty, tried = guideline_training.choose_penalty(rows, base)
    model = guideline_training.fit_guideline_part(
        rows, base, f"{questions} guideline questions on {len(set(rows.doc))} shared guideline files, "
                    f"{len(rows.y)} statements, {sum(rows.y)} deciding (eval/labels/guideline_deciding.jsonl), "
                    f"L2 penalty {penalty:g}", penalty)
    if write:
        path.write_text(json.dumps(model.to_json(), indent=1) + "\n")
        relevance.relevance_model.cache_clear()
    return {"trained_on": model.guideline_trained_on, "written": write, "labels_without_statement": stale,
            "penalty": penalty,
            "cv_by_document": tried[penalty],
            "cv_by_penalty": {str(p): t["with_guideline_part"] for p, t in tried.items()},
            "weights": dict(zip(model.features, [round(w, 3) for w in model.guideline_weights])),
            "intercept": round(model.guideline_intercept, 3)}


def _train_verdict(indexes: dict[str, Index], sets: dict[str, Dataset], out: Path,
                   relevant_floor: float | None = None) -> dict:
    """Train the verdict model on the dev halves (``fit_verdict``), at ``relevant_floor`` or, without one, at the floor
    ``choose_relevant_floor`` picks on dev. (Session 37: that pick sits on an edge: 0.25 leaves 88.9% of dev questions
    undecided once their gold documents are gone, 0.3 just reaches the 90% asked, a difference of four questions, and
    under scripts/verdict_cv.py 0.3 lost to 0.25: PubMedQA 0.4533 -> 0.4404 with seed 0, both sets with seed 1.)"""
    inputs: dict[str, list[tuple[str, VerdictInput, str]]] = {"dev": [], "heldout": []}
    for name, data in sets.items():
        labelled = [(q, label) for q in data.queries if (label := _label(data.answers.get(q.id))) is not None]
        vectors = query_vectors(indexes[name], [q.text for q, _ in labelled])
        for query, label in labelled:
            gold = frozenset(d for d, grade in data.qrels.get(query.id, {}).items() if grade > 0)
            example = verdict_input(indexes[name], query.text, vectors[" ".join(query.text.split())], gold)
            inputs[query_half(query.id)].append((name, example, label))
    grid = (relevant_floor,) if relevant_floor is not None else FLOOR_GRID
    floor, floor_dev = choose_relevant_floor([e for _, e, _ in inputs["dev"]], grid=grid)
    examples = {half: [(name, *verdict_features(e, floor), label) for name, e, label in rows]
                for half, rows in inputs.items()}
    decided = {half: [bool(verdict.evidence_for_verdict(e.direct, e.ranked, floor)) for _, e, _ in rows]
               for half, rows in inputs.items()}
    report = fit_verdict(examples, out, floor, decided["heldout"])
    report["relevant_floor_dev"] = floor_dev
    report["relevant_floor_heldout"] = choose_relevant_floor([e for _, e, _ in inputs["heldout"]], grid=(floor,))[1]
    return report


def fit_verdict(examples: dict[str, list[tuple[str, dict, bool, str]]], out: Path, relevant_floor: float = 1.0,
                heldout_decided: list[bool] | None = None) -> dict:
    """Fit the verdict model on the dev examples ((set, features, whether a "no" may rest on its statements,
    label) per question), each set weighing as
    much as the others, choosing C and the thresholds by 5-fold cross-validation on dev; write verdict.json
    (with ``relevant_floor``); report on the held-out examples, alone and with the questions whose verdict
    would be "insufficient" (``heldout_decided`` False) counted as misses, as ``medcite-eval answers`` does."""
    labelled = [(n, f, no, lab) for n, f, no, lab in examples["dev"] if lab in ("yes", "no")]
    vec, clf, c, lo, hi, score = choose_verdict_model(labelled, log=err.print)
    names = [n for n, *_ in labelled]
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= 1e-4}
    counts = ", ".join(f"{names.count(n)} {n}" for n in sorted(set(names)))
    data = {"weights": weights, "intercept": float(clf.intercept_[0]), "no_below": lo, "yes_above": hi,
            "relevant_floor": relevant_floor,
            "trained_on": f"dev halves: {len(labelled)} yes/no questions ({counts}; each set weighs the same), C={c}"}
    (out / "verdict.json").write_text(json.dumps(data, indent=0, sort_keys=True) + "\n")
    verdict.verdict_model.cache_clear()
    held, held_covered = {}, {}
    decided = heldout_decided or [True] * len(examples["heldout"])
    model = verdict.VerdictModel(weights={}, intercept=0.0, no_below=lo, yes_above=hi)
    for name in sorted({n for n, *_ in examples["heldout"]}):
        rows = [(f, no, lab, d) for (n, f, no, lab), d in zip(examples["heldout"], decided) if n == name]
        p = clf.predict_proba(vec.transform([f for f, *_ in rows]))[:, 1]
        predicted = [model.verdict(v, no) for v, (_, no, _, _) in zip(p, rows)]
        gold = [lab for _, _, lab, _ in rows]
        held[name] = {"questions": len(rows), "macro_f1": _macro_f1(gold, predicted, _classes(name)),
                      "majority_share": round(max(sum(lab == k for lab in gold) for k in ("yes", "no", "maybe"))
                                              / len(rows), 4)}
        yesno = [(g, p if d else None) for g, p, (*_, d) in zip(gold, predicted, rows) if g in ("yes", "no")]
        held_covered[name] = {"yesno_questions": len(yesno),
                              "coverage": round(sum(p is not None for _, p in yesno) / max(len(yesno), 1), 4),
                              "yesno_macro_f1": _macro_f1([g for g, _ in yesno], [p for _, p in yesno],
                                                          ("yes", "no"))}
    return {"trained_on": data["trained_on"], "dev_cv_objective": round(score, 4), "no_below": lo,
            "yes_above": hi, "relevant_floor": relevant_floor, "heldout_model_alone": held,
            "heldout_with_insufficient_as_miss": held_covered}


def choose_verdict_model(labelled: list[tuple[str, dict, bool, str]], folds: int = 5,
                         log: Callable[[str], None] | None = None,
                         groups: Sequence[str] | None = None) -> tuple[Any, Any, float, float, float, float]:
    """The verdict classifier over ``labelled`` ((set, features, whether a "no" may rest on its statements, yes or
    no) per row, one row per question unless ``groups`` names each row's question), each set weighing as much as
    the others, with C and the thresholds chosen by ``folds``-fold cross-validation (out-of-fold P(yes) averaged
    over CV_REPEATS shuffles; the rows of one question in one fold): (vectorizer, classifier fitted on all of
    ``labelled``, C, "no" below, "yes" from, the cross-validated objective). ``fit_verdict`` ships it;
    ``scripts/verdict_cv.py`` refits it inside each of its own folds."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    vec = DictVectorizer()
    x = vec.fit_transform([f for _, f, _, _ in labelled])
    y = np.asarray([1 if lab == "yes" else 0 for *_, lab in labelled])
    names = [n for n, *_ in labelled]
    says = [no for _, _, no, _ in labelled]
    weight = np.asarray([len(labelled) / (len(set(names)) * names.count(n)) for n in names])
    strata = [f"{n}:{v}" for n, v in zip(names, y)]
    best: tuple[float, float, float, float] | None = None
    for c in C_GRID:
        p = np.zeros(len(y))  # out-of-fold P(yes), averaged over CV_REPEATS shuffles (one is noisy at this size)
        for seed in range(CV_REPEATS):
            split = (StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, strata) if groups is None
                     else StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(x, strata, groups))
            for train_idx, test_idx in split:
                clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
                clf.fit(x[train_idx], y[train_idx], sample_weight=weight[train_idx])
                p[test_idx] += clf.predict_proba(x[test_idx])[:, 1] / CV_REPEATS
        lo, hi, score = _thresholds(p, says, [lab for *_, lab in labelled], names)
        if log is not None:
            log(f"verdict: C={c}: dev CV objective {score:.4f} (no below {lo}, yes from {hi})")
        if best is None or score > best[3]:
            best = (c, lo, hi, score)
    assert best is not None  # C_GRID is not empty
    c, lo, hi, score = best
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y, sample_weight=weight)
    return vec, clf, c, lo, hi, score


def _label(gold: Answer | None) -> str | None:
    if gold is None:
        return None
    if gold.type == "yesno" and isinstance(gold.exact_answer, str):
        return gold.exact_answer.strip().lower()
    if gold.decision:
        return gold.decision.strip().lower()
    return None


def _classes(name: str) -> tuple[str, ...]:
    return ("yes", "no", "maybe") if name == "pubmedqa" else ("yes", "no")


def _thresholds(p: np.ndarray, says: list[bool], labels: list[str], names: list[str]) -> tuple[float, float, float]:
    """(no_below, yes_above) that maximise the mean of each set's yes/no macro F1 on out-of-fold predictions,
    with the verdict rule the answer path applies (``VerdictModel.verdict``: a "no" the statements
    contradict is uncertain)."""
    best = (0.5, 0.5, -1.0)
    for lo in THRESHOLDS:
        for hi in THRESHOLDS:
            if hi < lo or hi - lo > 0.1:
                continue
            model = verdict.VerdictModel(weights={}, intercept=0.0, no_below=lo, yes_above=hi)
            predicted = [model.verdict(v, no) for v, no in zip(p, says)]
            scores = []
            for name in sorted(set(names)):
                idx = [i for i, n in enumerate(names) if n == name]
                scores.append(_macro_f1([labels[i] for i in idx], [predicted[i] for i in idx], ("yes", "no")))
            score = float(np.mean(scores))
            if score > best[2]:
                best = (lo, hi, score)
    return best


def _macro_f1(gold: Sequence[str | None], predicted: Sequence[str | None], classes: tuple[str, ...]) -> float:
    """Mean over ``classes`` of F1, an 'uncertain' prediction counting as maybe (else as wrong)."""
    predicted = ["maybe" if p == "uncertain" and "maybe" in classes else p for p in predicted]
    f1s = []
    for k in classes:
        tp = sum(g == k and p == k for g, p in zip(gold, predicted))
        fp = sum(g != k and p == k for g, p in zip(gold, predicted))
        fn = sum(g == k and p != k for g, p in zip(gold, predicted))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return round(float(np.mean(f1s)), 4)
