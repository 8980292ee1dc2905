"""Per question, where the top passage beats the bottom line on ROUGE-2, and why (dev halves only).

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/bottom_line_vs_passage.py DATASET [--half dev]
       [--cache-dir DIR] [--limit N] [--out FILE.jsonl] [--show N]

Answers each question of the half with this tree's code and scores, against the ideal answers (as
``eval.answers`` does: rouge-score ROUGE-2, Porter stemmer, best reference), the bottom line and the top
passage (the first sentences of the top hybrid passage, ``eval.answers.top_passage_text``), each with its
precision and recall. Every question where the top passage wins is put under one reason, the first that holds:

- ``quotes nothing``: the bottom line quotes no source (no evidence, or a statement of what is missing);
- ``template words``: its quotes alone (no verdict, caveat or qualifier; ``eval.bottom_line_parts.variants``)
  would score at least the top passage: the template words are what it loses by;
- ``second quote dilutes``: the bottom line without its quotes after the first would score at least the top
  passage;
- ``wrong lead``: the top passage's source is not among the bottom line's quoted sources;
- ``too short``: its source is quoted, but the bottom line has fewer words and recalls fewer of the ideal
  answer's word pairs than the passage (the passage's other sentences hold them);
- ``other``: the rest (the passage's sentences share more of the answer's pairs in as many words or fewer).

Prints the counts and ROUGE-2 lost per reason and kind of bottom line, then the ``--show`` questions losing the
most; ``--out`` writes one JSON line per question (both texts, the figures and the reason). Dev halves only:
held-out figures are for reporting, never for choosing.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import astuple
from pathlib import Path

from bottom_line_parts import answered, arguments  # the sibling script (scripts/ is first on sys.path)
from rouge_score import rouge_scorer

from eval.answers import BASELINE_SENTENCES
from eval.bottom_line_parts import kind, parts, variants

_SCORER = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)


def best_score(text: str, refs: list[str]) -> tuple[float, float, float]:
    """(F, precision, recall) of ROUGE-2 against the reference with the best F; zeros for no text."""
    if not text.strip():
        return 0.0, 0.0, 0.0
    scores = [_SCORER.score(ref, text)["rouge2"] for ref in refs]
    best = max(scores, key=lambda s: s.fmeasure)
    return best.fmeasure, best.precision, best.recall


def reason(row: dict) -> str:
    """Why the top passage wins on this question (the first reason of the module's list that holds)."""
    top = row["tp"][0]
    if row["kind"] in ("none", "missing"):
        return "quotes nothing"
    if row["quotes_f"] >= top:
        return "template words"
    if row["first_quote_f"] >= top:
        return "second quote dilutes"
    if row["top_doc"] not in row["quoted_docs"]:
        return "wrong lead"
    if row["bl"][2] < row["tp"][2] and row["words"][0] < row["words"][1]:
        return "too short"
    return "other"


def main() -> None:
    """Answer the half, score both texts per question, print the reasons' table and the worst questions."""
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    rows: list[dict] = []
    for one in answered(args):
        answer, refs = one.answer, one.refs
        hits = one.index.search(one.query.text, k=1)
        top = " ".join(hits[0].chunk.sentence_texts()[:BASELINE_SENTENCES]) if hits else ""
        numbers = {r.n: r.doc_id for r in answer.references}
        statements = answer.bottom_line.statements
        texts = variants(statements)
        quoted = sorted({numbers[n] for s in statements if s.origin == "source" for n in s.citations})
        rows.append({"id": one.query.id, "question": one.query.text, "kind": kind(statements),
                     "bottom_line": answer.bottom_line.text, "top_passage": top,
                     "top_doc": hits[0].chunk.doc_id if hits else "", "quoted_docs": quoted,
                     "bl": best_score(answer.bottom_line.text, refs), "tp": best_score(top, refs),
                     "quotes_f": best_score(texts["quotes"], refs)[0],
                     "first_quote_f": best_score(texts["first_quote"], refs)[0],
                     "words": (len(answer.bottom_line.text.split()), len(top.split())),
                     "parts": list(map(list, astuple(parts(statements)))), "refs": refs,
                     "gold_type": one.gold.type if one.gold else None})
    for row in rows:
        row["reason"] = reason(row) if row["tp"][0] > row["bl"][0] else ""
    n, name = len(rows), args.dataset.resolve().name
    print(f"{name} {args.half}: {n} questions, bottom line {sum(r['bl'][0] for r in rows) / n:.4f}, "
          f"top passage {sum(r['tp'][0] for r in rows) / n:.4f}, mean words {sum(r['words'][0] for r in rows) / n:.1f}"
          f" / {sum(r['words'][1] for r in rows) / n:.1f}")
    table: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for row in rows:
        key = (row["kind"], row["reason"] or ("bottom line wins" if row["bl"][0] > row["tp"][0] else "equal"))
        table[key][0] += 1
        table[key][1] += row["bl"][0] - row["tp"][0]
    print(f"{'kind':8} {'reason':24} {'n':>5} {'sum(BL-TP)':>11} {'per question of all':>20}")
    for (k, why), (count, diff) in sorted(table.items()):
        print(f"{k:8} {why:24} {count:5d} {diff:11.2f} {diff / n:20.4f}")
    if args.out:
        with args.out.open("w") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    for row in sorted(rows, key=lambda r: r["bl"][0] - r["tp"][0])[:args.show]:
        print(f"\n[{row['reason']}] {row['question']}  BL F/P/R {'/'.join(f'{x:.2f}' for x in row['bl'])}"
              f"  TP {'/'.join(f'{x:.2f}' for x in row['tp'])}")
        print(f"  BL: {row['bottom_line'][:400]}")
        print(f"  TP: {row['top_passage'][:400]}")


if __name__ == "__main__":
    main()
