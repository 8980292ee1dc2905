"""Training the design-sentence model (``service.answer.design``) on PubMedQA's structured abstracts.

Each PubMedQA abstract lists its section headings in order (``metadata.sections``: BACKGROUND, METHODS,
RESULTS, ...; the conclusions were removed), but its text runs on without them. The headings name three kinds
of sentence (``heading_class``): background or aim, method, result. An abstract's sentences are those kinds in
its headings' order, each section at least one sentence, so labels come by cutting the sentences into the
sections where a model reads them best (``segment``), starting from cuts in proportion to the sections'
number, fitting a model, and (``ROUNDS`` above one) cutting again where the model reads them best and fitting
again (hard expectation-maximisation). Only the first and last sentence's kinds are known for sure (the first
and last section's): the margin is chosen on those (dev, out of fold), and the held-out figures are given on
those and on the held-out abstracts cut by their headings with the final model.

Dev half only (an abstract's half is its question's, ``datasets.query_half``); the held-out half is read for
the figures alone.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eval.datasets import query_half
from ingest.sentences import sentence_texts
from service.answer.design import CLASSES, DesignModel, words

# Fit rounds, and the inverse regularisation: by 5-fold cross-validation on the dev half's first and last sentences,
# the AUC of method against result was 0.908 / 0.885 / 0.870 for C 0.3 / 1 / 3 with one round (proportional cuts)
# and 0.907 / 0.886 with two: re-cutting adds nothing, the labels are noisy, and a strong prior helps.
ROUNDS = 1
MIN_COUNT = 3  # a word feature seen in fewer dev sentences has no weight
C = 0.3
MARGINS = tuple(round(m, 2) for m in np.arange(-1.0, 3.01, 0.25))

# What a heading's words say a section holds: the vocabulary of structured abstracts' headings.
_HEADING_WORDS = {
    "background": ("BACKGROUND", "OBJECTIVE", "PURPOSE", "AIM", "INTRODUCTION", "CONTEXT", "RATIONALE",
                   "HYPOTHES", "GOAL", "OBJECT"),
    "method": ("METHOD", "DESIGN", "PATIENT", "PARTICIPANT", "SUBJECT", "MATERIAL", "INTERVENTION", "MEASURE",
               "SETTING", "POPULATION", "SAMPLE", "DATA", "SELECTION", "EXTRACTION", "COLLECTION", "LOCATION",
               "END POINT", "PROBANDS", "VARIABLES", "REGISTRATION", "OUTCOME"),
    "result": ("RESULT", "FINDING", "OBSERVATION"),
}


def heading_class(heading: str) -> str | None:
    """The kind of sentence a section heading names (``CLASSES``), or None for a heading of none or of two
    ("METHODS AND RESULTS", "CASE REPORT", "DISCUSSION"). A result heading that also names outcomes ("MAIN
    RESULTS", "MEASUREMENTS AND MAIN RESULTS") is results."""
    found = {k for k, names in _HEADING_WORDS.items() if any(n in heading.upper() for n in names)}
    if "result" in found and found - {"result"} <= {"method"} and "MEASURE" in heading.upper() \
            and "METHOD" not in heading.upper():
        return "result"  # "MEASUREMENTS AND MAIN RESULTS": what was measured, then found
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class Abstract:
    """One abstract: its sentences and the kinds of its sections, in order (runs of one kind made one)."""

    doc_id: str
    half: str
    sentences: tuple[str, ...]
    kinds: tuple[str, ...]


def load_abstracts(pubmedqa: Path) -> list[Abstract]:
    """PubMedQA's abstracts whose every heading names one kind and that have a sentence per section at least;
    each in its question's half."""
    half_of: dict[str, str] = {}
    for line in (pubmedqa / "qrels" / "test.tsv").read_text().splitlines()[1:]:
        query, doc, *_ = line.split("\t")
        half_of[doc] = query_half(query)
    out = []
    for line in (pubmedqa / "corpus.jsonl").read_text().splitlines():
        doc = json.loads(line)
        kinds = [heading_class(h) for h in doc.get("metadata", {}).get("sections", [])]
        if not kinds or None in kinds or doc["_id"] not in half_of:
            continue
        runs = tuple(k for n, k in enumerate(kinds) if n == 0 or k != kinds[n - 1])
        sentences = tuple(sentence_texts(doc["text"]))
        if len(sentences) >= len(runs):
            out.append(Abstract(doc["_id"], half_of[doc["_id"]], sentences, runs))  # type: ignore[arg-type]
    return out


def proportional(a: Abstract) -> list[str]:
    """The first cut: the sentences shared among the sections evenly, in order."""
    n, k = len(a.sentences), len(a.kinds)
    return [a.kinds[min(k - 1, i * k // n)] for i in range(n)]


def segment(a: Abstract, log_p: np.ndarray) -> list[str]:
    """The labels of ``a``'s sentences that cut them into its sections in order, each section one sentence at
    least, with the highest total log probability (``log_p``: sentences x ``CLASSES``); dynamic programming."""
    n, k = len(a.sentences), len(a.kinds)
    cols = [CLASSES.index(kind) for kind in a.kinds]
    best = np.full((n, k), -np.inf)
    back = np.zeros((n, k), dtype=int)
    best[0, 0] = log_p[0, cols[0]]
    for i in range(1, n):
        for j in range(k):
            stay = best[i - 1, j]
            move = best[i - 1, j - 1] if j else -np.inf
            back[i, j] = j if stay >= move else j - 1
            best[i, j] = max(stay, move) + log_p[i, cols[j]]
    labels, j = [], k - 1
    for i in range(n - 1, -1, -1):
        labels.append(a.kinds[j])
        j = back[i, j]
    return labels[::-1]


def fit(sentences: list[str], labels: list[str]) -> DesignModel:
    """A multinomial logistic regression over ``words`` features seen in ``MIN_COUNT`` sentences or more."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    bags = [dict.fromkeys(words(s), 1.0) for s in sentences]
    counts: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            counts[w] = counts.get(w, 0) + 1
    bags = [{w: v for w, v in bag.items() if counts[w] >= MIN_COUNT} for bag in bags]
    vec = DictVectorizer()
    x = vec.fit_transform(bags)
    y = np.asarray([CLASSES.index(lab) for lab in labels])
    clf = LogisticRegression(C=C, max_iter=3000).fit(x, y)
    # One row of logits per class of ``CLASSES``; a class no sentence has is never read (a logit of -30); with two
    # classes the classifier keeps one row, the second's logit over the first's.
    coef = np.zeros((len(CLASSES), x.shape[1]))
    intercepts = np.full(len(CLASSES), -30.0)
    present = list(clf.classes_)
    if len(present) == 2:
        coef[present[1]], intercepts[present[1]], intercepts[present[0]] = clf.coef_[0], clf.intercept_[0], 0.0
    else:
        coef[present], intercepts[present] = clf.coef_, clf.intercept_
    weights = {name: tuple(round(float(v), 4) for v in coef[:, i]) for i, name in enumerate(vec.get_feature_names_out())
               if np.abs(coef[:, i]).max() >= 1e-3}
    return DesignModel(weights, tuple(float(v) for v in intercepts))  # type: ignore[arg-type]


def log_probabilities(model: DesignModel, sentences: tuple[str, ...]) -> np.ndarray:
    """Per sentence, the log of P(class) for each of ``CLASSES``."""
    return np.log(np.array([[max(p, 1e-12) for p in model.probabilities(s).values()] for s in sentences]))


def train_labels(abstracts: list[Abstract], rounds: int = ROUNDS) -> tuple[DesignModel, list[list[str]]]:
    """Cut-and-refit (see the module's docstring) on ``abstracts``: the last model and the last cut's labels."""
    labels = [proportional(a) for a in abstracts]
    model = None
    for _ in range(rounds):
        model = fit([s for a in abstracts for s in a.sentences], [lab for ls in labels for lab in ls])
        labels = [segment(a, log_probabilities(model, a.sentences)) for a in abstracts]
    assert model is not None
    return model, labels


def method_vs_result(model: DesignModel, pairs: list[tuple[str, str]], margin: float) -> dict:
    """Precision and recall of "design only" (``method_over_result`` above ``margin``) for the method sentences
    among ``pairs`` (sentence, kind) whose kind is method or result."""
    kept = [(s, lab) for s, lab in pairs if lab in ("method", "result")]
    said = [model.method_over_result(s) > margin for s, _ in kept]
    gold = [lab == "method" for _, lab in kept]
    tp = sum(p and g for p, g in zip(said, gold))
    fp = sum(p and not g for p, g in zip(said, gold))
    fn = sum(g and not p for p, g in zip(said, gold))
    results = len(gold) - sum(gold)
    return {"sentences": len(kept), "method": sum(gold), "precision": round(tp / max(tp + fp, 1), 4),
            "recall": round(tp / max(tp + fn, 1), 4), "results_taken_for_design": round(fp / max(results, 1), 4)}


def choose_margin(abstracts: list[Abstract], folds: int = 5) -> float:
    """The margin with the best F0.5 of "design only" (method against result) on the first and last sentences of
    ``abstracts`` (the only ones whose kind is sure), out of fold (each fold's model cut and fitted on the others):
    precision first, since a result taken for a design loses a finding, while a design taken for a result is what
    happens without the model; method and result sentences weigh the same."""
    scores: list[tuple[float, bool]] = []
    for f in range(folds):
        model, _ = train_labels([a for n, a in enumerate(abstracts) if n % folds != f])
        for a in abstracts[f::folds]:
            for s, kind in _edges(a):
                if kind in ("method", "result"):
                    scores.append((model.method_over_result(s), kind == "method"))
    best, best_f = 0.0, -1.0
    methods = max(sum(g for _, g in scores), 1)
    results = max(sum(not g for _, g in scores), 1)
    for m in MARGINS:
        # Each kind weighs the same: the sure sentences are mostly results (a result section closes nearly every
        # abstract), where a statement quoted from a passage is as often a method as a result.
        r = sum(v > m and g for v, g in scores) / methods
        false = sum(v > m and not g for v, g in scores) / results
        p = r / max(r + false, 1e-9)
        f_half = 1.25 * p * r / max(0.25 * p + r, 1e-9)
        if f_half > best_f:
            best, best_f = m, f_half
    return best


def _edges(a: Abstract) -> list[tuple[str, str]]:
    """An abstract's first and last sentences with their sure kinds."""
    return [(a.sentences[0], a.kinds[0]), (a.sentences[-1], a.kinds[-1])]


def train_design(pubmedqa: Path, out: Path) -> dict:
    """Train on the dev half's abstracts, write ``design.json`` to ``out``, and report held-out figures: on the
    held-out abstracts' first and last sentences (their kinds known for sure) and on all their sentences cut by
    their headings with the final model."""
    abstracts = load_abstracts(pubmedqa)
    dev = [a for a in abstracts if a.half == "dev"]
    held = [a for a in abstracts if a.half == "heldout"]
    model, _ = train_labels(dev)
    margin = choose_margin(dev)
    sentences = sum(len(a.sentences) for a in dev)
    model = DesignModel(model.weights, model.intercepts, margin,
                        f"PubMedQA dev half: {len(dev)} structured abstracts, {sentences} sentences labelled by "
                        f"their section headings (cut in proportion, {ROUNDS} fit round(s)), C={C}, margin {margin} by "
                        f"5-fold CV on their first and last sentences (F0.5)")
    out.mkdir(parents=True, exist_ok=True)
    (out / "design.json").write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n")
    edges = [pair for a in held for pair in _edges(a)]
    cut = [(s, lab) for a in held for s, lab in zip(a.sentences, segment(a, log_probabilities(model, a.sentences)))]
    return {"trained_on": model.trained_on, "margin": margin, "features": len(model.weights),
            "heldout_abstracts": len(held),
            "heldout_first_and_last_sentences": method_vs_result(model, edges, margin),
            "heldout_all_sentences_cut_by_headings": method_vs_result(model, cut, margin)}
