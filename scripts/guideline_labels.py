"""Guideline questions labelled with the sentences that decide them, and how well medcite finds those sentences.

The BioASQ gold snippets label research abstracts only; on guidelines the testers' grading kept finding the right
file but another of its sentences quoted or led with. This script keeps such labels without copying a guideline's
words: a label names the document and the hash of each deciding statement's normalised text, as medcite's own
statement splitter cuts it (``scoring.chunk_parts``), so the labels are read against an index of the same files.

Usage:
  PYTHONPATH=. python scripts/guideline_labels.py show INDEX_DIR DOC_ID
      the document's quotable statements, numbered, as an annotator picks them;
  PYTHONPATH=. python scripts/guideline_labels.py freeze INDEX_DIR NUMBERED.jsonl OUT.jsonl
      lines {"doc", "question", "deciding": [numbers], "answer"} -> the same with "deciding" as statement hashes;
  PYTHONPATH=. python scripts/guideline_labels.py folder LABELS.jsonl GUIDELINES_DIR OUT_DIR
      copies the labelled files (e.g. of ../shared/data/guidelines) into OUT_DIR, to build INDEX_DIR from with
      `python -m service.cli index build OUT_DIR --index INDEX_DIR`;
  PYTHONPATH=. python scripts/guideline_labels.py measure INDEX_DIR LABELS.jsonl [OUT.jsonl]
      per question: the deciding statement's rank among the scored candidates (and among its document's), whether
      the answer quotes it, whether the bottom line leads with it, and whether the answer calls its evidence direct
      (not "Closest evidence" or "insufficient"); the shares over all questions are printed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # PYTHONPATH (a tree to measure) first

from eval.guideline_training import doc_statements, statement_hash  # noqa: E402


def show(index_dir: Path, doc_id: str) -> None:
    """Print the document's statements, numbered from 1."""
    from index.search import open_index
    index = open_index(index_dir)
    try:
        for n, text in enumerate(doc_statements(index, doc_id), 1):
            print(f"[{n}] {text}")
    finally:
        index.close()


def folder(labels: Path, guidelines: Path, out: Path) -> None:
    """Copy the files the labels name from ``guidelines`` into ``out``."""
    import shutil

    from eval.guideline_training import load_labels
    out.mkdir(parents=True, exist_ok=True)
    names = sorted({f"{label.doc}.md" for label in load_labels(labels)})
    missing = [n for n in names if not (guidelines / n).is_file()]
    if missing:
        sys.exit(f"{len(missing)} labelled files are not in {guidelines} (first: {missing[0]})")
    for name in names:
        shutil.copyfile(guidelines / name, out / name)
    print(f"{len(names)} files copied to {out}")


def freeze(index_dir: Path, numbered: Path, out: Path) -> None:
    """Turn the annotators' statement numbers into hashes (the labels keep no guideline text)."""
    from index.search import open_index
    index = open_index(index_dir)
    kept = 0
    try:
        with out.open("w") as lines:
            for raw in numbered.read_text().splitlines():
                if not raw.strip():
                    continue
                label = json.loads(raw)
                texts = doc_statements(index, label["doc"])
                picks = [int(n) for n in label["deciding"] if 1 <= int(n) <= len(texts)]
                if not picks:
                    print(f"skipped (no statement): {label['question']}", file=sys.stderr)
                    continue
                label["deciding"] = [statement_hash(texts[n - 1]) for n in picks]
                lines.write(json.dumps(label) + "\n")
                kept += 1
    finally:
        index.close()
    print(f"{kept} labels written to {out}")


def measure(index_dir: Path, labels: Path, out: Path | None) -> None:
    """How often medcite's candidates, quotes and lead hold a deciding statement of each labelled question."""
    from eval.snippets import matches_snippet
    from eval.training import question_candidates
    from index.search import open_index
    from service.answer.pipeline import answer_question

    index = open_index(index_dir)
    rows = []
    try:
        for raw in labels.read_text().splitlines():
            if not raw.strip():
                continue
            label = json.loads(raw)
            wanted = set(label["deciding"])
            cands = question_candidates(index, label["question"])  # the answer path's scored statements
            ranks = [n for n, c in enumerate(cands, 1) if statement_hash(c.text) in wanted]
            in_doc = [c for c in cands if c.doc_id == label["doc"]]
            doc_ranks = [n for n, c in enumerate(in_doc, 1) if statement_hash(c.text) in wanted]
            answer = answer_question(index, label["question"])
            lead = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
            quoted = [s.text for s in answer.all_statements() if s.origin == "source"]
            deciding = [t for t in doc_statements(index, label["doc"]) if statement_hash(t) in wanted]
            rows.append({
                "question": label["question"], "doc": label["doc"],
                "rank": ranks[0] if ranks else None, "doc_rank": doc_ranks[0] if doc_ranks else None,
                "doc_found": bool(in_doc),
                "quoted": any(matches_snippet(t, deciding) for t in quoted),  # whole or clipped
                "lead": any(matches_snippet(t, deciding) for t in lead[:1]),
                "direct": answer.evidence.direct,
                "verdict": answer.verdict, "bl": answer.bottom_line.text[:300],
            })
    finally:
        index.close()
    n = len(rows) or 1
    share = {k: round(sum(1 for r in rows if f(r)) / n, 3) for k, f in {
        "doc_found": lambda r: r["doc_found"], "doc_rank_1": lambda r: r["doc_rank"] == 1,
        "rank_1": lambda r: r["rank"] == 1, "rank_le_3": lambda r: (r["rank"] or 99) <= 3,
        "quoted": lambda r: r["quoted"], "lead": lambda r: r["lead"], "direct": lambda r: r["direct"],
        "direct_lead": lambda r: r["direct"] and r["lead"]}.items()}
    print(json.dumps({"questions": len(rows), **share}))
    if out:
        out.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "show":
        show(Path(args[0]), args[1])
    elif cmd == "folder":
        folder(Path(args[0]), Path(args[1]), Path(args[2]))
    elif cmd == "freeze":
        freeze(Path(args[0]), Path(args[1]), Path(args[2]))
    elif cmd == "measure":
        measure(Path(args[0]), Path(args[1]), Path(args[2]) if len(args) > 2 else None)
    else:
        sys.exit(__doc__)
