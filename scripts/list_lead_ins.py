"""Count the list items the Markdown reader writes with their lead-in in a directory of guideline files (no text is
stored).

    python scripts/list_lead_ins.py DIR [--sample K --seed S]

Prints files, lead-ins (paragraph lead-ins and items that run on into the items after them), the items written with
a lead-in, the fragment items among them (no stop of their own: unquotable before), and, for comparison, the items
in all; with --sample, prints K
random lead-in blocks as read and as written, to judge by eye.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from ingest.readers.lists import _BREAK, _ENDS_SENTENCE, _ITEM, label_lists, lead_ins
from ingest.readers.markdown import split_front_matter
from ingest.readers.tables import label_tables
from ingest.text import decode_text
from table_rows import section_texts  # a script beside this one (scripts/ is first on the path)


def _section_texts(body: str) -> list[str]:
    """The body's section texts as the reader sees them before list labelling: ``table_rows.section_texts``, its
    tables labelled."""
    return [label_tables(t) for t in section_texts(body)]


def _runs(blocks: list[str]) -> list[tuple[int, int]]:
    """(first, last) block indexes of each run of items written with a lead-in, with the block before it."""
    leads = lead_ins(blocks)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(blocks):
        if leads[k] is None:
            k += 1
            continue
        start = k
        while k + 1 < len(blocks) and leads[k + 1] is not None:
            k += 1
        runs.append((max(0, start - 1), k))
        k += 1
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=60)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.dir.iterdir() if p.suffix in (".md", ".txt"))
    n_files = items = fragments = all_items = nested = paragraph = 0
    found: list[tuple[str, list[str]]] = []
    for path in files:
        _, body = split_front_matter(decode_text(path.read_bytes()))
        any_list = False
        for text in _section_texts(body):
            blocks = _BREAK.split(text)[0::2]
            all_items += sum(_ITEM.match(b.strip("\n")) is not None for b in blocks)
            for k, lead in enumerate(lead_ins(blocks)):
                if lead is None:
                    continue
                any_list = True
                items += 1
                nested += lead.nested
                paragraph += not lead.nested
                fragments += not _ENDS_SENTENCE.search(blocks[k].strip())
            found.extend((path.name, blocks[a:b + 1]) for a, b in _runs(blocks))
        n_files += any_list
    print(f"files with items written with a lead-in: {n_files} of {len(files)}")
    print(f"lead-in blocks (a lead-in and its items): {len(found)}")
    print(f"items written with a lead-in: {items} (under a paragraph's lead-in {paragraph}, under an item's {nested}); "
          f"fragments among them (no stop of their own): {fragments}")
    print(f"list items in all: {all_items}")
    if args.sample:
        rng = random.Random(args.seed)
        for name, blocks in rng.sample(found, min(args.sample, len(found))):
            print(f"\n=== {name}")
            print("--- as read")
            print("\n".join(b.strip()[:200] for b in blocks))
            print("--- as written")
            print("\n".join(b.strip()[:300] for b in _BREAK.split(label_lists("\n\n".join(blocks)))[0::2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
