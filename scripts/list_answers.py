"""The bottom lines of the list questions on an index, and which of them two trees answer differently: the check
BENCHMARKS.md's "Lists" rows report (every changed answer is read).

Usage: PYTHONPATH=TREE python scripts/list_answers.py answer INDEX_DIR OUT.jsonl [EXTRA_QUESTIONS.txt ...]
       python scripts/list_answers.py diff BASE.jsonl NEW.jsonl
       PYTHONPATH=TREE python scripts/list_answers.py links INDEX_DIR QUESTIONS.txt [...]

``answer`` asks every question of ``paraphrase_questions.SETS`` and ``polarity_questions.QS``, then those of each
extra file (one a line; "#" lines left out; e.g. scripts/unseen40_questions.txt, scripts/unseen41_questions.txt),
each once, and writes one JSON line per question: its text, verdict, evidence level and bottom line. A line with
" >> " is a chain of follow-ups (``FOLLOWS``), answered in turn; the last answer is written.

``links`` answers only the given files' questions and prints every link of each chain, its verdict as the renderers
label it ("leans yes, from closest evidence only", as a grader reads it on the page), evidence level and bottom line: what the unseen question sets are graded from (BENCHMARKS.md, "New questions").
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


# A line of follow-ups: each question after the first follows the answer to the one before ("Does exercise help knee
# osteoarthritis? >> What about weight loss?"); the last answer is the one written.
FOLLOWS = " >> "


def questions(extra: list[Path]) -> list[str]:
    """The list questions, then the extra files' questions, each once, in order."""
    import paraphrase_questions
    import polarity_questions
    found = [q for name in sorted(paraphrase_questions.SETS) for q in paraphrase_questions.SETS[name]]
    found += [line.split("|")[0] for line in polarity_questions.QS]
    for path in extra:
        found += [line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]
    return list(dict.fromkeys(found))


def answer(index_dir: Path, out: Path, extra: list[Path]) -> None:
    """Write each list question's verdict, level and bottom line to ``out``."""
    from index.search import open_index
    from service.answer.pipeline import answer_question
    asked = questions(extra)
    index = open_index(index_dir)
    try:
        with out.open("w") as lines:
            for q in asked:
                a = None
                for part in q.split(FOLLOWS):  # a chain of follow-ups, each following the answer before
                    a = answer_question(index, part.strip(), follows=a)
                assert a is not None
                lines.write(json.dumps({"q": q, "verdict": a.verdict, "level": a.evidence.level,
                                        "bl": a.bottom_line.text}) + "\n")
    finally:
        index.close()
    print(f"{len(asked)} questions answered into {out}")


def links(index_dir: Path, files: list[Path]) -> None:
    """Print every link of each question or chain in ``files``: its verdict, evidence level and bottom line."""
    from index.search import open_index
    from service.answer.pipeline import answer_question
    from service.api.render import verdict_label
    index = open_index(index_dir)
    try:
        for path in files:
            for line in path.read_text().splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                a = None
                for n, part in enumerate(line.split(FOLLOWS)):
                    a = answer_question(index, part.strip(), follows=a)
                    print(f"{'Q:' if n == 0 else '  >>'} {part.strip()} | {verdict_label(a)} | {a.evidence.level}\n"
                          f"    {a.bottom_line.text}")
    finally:
        index.close()


def diff(base: Path, new: Path) -> None:
    """Print each question both files answer whose answer differs, and how many."""
    a = {row["q"]: row for row in map(json.loads, base.read_text().splitlines())}
    b = {row["q"]: row for row in map(json.loads, new.read_text().splitlines())}
    changed = [q for q in a if q in b and a[q] != b[q]]
    for q in changed:
        print(f"Q: {q}\n  A: [{a[q]['verdict']}/{a[q]['level']}] {a[q]['bl'][:400]}\n"
              f"  B: [{b[q]['verdict']}/{b[q]['level']}] {b[q]['bl'][:400]}\n")
    print(f"{len(changed)} of {len(a)} changed")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "answer":
        answer(Path(sys.argv[2]), Path(sys.argv[3]), [Path(p) for p in sys.argv[4:]])
    elif len(sys.argv) >= 4 and sys.argv[1] == "links":
        links(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
