"""How question.py reads every shared benchmark question, and which readings two trees differ on: the check that a
new question shape changes no reading it was not written for.

Usage: PYTHONPATH=TREE python scripts/question_readings.py read ../shared/data OUT.jsonl   (once per tree)
       python scripts/question_readings.py diff BASE.jsonl NEW.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = ("type", "intervention", "condition", "subject", "verb", "comparator", "together", "yes_no", "title")


def read(data: Path, out: Path) -> None:
    """Write one line per question of the BioASQ and PubMedQA sets: the question and its reading's FIELDS."""
    from service.answer.question import read_question
    lines = []
    for name in ("bioasq", "pubmedqa"):
        for line in (data / name / "queries.jsonl").read_text().splitlines():
            text = json.loads(line)["text"]
            reading = read_question(text)
            lines.append(json.dumps({"question": text, **{f: getattr(reading, f) for f in FIELDS}}))
    out.write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} questions read into {out}")


def diff(base: Path, new: Path) -> None:
    """Print each question whose reading differs between two ``read`` outputs, field by field."""
    changed = 0
    for a, b in zip(base.read_text().splitlines(), new.read_text().splitlines()):
        before, after = json.loads(a), json.loads(b)
        if before != after:
            changed += 1
            print("Q:", before["question"])
            for field in FIELDS:
                if before[field] != after[field]:
                    print(f"   {field}: {before[field]!r} -> {after[field]!r}")
    print(f"{changed} readings changed")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("read", "diff"):
        raise SystemExit(__doc__)
    (read if sys.argv[1] == "read" else diff)(Path(sys.argv[2]), Path(sys.argv[3]))
