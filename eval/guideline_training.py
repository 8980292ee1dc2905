"""The guideline part of sentence relevance, learned from guideline questions labelled with their deciding statements.

BioASQ's gold snippets label research abstracts only, and the relevance model trained on them gives a guideline's
advice no more weight than its background (its ``recommendation`` weight is negative: BioASQ snippets are seldom
advice). A label here is a clinician's question on one shared guideline file and the statements of that file that
decide it, kept as hashes of the statements' words (``statement_hash``), so no guideline text is stored. The part is
fitted on top of the BioASQ model (its logit an offset, an L2-penalised logistic regression over the same features),
then its intercept is moved so that as many guideline statements reach the quote floor as under the BioASQ model
alone: the floors downstream were chosen on that model's scale, and the part is to reorder a guideline's statements,
not to quote fewer of them (one deciding statement per question is a rarer label than BioASQ's several snippets).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from eval.training import StatementRows, question_candidates, ranked_labels
from index.search import Index
from index.build import build_index
from index.embedder import Embedder
from ingest.chunking import ChunkingParams
from service.answer.relevance import LinearModel
from service.answer.scoring import chunk_parts
from service.answer.tuning import TUNING

LABELS = Path(__file__).resolve().parent / "labels" / "guideline_deciding.jsonl"
# L2 penalties on standardised features tried; the one with the best precision at 1 out of fold (folds by document)
# is the one fitted (on 325 labels: 1-10 alike, 30 best with weights half as large, 100 and above lose).
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
FOLDS = 5


@dataclass(frozen=True)
class GuidelineLabel:
    """A question on one guideline document and the hashes of the statements that decide it."""

    doc: str
    question: str
    deciding: frozenset[str]
    batch: str = ""


def statement_hash(text: str) -> str:
    """A statement's label: the SHA-1 of its words, lower-cased, punctuation dropped (16 hex digits)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def load_labels(path: Path = LABELS) -> list[GuidelineLabel]:
    """The labels of a JSON-lines file (doc, question, deciding hashes, batch)."""
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            raw = json.loads(line)
            out.append(GuidelineLabel(raw["doc"], raw["question"], frozenset(raw["deciding"]),
                                      str(raw.get("batch", ""))))
    return out


def doc_statements(index: Index, doc_id: str) -> list[str]:
    """The quotable statements of a document as the answer path cuts them, in reading order, each once."""
    seen: dict[str, None] = {}
    for _, chunk in index.store.chunks_of(doc_id):
        for passage in chunk_parts(chunk):
            for text in passage.texts:
                seen.setdefault(text, None)
    return list(seen)


def labelled_index(guidelines: Path, labels: list[GuidelineLabel], cache_dir: Path, embedder: Embedder) -> Path:
    """An index of the labelled documents' files (copied from ``guidelines``), built once per set of files."""
    names = sorted({f"{label.doc}.md" for label in labels})
    missing = [n for n in names if not (guidelines / n).is_file()]
    if missing:
        raise FileNotFoundError(f"{len(missing)} labelled guideline files are not in {guidelines} "
                                f"(first: {missing[0]})")
    key = hashlib.sha1("\n".join([embedder.fingerprint, repr(ChunkingParams()), *names]).encode()).hexdigest()[:16]
    entry = Path(cache_dir) / f"guideline-labels-{key}"
    index_dir, done = entry / "index", entry / "built"
    if not done.exists():
        corpus = entry / "corpus"
        shutil.rmtree(entry, ignore_errors=True)
        corpus.mkdir(parents=True)
        for name in names:
            shutil.copyfile(guidelines / name, corpus / name)
        build_index(corpus, index_dir, params=ChunkingParams(), embedder=embedder)
        done.write_text("ok\n")
    return index_dir


def guideline_rows(index: Index, labels: list[GuidelineLabel]) -> tuple[StatementRows, int]:
    """Every scored statement of each labelled question (floors off), labelled 1 where it decides the question; and
    how many labels name no statement the splitter cuts today (left out)."""
    rows, stale = StatementRows(), 0
    for label in labels:
        if not label.deciding & {statement_hash(t) for t in doc_statements(index, label.doc)}:
            stale += 1
            continue
        for cand in question_candidates(index, label.question, floors=False):
            rows.x.append(cand.features)
            rows.y.append(int(statement_hash(cand.text) in label.deciding))
            rows.group.append(label.question)
            rows.doc.append(label.doc)
    return rows, stale


def choose_penalty(rows: StatementRows, base: LinearModel) -> tuple[float, dict]:
    """The penalty of ``PENALTIES`` whose part ranks best out of fold (precision at 1, then hit at 3), and the
    out-of-fold figures of each."""
    tried = {penalty: grouped_cv(rows, base, penalty=penalty) for penalty in PENALTIES}
    best = max(PENALTIES, key=lambda p: (tried[p]["with_guideline_part"]["precision_at_1"],
                                         tried[p]["with_guideline_part"]["hit_at_3"], p))
    return best, tried


def fit_guideline_part(rows: StatementRows, base: LinearModel, note: str, penalty: float = 30.0) -> LinearModel:
    """``base`` with a guideline part fitted on ``rows`` (the base's logit as offset), its intercept moved so that
    as many rows reach the quote floor as under ``base``."""
    from scipy.optimize import minimize  # only for training, as sklearn is

    x = np.asarray(rows.x, dtype=float)
    y = np.asarray(rows.y, dtype=float)
    offset = x @ np.asarray(base.weights) + base.intercept
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale

    def loss(p: np.ndarray) -> tuple[float, np.ndarray]:
        logit = offset + z @ p[:-1] + p[-1]
        error = 1.0 / (1.0 + np.exp(-logit)) - y
        value = float(np.sum(np.logaddexp(0.0, logit) - y * logit) + penalty * p[:-1] @ p[:-1])
        return value, np.append(z.T @ error + 2 * penalty * p[:-1], error.sum())

    fitted = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    weights = fitted[:-1] / scale
    intercept = float(fitted[-1] - mean @ weights)
    intercept += _same_count_shift(offset, x @ weights + intercept, TUNING.quote_floor)
    return replace(base, guideline_weights=tuple(float(w) for w in weights), guideline_intercept=intercept,
                   guideline_trained_on=note)


def _same_count_shift(base_logit: np.ndarray, part: np.ndarray, floor: float) -> float:
    """The shift of ``part`` that keeps the count of rows at or above ``floor`` what the base gives alone."""
    cut = float(np.log(floor / (1.0 - floor)))
    count = int(np.sum(base_logit >= cut))
    if count == 0:
        return 0.0
    combined = np.sort(base_logit + part)[::-1]
    return cut - float(combined[count - 1])


def ranking_by_question(rows: StatementRows, model: LinearModel) -> dict[str, float]:
    """The share of questions whose best-scored statement decides it (precision at 1), and at 3."""
    ranked = ranked_labels(rows, model.probabilities(rows.x))
    return {"questions": len(ranked), "precision_at_1": round(float(np.mean([labels[0] for labels in ranked])), 4),
            "hit_at_3": round(float(np.mean([max(labels[:3]) for labels in ranked])), 4)}


def grouped_cv(rows: StatementRows, base: LinearModel, folds: int = FOLDS, penalty: float = 30.0) -> dict:
    """Precision at 1 and hit at 3 out of fold, folds by document, with and without the guideline part."""
    docs = sorted(set(rows.doc))
    np.random.RandomState(0).shuffle(docs)
    fold_of = {doc: i % folds for i, doc in enumerate(docs)}
    with_part, without = [], []
    for k in range(folds):
        train, test = _split(rows, [fold_of[d] != k for d in rows.doc])
        if not test.y or not train.y:
            continue
        model = fit_guideline_part(train, base, "", penalty)
        n = len(set(test.group))
        with_part.append((ranking_by_question(test, model), n))
        without.append((ranking_by_question(test, base), n))
    return {"with_guideline_part": _pooled(with_part), "base_only": _pooled(without)}


def _split(rows: StatementRows, in_train: list[bool]) -> tuple[StatementRows, StatementRows]:
    train, test = StatementRows(), StatementRows()
    for i, keep in enumerate(in_train):
        part = train if keep else test
        part.x.append(rows.x[i])
        part.y.append(rows.y[i])
        part.group.append(rows.group[i])
        part.doc.append(rows.doc[i])
    return train, test


def _pooled(results: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    total = sum(n for _, n in results) or 1
    return {"questions": total, **{key: round(sum(r[key] * n for r, n in results) / total, 4)
                                   for key in ("precision_at_1", "hit_at_3")}}
