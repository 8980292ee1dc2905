"""Count the flattened tables the Markdown reader recognises in a directory of guideline files (no text is stored).

    python scripts/table_rows.py DIR [--sample K --seed S]

Prints files, tables (captioned, rated), rows and cells recognised, and the line joins (single newlines inside a
blank-line-separated block) before and after labelling; with --sample, prints K random recognised tables as read
and as written, to judge by eye.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from ingest.readers.markdown import split_front_matter
from ingest.readers.tables import _BLANK, TableSpan, find_tables, label_tables, render_span
from ingest.text import decode_text

_HEADING = re.compile(r"^#{1,6}[ \t]")


def section_texts(body: str) -> list[str]:
    """The body's section texts as the reader sees them before labelling (headings split sections); also read by
    ``list_lead_ins.py``."""
    out: list[str] = []
    lines: list[str] = []
    for line in body.splitlines():
        if _HEADING.match(line):
            out.append("\n".join(lines).strip())
            lines = []
        else:
            lines.append(line)
    out.append("\n".join(lines).strip())
    return [t for t in out if t]


def _joins(text: str) -> int:
    return sum(block.strip().count("\n") for block in _BLANK.split(text)[0::2])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=55)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.dir.iterdir() if p.suffix in (".md", ".txt"))
    n_files = tables = captioned = rated = rows = cells = joins_before = joins_after = 0
    found: list[tuple[str, list[str], TableSpan]] = []
    for path in files:
        _, body = split_front_matter(decode_text(path.read_bytes()))
        any_table = False
        for text in section_texts(body):
            blocks = _BLANK.split(text)[0::2]
            spans = find_tables(blocks)
            joins_before += _joins(text)
            joins_after += _joins(label_tables(text))
            for span in spans:
                any_table = True
                tables += 1
                captioned += span.captioned
                rated += span.score is not None
                rows += len(span.rows)
                cells += sum(len(row) - 1 for row in span.rows)
                found.append((path.name, blocks, span))
        n_files += any_table
    print(f"files {len(files)}  with tables {n_files}  tables {tables} (captioned {captioned}, rated {rated})  "
          f"rows {rows}  cells {cells}  line joins before {joins_before} after {joins_after}")
    if args.sample:
        for name, blocks, span in random.Random(args.seed).sample(found, min(args.sample, len(found))):
            h, last = span.header, span.last
            print(f"\n===== {name} blocks {h}-{last}")
            context = blocks[max(0, h - 2):min(len(blocks), last + 2)]
            print("\n\n".join(context))
            print("----- written as:")
            print(render_span(span))
    return 0


if __name__ == "__main__":
    sys.exit(main())
