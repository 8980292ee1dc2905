"""The yes/no verdict's cross-validated macro F1 on the dev halves, replayed through the answer path.

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/verdict_cv.py [--data ../shared/data] [--seeds 0,1]
       [--cache-dir ~/.cache/medcite/eval]

The dev-half figure of ``medcite-eval answers`` scores a model trained on those very questions (BioASQ dev
yes/no macro F1 0.81 at session 25 against 0.58-0.60 held out). This script gives a figure to choose by that
holds on unseen questions: the dev yes/no questions of BioASQ and PubMedQA are split into 5 folds (stratified
by set and label); for each fold the verdict model is retrained on the other folds exactly as ``medcite-eval
train --only verdict`` trains it (``eval.training.verdict_features``, ``eval.train_cli`` C and thresholds chosen
by its inner cross-validation) and the fold's verdicts are read by ``pipeline.read_yes_no`` with that model, so
every rule around the model (against_lead, on_stopping, on_safety, ...) applies as in an answer. Each seed is
fitted twice, as shipped and also on the rows of what the experts quoted (``eval.training.gold_statements``: a
candidate the train command does not use, BENCHMARKS "Lead, session 30"). An answer at
evidence level "none" (it quotes nothing) is "insufficient", as ``answer_question`` makes it. Prints each
set's yes/no macro F1 and accuracy per seed, and the accuracy of verdicts on answers whose evidence is
indirect ("Indirect evidence:", the closest-evidence caveat) beside the direct ones. Several minutes on a loaded
2-core machine.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from eval import verdicts
from eval.cache import cached_index
from eval.datasets import load_dataset, query_half
from eval.train_cli import choose_verdict_model
from eval.training import features_on, gold_statements, query_vectors, verdict_features, verdict_input
from eval.yesno import gold_yesno
from index.embedder import load_embedder
from index.search import open_index
from ingest.chunking import ChunkingParams
from service.answer.pipeline import answer_question, rank_evidence, read_yes_no
from service.answer.question import read_question
from service.answer.verdict import VerdictModel, verdict_model

FOLDS = 5


def collect(data_dir: Path, cache: Path) -> list[dict]:
    """Per dev question with a yes/no gold label: its set, label, the answer's verdict and evidence level, the
    pipeline's ranked evidence (for the replay) and the training input (for the fit)."""
    embedder = load_embedder(None)
    rows = []
    for name in ("bioasq", "pubmedqa"):
        data = load_dataset(data_dir / name, require_answers=True)
        index_dir, _ = cached_index(data.corpus_path, data.name, cache, embedder, ChunkingParams())
        index = open_index(index_dir, embedder=embedder)
        labelled = []
        for query in data.queries:
            gold = data.answers.get(query.id)
            truth = gold_yesno(gold.type, gold.exact_answer, gold.decision) if gold else None
            if truth and query_half(query.id) == "dev":
                labelled.append((query, truth))
        vectors = query_vectors(index, [q.text for q, _ in labelled])
        for query, truth in labelled:
            answer = answer_question(index, query.text)
            q = read_question(query.text)
            gold_docs = frozenset(d for d, grade in data.qrels.get(query.id, {}).items() if grade > 0)
            rows.append({"set": name, "gold": truth, "verdict": answer.verdict, "level": answer.evidence.level,
                         "q": q, "ev": rank_evidence(index, q), "quoted": gold_statements(gold),
                         "input": verdict_input(index, query.text, vectors[" ".join(query.text.split())], gold_docs)})
    return rows


def fit(rows: list[dict], floor: float, quoted: bool = False) -> VerdictModel:
    """The verdict model trained on ``rows`` as ``eval.train_cli.fit_verdict`` trains it (each set weighing the
    same, C and thresholds by its inner cross-validation: ``choose_verdict_model``; with ``quoted``, each
    question also read on what the experts quoted, ``eval.training.gold_statements``, in the same fold)."""
    rows = [r for r in rows if r["gold"] in ("yes", "no")]
    labelled = [(r["set"], *verdict_features(r["input"], floor), r["gold"]) for r in rows]
    groups = [r["input"].question for r in rows]
    if quoted:
        more = [r for r in rows if r["quoted"]]
        labelled += [(r["set"], *features_on(r["input"], r["quoted"]), r["gold"]) for r in more]
        groups += [r["input"].question for r in more]
    vec, clf, _, lo, hi, _ = choose_verdict_model(labelled, folds=FOLDS, groups=groups if quoted else None)
    return VerdictModel(weights=dict(zip(vec.get_feature_names_out(), map(float, clf.coef_[0]))),
                        intercept=float(clf.intercept_[0]), no_below=lo, yes_above=hi, relevant_floor=floor)


def replay(row: dict, model: VerdictModel) -> str | None:
    """The verdict the answer path gives with ``model``: none for a question it does not read as yes/no,
    "insufficient" for an answer that quotes nothing, else ``read_yes_no``'s."""
    if row["verdict"] is None:
        return None
    if row["level"] == "none":
        return "insufficient"
    return read_yes_no(row["q"], row["ev"], model=model).verdict


def figures(rows: list[dict], predicted: list[str | None]) -> dict:
    """Per set: yes/no macro F1 (as ``medcite-eval answers``), accuracy of the yes/no verdicts, and that accuracy
    on indirect and on direct answers beside their majority class."""
    out = {}
    for name in ("bioasq", "pubmedqa"):
        pairs = [(r["gold"], verdicts.label(p, None, "answer.verdict"), r["level"]) for r, p in zip(rows, predicted)
                 if r["set"] == name and r["gold"] in ("yes", "no")]
        row = {"questions": len(pairs), "macro_f1": round(verdicts.macro_f1([(g, p) for g, p, _ in pairs]), 4)}
        for part, keep in (("all", lambda lv: True), ("indirect", lambda lv: lv == "indirect"),
                           ("direct", lambda lv: lv != "indirect")):
            decided = [(g, p) for g, p, lv in pairs if p in ("yes", "no") and keep(lv)]
            if decided:
                row[f"accuracy_{part}"] = round(float(np.mean([g == p for g, p in decided])), 4)
                row[f"majority_{part}"] = round(max(Counter(g for g, _ in decided).values()) / len(decided), 4)
                row[f"decided_{part}"] = len(decided)
        out[name] = row
    return out


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/medcite/eval")
    parser.add_argument("--seeds", default="0,1")
    parser.add_argument("--predictions", type=Path, default=None,
                        help="Write each question's cross-validated verdicts (JSON lines) here, to compare two trees.")
    args = parser.parse_args()
    if args.predictions:
        args.predictions.write_text("")  # one run's verdicts, never mixed with an earlier run's
    rows = collect(args.data, args.cache_dir)
    shipped = verdict_model()
    floor = shipped.relevant_floor if shipped else 1.0
    print("shipped model on dev (trained on it):", json.dumps(figures(rows, [replay(r, shipped) for r in rows])))
    strata = [f"{r['set']}:{r['gold']}" for r in rows]
    for seed in (int(s) for s in args.seeds.split(",")):
        predicted: dict[bool, list[str | None]] = {False: [None] * len(rows), True: [None] * len(rows)}
        for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=100 + seed).split(np.zeros(len(rows)),
                                                                                                 strata):
            for quoted in (False, True):
                model = fit([rows[i] for i in train], floor, quoted)
                for i in test:
                    predicted[quoted][i] = replay(rows[i], model)
        for quoted in (False, True):
            print(f"cross-validated, seed {seed}, {'also' if quoted else 'not'} trained on what experts quoted:",
                  json.dumps(figures(rows, predicted[quoted])), flush=True)
        if args.predictions:
            with args.predictions.open("a") as fh:
                for i, r in enumerate(rows):
                    fh.write(json.dumps({"seed": seed, "set": r["set"], "question": r["q"].text, "gold": r["gold"],
                                         "not_quoted": predicted[False][i], "quoted": predicted[True][i]}) + "\n")


if __name__ == "__main__":
    main()
