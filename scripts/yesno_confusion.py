"""The held-out yes/no verdicts against the gold answers, from an answer evaluation's ``answers.jsonl``
(``python -m eval.cli answers ... --out DIR``): how each gold class was answered, and each class's F1 (an abstention,
any verdict but yes or no, counts against the gold class's recall).

    python scripts/yesno_confusion.py DIR/answers.jsonl
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def main() -> None:
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    pairs = Counter((r["yesno_gold"], r["verdict"] if r["verdict"] in ("yes", "no") else "abstained")
                    for r in rows if r.get("yesno_gold") in ("yes", "no"))
    for gold in ("yes", "no"):
        print(f"gold {gold}: " + ", ".join(f"{said} {pairs[(gold, said)]}" for said in ("yes", "no", "abstained")))
        hits = pairs[(gold, gold)]
        said = sum(n for (_, s), n in pairs.items() if s == gold)
        total = sum(n for (g, _), n in pairs.items() if g == gold)
        f1 = 2 * hits / (said + total) if said + total else 0.0
        print(f"  F1 {f1:.2f}")


if __name__ == "__main__":
    main()
