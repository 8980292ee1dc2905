"""Replay the closest evidence of the dev halves' answers under other orders (``eval/closest_training.py``).

Usage: PYTHONPATH=. python scripts/closest_replay.py [BIOASQ_DIR] [PUBMEDQA_DIR] [--cache-dir DIR]

Prints, per data set (BioASQ dev half, PubMedQA dev half's first 300), how many answers quote closest evidence
and the mean ROUGE-2 of their closest bottom lines (caveat and quoted statements) against the reference
answers with the statements ordered by salience (the pipeline's), ``names_all`` first (tried in session 19), each
statement's own ROUGE-2 (an oracle: the headroom) and a ridge regression learned out of fold (5 folds over
both sets' questions, each penalty of ``ALPHAS``). Dev halves only: nothing here reads the held-out half.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from eval.cache import cached_index, default_cache_dir
from eval.closest_training import (ALPHAS, by_model, by_names_all, by_oracle, by_salience, closest_questions,
                                   fit, replay, rows)
from eval.datasets import load_dataset, query_half
from eval.training import query_vectors
from index.embedder import load_embedder
from index.search import open_index
from ingest.chunking import ChunkingParams

PUBMEDQA_DEV = 300  # as the session 17-19 dev runs: the first 300 dev questions


def main() -> None:
    """Print the replay figures as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bioasq", nargs="?", default="../shared/data/bioasq")
    parser.add_argument("pubmedqa", nargs="?", default="../shared/data/pubmedqa")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args()
    embedder = load_embedder(None)
    items = []
    for path, limit in ((args.bioasq, None), (args.pubmedqa, PUBMEDQA_DEV)):
        data = load_dataset(Path(path), require_answers=True)
        dev = [q for q in data.queries if query_half(q.id) == "dev"][:limit]
        data = replace(data, queries=tuple(dev))
        index_dir, _ = cached_index(data.corpus_path, data.name, args.cache_dir or default_cache_dir(), embedder,
                                    ChunkingParams())
        index = open_index(index_dir, embedder=embedder)
        items += closest_questions(index, data, "dev", query_vectors(index, [q.text for q in dev]))
    report: dict[str, dict] = {}
    for name in sorted({it.source for it in items}):
        mine = [it for it in items if it.source == name]
        report[name] = {"closest_answers": len(mine), "salience": round(replay(mine, by_salience), 4),
                        "names_all_first": round(replay(mine, by_names_all), 4),
                        "oracle": round(replay(mine, by_oracle), 4)}
    for alpha in ALPHAS:
        folds: dict[str, list[float]] = {}
        for k in range(5):
            x, y, _ = rows([it for i, it in enumerate(items) if i % 5 != k])
            model = fit(x, y, alpha)
            for it in (it for i, it in enumerate(items) if i % 5 == k):
                folds.setdefault(it.source, []).append(replay([it], by_model(model)))
        for name, values in folds.items():
            report[name][f"learned_alpha_{alpha:g}"] = round(float(np.mean(values)), 4)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
