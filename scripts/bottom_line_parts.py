"""Where the bottom line's ROUGE-2 is won or lost against the top passage, on a dev half (``eval/bottom_line_parts.py``).

Usage: PYTHONPATH=. python scripts/bottom_line_parts.py DATASET [--half dev] [--limit N] [--cache-dir DIR]

Answers the questions of the half and prints, per kind of bottom line (a direct lead, closest evidence, a
statement of what is missing, no evidence) and over all: how many answers, the mean ROUGE-2 of the bottom line,
of its quotes alone (no verdict, caveat or qualifier), of the bottom line without the quotes after the first,
of the top passage, and what each kind adds to the mean against the top passage; then the same per kind
and question type of the data set (BioASQ: factoid, list, yesno, summary). For choosing, run it on the
dev half only (the default); held-out figures are for reporting.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval.answers import ideal_answers, rouge2_f, top_passage_text
from eval.bottom_line_parts import Scored, kind, table, variants
from eval.cache import cached_index, default_cache_dir
from eval.datasets import load_dataset, select_half
from index.embedder import load_embedder
from index.search import open_index
from ingest.chunking import ChunkingParams
from service.answer.pipeline import answer_question


def main() -> None:
    """Print the table of ``eval.bottom_line_parts.table`` as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--half", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args()
    embedder = load_embedder(None)
    data = select_half(load_dataset(args.dataset, require_answers=True), args.half)
    index_dir, _ = cached_index(data.corpus_path, data.name, args.cache_dir or default_cache_dir(), embedder,
                                ChunkingParams())
    index = open_index(index_dir, embedder=embedder)
    rows: list[Scored] = []
    try:
        for query in list(data.queries)[:args.limit]:
            gold = data.answers.get(query.id)
            refs = ideal_answers(gold)
            if not refs:
                continue
            answer = answer_question(index, query.text)
            rouge = {name: rouge2_f(text, refs) for name, text in variants(answer.bottom_line.statements).items()}
            rouge["top_passage"] = rouge2_f(top_passage_text(index, query.text), refs)
            rows.append(Scored(kind(answer.bottom_line.statements), rouge, gold.type if gold else None))
    finally:
        index.close()
    print(json.dumps({"dataset": data.name, "half": args.half, "kinds": table(rows),
                      "kinds_by_question_type": table(rows, by_type=True)}, indent=1))


if __name__ == "__main__":
    main()
