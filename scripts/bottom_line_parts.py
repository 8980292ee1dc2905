"""Where the bottom line's ROUGE-2 is won or lost against the top passage, on a dev half (``eval.bottom_line_parts``).

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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eval.answers import ideal_answers, rouge2_f, top_passage_text
from eval.bottom_line_parts import Scored, kind, table, variants
from eval.cache import cached_index, default_cache_dir
from eval.datasets import Answer as GoldAnswer
from eval.datasets import Query, load_dataset, select_half
from index.embedder import load_embedder
from index.search import Index, open_index
from ingest.chunking import ChunkingParams
from service.answer.models import Answer
from service.answer.pipeline import answer_question


def arguments(description: str) -> argparse.ArgumentParser:
    """The options every bottom-line measurement takes: the data set, its half, a limit, the index cache."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--half", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache-dir", type=Path, default=None)
    return parser


@dataclass(frozen=True)
class Answered:
    """One question of the half answered by this tree: its gold, reference answers and answer; ``index`` is
    the open index (for the top passage), valid while the iteration runs."""

    index: Index
    query: Query
    gold: GoldAnswer | None
    refs: list[str]
    answer: Answer


def answered(args: argparse.Namespace) -> Iterator[Answered]:
    """Answer each question of ``args.dataset``'s half (``args.half``, the first ``args.limit``) that has a
    reference answer, on the data set's cached index; the index is closed when the iteration ends."""
    embedder = load_embedder(None)
    data = select_half(load_dataset(args.dataset, require_answers=True), args.half)
    index_dir, _ = cached_index(data.corpus_path, data.name, args.cache_dir or default_cache_dir(), embedder,
                                ChunkingParams())
    index = open_index(index_dir, embedder=embedder)
    try:
        for query in list(data.queries)[:args.limit]:
            gold = data.answers.get(query.id)
            refs = ideal_answers(gold)
            if refs:
                yield Answered(index, query, gold, refs, answer_question(index, query.text))
    finally:
        index.close()


def main() -> None:
    """Print the table of ``eval.bottom_line_parts.table`` as one JSON object."""
    args = arguments(__doc__.splitlines()[0]).parse_args()
    rows: list[Scored] = []
    for one in answered(args):
        rouge = {name: rouge2_f(text, one.refs) for name, text in variants(one.answer.bottom_line.statements).items()}
        rouge["top_passage"] = rouge2_f(top_passage_text(one.index, one.query.text), one.refs)
        rows.append(Scored(kind(one.answer.bottom_line.statements), rouge, one.gold.type if one.gold else None))
    print(json.dumps({"dataset": args.dataset.resolve().name, "half": args.half, "kinds": table(rows),
                      "kinds_by_question_type": table(rows, by_type=True)}, indent=1))


if __name__ == "__main__":
    main()
