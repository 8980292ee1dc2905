"""Tables flattened into blank-line-separated blocks, one cell per line, written back as labelled rows.

Guideline texts converted from HTML often hold a table as a header block whose lines are the column names, then
one block per row whose first line is the row label and whose other lines are the cells::

    Stage          <- header block: one column name a line
    Dose of Gizmozumab

    Early          <- row block: the row label, then one line per cell
    10 mg once a day

Joined into running text, "10 mg once a day" would lose its row label and be read next to the other rows' cells.
``label_tables`` rewrites each recognised table's cells as paragraphs of their own that carry the row label and the
column header ("Early; Dose of Gizmozumab: 10 mg once a day."). What is recognised: a header block of two or more
short title-case lines (no list markers, no line ending in a full stop, not right after a block about as long
as a row, no column name recurring as a cell) followed by row blocks with exactly as many
lines (or one more, when the row label column has no header; a row whose cell holds a paragraph break may
span two blocks, see ``_split_row``); a table needs two rows, or one row when a "Table N"
caption stands at most three blocks before the header. The run of rows ends at the first block of another length,
so a row with an empty cell (flattened to a shorter block) and everything after it are left as they are. Any text
that is not part of a recognised table is returned exactly as given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK = re.compile(r"(\n(?:[ \t]*\n)+)")
_CAPTION = re.compile(r"^Table\s+[0-9]+[A-Za-z]?\b")
_LIST_MARK = re.compile(r"^(?:[-*+|>\u2022\u2023\u25aa\u25cf]|\d{1,3}[.)])(?:\s|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_END = re.compile(r"[.!?]$")

MAX_HEADER_CHARS = 80      # a column name is a short line
MIN_TITLE_SHARE = 0.75     # of the header's words of four letters or more, the share that start with a capital
CAPTION_REACH = 3          # a caption counts when it stands at most this many blocks before the header


@dataclass(frozen=True)
class TableSpan:
    """A recognised table: block indexes of the header and the last row block, the column names and the rows."""

    header: int
    last: int
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    captioned: bool


def label_tables(text: str) -> str:
    """Rewrite recognised tables as one paragraph per cell carrying row label and column header."""
    parts = _BLANK.split(text)
    blocks, seps = parts[0::2], parts[1::2]
    spans = find_tables(blocks)
    if not spans:
        return text
    out: list[str] = []
    i = 0
    for span in spans:
        while i < span.header:
            out.append(blocks[i])
            out.append(seps[i])
            i += 1
        out.append(render_rows(span.columns, span.rows))
        i = span.last + 1
        if i < len(blocks):
            out.append(seps[i - 1])
    while i < len(blocks):
        out.append(blocks[i])
        if i < len(seps):
            out.append(seps[i])
        i += 1
    return "".join(out)


def find_tables(blocks: list[str]) -> list[TableSpan]:
    """The tables among a section's blocks, in order and not overlapping."""
    spans: list[TableSpan] = []
    lines = [_lines(b) for b in blocks]
    i = 0
    while i < len(blocks) - 1:
        span = _table_at(lines, i)
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.last + 1
    return spans


def render_rows(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    """One paragraph per cell: "row label; column name: cell." (a full stop added when the cell has none)."""
    paragraphs = []
    for row in rows:
        label, cells = row[0], row[1:]
        for column, cell in zip(columns[-len(cells):], cells):
            ending = "" if _END.search(cell) else "."
            paragraphs.append(f"{label}; {column}: {cell}{ending}")
    return "\n\n".join(paragraphs)


def _table_at(lines: list[list[str]], h: int) -> TableSpan | None:
    header = lines[h]
    if len(header) < 2 or not _is_header(header):
        return None
    n = len(lines[h + 1])
    if n not in (len(header), len(header) + 1) or n < 2:
        return None
    if h > 0 and len(lines[h - 1]) >= 2 and abs(len(lines[h - 1]) - n) <= 1:
        return None  # the "header" is more likely a row (with a cell missing) of a table that began earlier
    last = h
    rows: list[list[str]] = []
    while last + 1 < len(lines):
        block = lines[last + 1]
        if len(block) == n and _is_row(block):
            rows.append(block)
            last += 1
            continue
        split = _split_row(block, lines[last + 2] if last + 2 < len(lines) else [], n, rows)
        if split is None:
            break
        rows.append(split)
        last += 2
    if any(cell in header for row in rows for cell in row[1:]):
        return None  # a column name that recurs as a cell is a row's value, not a column name
    captioned = any(len(lines[k]) == 1 and _CAPTION.match(lines[k][0])
                    for k in range(max(0, h - CAPTION_REACH), h))
    if not rows or (len(rows) < 2 and not captioned):
        return None
    return TableSpan(header=h, last=last, columns=tuple(header), rows=tuple(tuple(r) for r in rows),
                     captioned=captioned)


def _split_row(first: list[str], second: list[str], n: int, rows: list[list[str]]) -> list[str] | None:
    """A row whose cell holds a paragraph break, flattened into two blocks: the first block's last line and the
    second's first line are one cell, so the two hold n + 1 lines. Taken only when the second block ends in a value
    the last column already holds in an earlier row and both halves are words (two rows each missing a cell
    could add up the same)."""
    if len(first) < 2 or len(second) < 2 or len(first) + len(second) != n + 1:
        return None
    if not rows or second[-1] not in {row[-1] for row in rows}:
        return None
    if any(len(_WORD.findall(half)) < 2 for half in (first[-1], second[0])):
        return None  # the two halves of one cell are text, not marks such as "X" of rows with cells missing
    row = first[:-1] + [f"{first[-1]} {second[0]}"] + second[1:]
    return row if _is_row(row) else None


def _is_header(lines: list[str]) -> bool:
    if any(not line or len(line) > MAX_HEADER_CHARS or _END.search(line) or _LIST_MARK.match(line)
           for line in lines):
        return False
    words = [w for line in lines for w in _WORD.findall(line) if len(w) >= 4]
    if not words:
        return True
    return sum(w[0].isupper() for w in words) >= MIN_TITLE_SHARE * len(words)


def _is_row(lines: list[str]) -> bool:
    """Every line a cell: not empty, not a list item, and none but the last ending in a colon (a cell that
    runs on into the next line)."""
    return (all(line and not _LIST_MARK.match(line) for line in lines)
            and not any(line.endswith(":") for line in lines[:-1]))


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.split("\n")]
