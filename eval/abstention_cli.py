"""The ``--only abstention`` part of ``medcite-eval train``: the direct-evidence check from the dev half,
its operating point on dev, and its figures on the held-out half's abstention sample."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from eval.abstention import gold_documents, reduced_index, reduced_workdir, sample_questions
from eval.abstention_training import EvidenceRows, add_rows, cross_validated, operating_point, train_model
from eval.datasets import Dataset, select_half
from index.embedder import Embedder
from index.search import Index, open_index
from service.answer import abstention

err = Console(stderr=True)
HELDOUT_SAMPLE = 50  # the held-out sample medcite-eval answers uses by default (its reduced index is cached)


def abstention_rows(data: Dataset, index: Index, index_dir: Path, cache_dir: Path, embedder: Embedder,
                    n: int, start: int = 0, rows: EvidenceRows | None = None, fold: int = 0) -> EvidenceRows:
    """Rows of ``data``'s abstention sample (questions ``start`` to ``start + n`` of ``sample_questions``):
    asked of the full index (label 1) and of the index without those questions' gold documents (label 0;
    built or reused as medcite-eval answers does, one reduced index per slice), in ``fold``."""
    sample = sample_questions(data, start + n)[start:]
    removed = set().union(*(gold_documents(data, q.id) for q in sample)) if sample else set()
    rows = rows if rows is not None else EvidenceRows()
    questions = [(q.id, q.text) for q in sample]
    snippets = {q.id: list(data.answers[q.id].snippets) for q in sample if q.id in data.answers}
    add_rows(rows, index, questions, 1, fold, snippets)
    workdir = reduced_workdir(cache_dir, index_dir, data, n)
    if start:
        workdir = workdir.with_name(f"{workdir.name}-from-{start}")
    reduced = reduced_index(index_dir, data.corpus_path, removed, workdir, embedder)
    small = open_index(reduced.path, embedder=embedder)
    try:
        add_rows(rows, small, questions, 0, fold, snippets)
    finally:
        small.close()
    return rows


def sliced_rows(data: Dataset, index: Index, index_dir: Path, cache_dir: Path, embedder: Embedder,
                n: int) -> EvidenceRows:
    """Rows of every question of ``data`` with gold documents, in slices of ``n`` (one reduced index per
    slice, so each question loses its own gold documents and those of ``n - 1`` others, as in the
    abstention figure of medcite-eval answers); each slice is one fold of ``cross_validated``."""
    rows = EvidenceRows()
    total = len(sample_questions(data, len(data.queries)))
    for start in range(0, total, n):
        abstention_rows(data, index, index_dir, cache_dir, embedder, n, start, rows, fold=start // n)
    return rows


def train_abstention(data: Dataset, index: Index, index_dir: Path, cache_dir: Path, embedder: Embedder,
                     out: Path, n: int) -> dict:
    """Fit the check on every dev question (slices of ``n`` without their gold documents), write
    ``abstention.json`` to ``out`` and report its dev operating point and the same threshold on the
    held-out half: its default abstention sample and all its questions."""
    err.print(f"abstention: dev questions with and without their gold documents (slices of {n}) ...")
    dev = sliced_rows(select_half(data, "dev"), index, index_dir, cache_dir, embedder, n)
    note = (f"BioASQ dev half: {dev.questions[1]} questions asked with and without their gold documents "
            f"(slices of {n}; {len(dev.y)} answers claiming direct evidence)")
    model, dev_figures = train_model(dev, note)
    (out / "abstention.json").write_text(json.dumps(model.to_json(), indent=1) + "\n")
    abstention.abstention_model.cache_clear()
    err.print("abstention: held-out half ...")
    heldout = select_half(data, "heldout")
    report = {"trained_on": note, "threshold": model.threshold, "dev": dev_figures,
              "dev_cross_validated": cross_validated(dev),
              "weights": dict(zip(model.features, [round(w, 4) for w in model.weights]))}
    for name, rows in ((f"heldout_{HELDOUT_SAMPLE}", abstention_rows(heldout, index, index_dir, cache_dir, embedder,
                                                                      HELDOUT_SAMPLE)),
                       ("heldout_all", sliced_rows(heldout, index, index_dir, cache_dir, embedder, n))):
        report[name] = operating_point(rows, [model.probability(x) for x in rows.x], grid=(model.threshold,))[1]
    return report
