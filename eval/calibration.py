"""Calibrating the relevance floor of answers on real questions.

For BioASQ questions, the dense cosine of a gold passage (evidence that exists) is compared with the best
cosine the same question reaches in the default corpus, which is about other topics (evidence that does
not exist). The floor in service.answer.scoring.MIN_DENSE should keep most of the first and drop most of the
second. Run: ``python -m eval.calibration --dataset ../shared/data/bioasq --index INDEX_OF_DEFAULT_CORPUS``.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from index.search import open_index


def calibrate(dataset: Path, index_dir: Path, n: int = 300, seed: int = 7) -> dict:
    """Quantiles of on-topic (gold) and off-topic (best default-corpus chunk) cosines, and the share of
    each kept at candidate floors."""
    index = open_index(index_dir)
    queries = {q["_id"]: q["text"] for q in map(json.loads, (dataset / "queries.jsonl").open())}
    corpus = {d["_id"]: f"{d.get('title', '')}\n{d['text']}".strip()
              for d in map(json.loads, (dataset / "corpus.jsonl").open())}
    gold: dict[str, str] = {}
    for line in (dataset / "qrels" / "test.tsv").open():
        qid, did, *_ = line.split("\t")
        if qid in queries and did in corpus:
            gold.setdefault(qid, did)
    ids = sorted(gold)
    random.Random(seed).shuffle(ids)
    ids = ids[:n]
    qv = index.embedder.encode([queries[i] for i in ids])
    dv = index.embedder.encode([corpus[gold[i]] for i in ids])
    on_topic = np.sum(qv * dv, axis=1)
    scores, _ = index.vectors.search(qv, 1)
    off_topic = scores[:, 0]
    floors = [0.25, 0.3, 0.35, 0.4, 0.45]
    return {
        "questions": len(ids),
        "on_topic_quantiles": {q: round(float(np.quantile(on_topic, q)), 3) for q in (0.05, 0.1, 0.25, 0.5)},
        "off_topic_quantiles": {q: round(float(np.quantile(off_topic, q)), 3) for q in (0.5, 0.75, 0.9, 0.95)},
        "kept_on_topic": {f: round(float(np.mean(on_topic >= f)), 3) for f in floors},
        "kept_off_topic": {f: round(float(np.mean(off_topic >= f)), 3) for f in floors},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", type=Path, required=True)
    parser.add_argument("--index", type=Path, required=True, help="index of the default corpus")
    parser.add_argument("-n", type=int, default=300)
    args = parser.parse_args()
    print(json.dumps(calibrate(args.dataset, args.index, args.n), indent=1))


if __name__ == "__main__":
    main()
