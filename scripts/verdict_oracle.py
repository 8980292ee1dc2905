"""Where the yes/no verdict loses: in the reader (features and model) or in which statements it reads.

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/verdict_oracle.py [--data ../shared/data] [--seeds 0]
       [--inputs today,gold3,...] [--train-also gold3,conclusion [--both]] [--cache-dir ~/.cache/medcite/eval]

On the dev yes/no questions of BioASQ and PubMedQA, with the folds of ``scripts/verdict_cv.py`` (5, stratified
by set and label, ``random_state`` 100 + seed), the verdict reader (``verdict.features``, ``no_allowed`` and
the fit of ``eval.train_cli.choose_verdict_model``, thresholds included) is trained and tested on one input per
question at a time, every question read (no "insufficient", none of the rules around the model):

- ``today``: the statements the verdict reads (``verdict.evidence_for_verdict``: the best direct statements,
  else the relevant ones; else, as ``eval.training.verdict_features`` trains, the best ranked);
- ``gold3`` / ``gold_all``: BioASQ's expert gold snippets (the first three / all); for PubMedQA the last three /
  all sentences of the question's own abstract (its corpus text holds background, methods and results: the
  conclusion is the answer's ``long_answer``);
- ``conclusion``: what the experts quoted (``eval.training.gold_statements``: PubMedQA's ``long_answer``, the authors'
  conclusion, in sentences; BioASQ: gold3), as ``verdict_cv.collect`` gives it;
- ``match3``: the answer's ranked statements that match a gold snippet (BioASQ, ``eval.snippets``) or come from
  the question's abstract (PubMedQA), best three by relevance, else today's;
- ``match_first``: those first, then today's, three in all;
- ``today_matching``: today's statements restricted to those (all of today's when none).

``--train-also``: the reader is trained on these inputs of each training question too (same label), and tested on
each ``--inputs`` one alone: whether cleaner statements (gold snippets, conclusions) teach it to read today's.

Prints each input's macro F1 and accuracy per set and seed, and how many questions have a matching statement.
The figure of the answer path itself (insufficient as a miss, the rules) is ``scripts/verdict_cv.py``'s.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from eval.datasets import load_dataset
from eval.snippets import matches_snippet
from eval.train_cli import _macro_f1, choose_verdict_model
from ingest.sentences import sentence_texts
from eval.training import features_on
from service.answer.verdict import EVIDENCE_STATEMENTS, VerdictModel, evidence_for_verdict, verdict_model

FOLDS = 5
K = 3  # statements of the gold and matching inputs
Row = dict


def with_gold(rows: list[Row], data_dir: Path) -> list[Row]:
    """``rows`` (``verdict_cv.collect``'s, which hold what the experts quoted) with each question's gold snippets and
    abstract sentences."""
    gold = {}
    for name in ("bioasq", "pubmedqa"):
        data = load_dataset(data_dir / name, require_answers=True)
        corpus: dict[str, str] = {}
        if name == "pubmedqa":
            with open(data_dir / name / "corpus.jsonl", encoding="utf-8") as f:
                corpus = {d["_id"]: d["text"] for d in map(json.loads, f)}
        for q in data.queries:
            a = data.answers.get(q.id)
            if a is None:
                continue
            docs = [d for d, grade in data.qrels.get(q.id, {}).items() if grade > 0]
            gold[(name, " ".join(q.text.split()))] = {
                "snippets": list(a.snippets),
                "abstract": [s for d in docs for s in sentence_texts(corpus.get(d, ""))]}
    return [{**r, **gold[(r["set"], " ".join(r["input"].question.split()))]} for r in rows]


def _today(r: Row, floor: float) -> list[str]:
    """The statements the verdict reads (else, as training reads an "insufficient" question, the best ranked)."""
    e = r["input"]
    return [c.text for c in (evidence_for_verdict(e.direct, e.ranked, floor)
                             or sorted(e.ranked, key=lambda c: -c.score)[:EVIDENCE_STATEMENTS])]


def matching(r: Row) -> list:
    """The answer's ranked statements that match a gold snippet (BioASQ) or come from the question's own
    abstract (PubMedQA), most relevant first."""
    e = r["input"]
    found = ([c for c in e.ranked if matches_snippet(c.text, r["snippets"])] if r["set"] == "bioasq"
             else [c for c in e.ranked if c.doc_id in e.gold])
    return sorted(found, key=lambda c: -c.score)


def inputs(floor: float) -> dict[str, Callable[[Row], list[str]]]:
    """The inputs compared, by name (module notes)."""
    def gold(r: Row, k: int | None) -> list[str]:
        if r["set"] == "bioasq":
            return r["snippets"][:k] if k else r["snippets"]
        return r["abstract"][-k:] if k else r["abstract"]

    def match_first(r: Row) -> list[str]:
        found = [c.text for c in matching(r)[:K]]
        return (found + [t for t in _today(r, floor) if t not in found])[:K]

    def today_matching(r: Row) -> list[str]:
        found = {c.text for c in matching(r)}
        return [t for t in _today(r, floor) if t in found] or _today(r, floor)

    return {"today": lambda r: _today(r, floor), "gold3": lambda r: gold(r, 3), "gold_all": lambda r: gold(r, None),
            "conclusion": lambda r: r["quoted"],
            "match3": lambda r: [c.text for c in matching(r)[:K]] or _today(r, floor),
            "match_first": match_first, "today_matching": today_matching}


def reader_cv(rows: list[Row], read: Callable[[Row], list[str]], seed: int,
              also: tuple[Callable[[Row], list[str]], ...] = ()) -> dict:
    """Per set, the out-of-fold macro F1 and accuracy of the reader trained and tested on ``read``'s statements;
    with ``also``, trained on each training question's other inputs too (the same label), tested on ``read``'s."""
    from sklearn.model_selection import StratifiedKFold

    def bag(r: Row, texts: list[str]) -> tuple[dict[str, float], bool]:
        return features_on(r["input"], texts)

    bags = [bag(r, read(r)) for r in rows]
    extra = [[bag(r, other(r)) for r in rows] for other in also]
    strata = [f"{r['set']}:{r['gold']}" for r in rows]
    predicted: list[str | None] = [None] * len(rows)
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=100 + seed).split(np.zeros(len(rows)),
                                                                                             strata):
        labelled = [(rows[i]["set"], *bags[i], rows[i]["gold"]) for i in train if rows[i]["gold"] in ("yes", "no")]
        labelled += [(rows[i]["set"], *more[i], rows[i]["gold"]) for more in extra for i in train
                     if rows[i]["gold"] in ("yes", "no")]
        vec, clf, _, lo, hi, _ = choose_verdict_model(labelled, folds=FOLDS)
        thresholds = VerdictModel(weights={}, intercept=0.0, no_below=lo, yes_above=hi)
        for i, p in zip(test, clf.predict_proba(vec.transform([bags[i][0] for i in test]))[:, 1]):
            predicted[i] = thresholds.verdict(float(p), bags[i][1])
    out = {}
    for name in ("bioasq", "pubmedqa"):
        idx = [i for i, r in enumerate(rows) if r["set"] == name and r["gold"] in ("yes", "no")]
        gold, said = [rows[i]["gold"] for i in idx], [predicted[i] for i in idx]
        out[name] = {"macro_f1": _macro_f1(gold, said, ("yes", "no")),
                     "accuracy": round(float(np.mean([g == p for g, p in zip(gold, said)])), 4)}
    return out


def main() -> None:
    from scripts.verdict_cv import collect

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/medcite/eval")
    parser.add_argument("--seeds", default="0")
    parser.add_argument("--inputs", default="today,gold3,conclusion,match3,match_first,today_matching")
    parser.add_argument("--train-also", default="", help="inputs the reader is also trained on (comma-separated, "
                        "e.g. gold3,conclusion), each input above still the one it is tested on")
    parser.add_argument("--both", action="store_true", help="with --train-also, each input also without it, from the "
                        "same collected answers (one collect for the comparison)")
    args = parser.parse_args()
    rows = with_gold(collect(args.data, args.cache_dir), args.data)
    shipped = verdict_model()
    floor = shipped.relevant_floor if shipped else 1.0
    for name in ("bioasq", "pubmedqa"):
        labelled = [r for r in rows if r["set"] == name and r["gold"] in ("yes", "no")]
        print(name, json.dumps({"questions": len(labelled), "with_matching": sum(bool(matching(r)) for r in labelled),
                                "today_holding_matching": sum(bool({c.text for c in matching(r)}
                                                                   & set(_today(r, floor))) for r in labelled)}))
    chosen = inputs(floor)
    also = tuple(chosen[key] for key in args.train_also.split(",") if key)
    for seed in (int(s) for s in args.seeds.split(",")):
        for key in args.inputs.split(","):
            for extra in (((), also) if args.both and also else (also,)):
                print(key, f"seed {seed}", f"trained also on {args.train_also}" if extra else "",
                      json.dumps(reader_cv(rows, chosen[key], seed, extra)), flush=True)


if __name__ == "__main__":
    main()
