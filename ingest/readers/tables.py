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
caption stands at most three blocks before the header. Any text that is not part of a recognised table is
returned exactly as given.

Three shapes beyond that, each seen across the shared guideline corpus:

- A header-like block right above the header whose lines span the cell columns evenly (two lines over six
  columns: three each; one line over all of them) names column groups: "Carrier" over "Implication" and
  "Advice". A cell is written under both ("Fast; Carrier, Advice: ..."), or the two groups' cells read alike.
- A first row shorter than the header (merged cells, two or more) is kept, written as "label: cell; cell." with
  no column names, since which columns its cells fill is unknown.
- A rated table: one column holds a bare number in every row (a score), which shows that the cells line up from
  the left, so rows with empty trailing cells are read left to right, and a one-line block after a row that is two
  cells short is its last cell (an empty cell flattens to a blank line). Each row is then one statement: the
  numbered title above the table ("Scenario 2: ..."), the row label, the score with its meaning from a scale
  legend after the table ("Score Key: 1,2 Poor; 3,4 Good"), and the other cells; a column name ending in "*"
  takes its meaning from a "*..." legend line. A score read without its scenario and scale says nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

_BLANK = re.compile(r"(\n(?:[ \t]*\n)+)")
_CAPTION = re.compile(r"^Table\s+[0-9]+[A-Za-z]?\b")
# A numbered title: a capitalised word, a number and a colon or stop ("Table 2:", "Scenario 1.", "Box 3:").
_TITLE = re.compile(r"^[A-Z][A-Za-z-]{1,20}\s+[0-9]{1,3}[A-Za-z]?\s*[:.]\s+\S")
_LIST_MARK = re.compile(r"^(?:[-*+|>\u2022\u2023\u25aa\u25cf]|\d{1,3}[.)])(?:\s|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_END = re.compile(r"[.!?]$")
_SCORE = re.compile(r"^[0-9]{1,2}$")
# A scale legend: "Name: 1,2,3 Meaning; 4,5,6 Other meaning" (two parts or more).
_LEGEND = re.compile(r"^([^:]{2,40}):\s*(.+)$")
_LEGEND_PART = re.compile(r"^\s*([0-9]{1,2}(?:\s*[,-]\s*[0-9]{1,2})*)\s+([^0-9;][^;]*?)\.?\s*$")
_TITLE_STOP = re.compile(r"^([A-Z][A-Za-z-]{1,20}\s+[0-9]{1,3}[A-Za-z]?)\.(?=\s)")
_STOPS_INSIDE = re.compile(r"\.\s+(?=\S)")
# The label and column name a cell is written after ("row label; column name: cell", ``render_rows``), as the answer's
# advice test reads them back (``service.answer.guideline``). (A colon inside a name, "B*15:02", is not the one before
# the cell: that one has a space after it.)
CELL_PREFIX = re.compile(r"^(?:[^:;]|:(?!\s)){1,200}; (?:[^:;]|:(?!\s)){1,120}: (?=\S)")

MAX_HEADER_CHARS = 80      # a column name is a short line
MIN_TITLE_SHARE = 0.75     # of the header's words of four letters or more, the share that start with a capital
CAPTION_REACH = 3          # a caption counts when it stands at most this many blocks before the header
LEGEND_REACH = 2           # a scale legend counts when it stands at most this many blocks after the last row
RATING_COLUMN = 1          # a rating stands right after the row label it rates
MAX_CATEGORIES = 4         # a rating in words takes few values ("usually", "may be", "usually not" appropriate)
CATEGORY_WORDS = 4         # ... each a few words
MIN_CATEGORY_ROWS = 3      # ... seen over this many rows at least, one of them repeated
MERGED_ROW_LINES = 3       # a first row of merged cells: its label and at least two cells
SPAN_NAME_WORDS = 4        # a name spanning every column is a few words; a longer line there is a subtitle


@dataclass(frozen=True)
class TableSpan:
    """A recognised table: block indexes of the header and the last row block, the column names (a group name
    joined to the columns it spans), the rows (a row shorter than the columns has unplaced cells), whether a
    caption stands above, and for a rated table the score column, its scale and the numbered title above."""

    header: int
    last: int
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    captioned: bool
    score: int | None = None
    scale: tuple[tuple[str, str], ...] = ()
    title: str = ""


def label_tables(text: str) -> str:
    """Rewrite recognised tables as one paragraph per cell carrying row label and column header (one paragraph
    per row for a rated table)."""
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
        out.append(render_span(span))
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


def render_span(span: TableSpan) -> str:
    """A recognised table as paragraphs: rated rows one statement each, other rows one paragraph per cell."""
    if span.score is not None:
        return "\n\n".join(_rated_row(span, row) for row in span.rows)
    return render_rows(span.columns, span.rows)


def render_rows(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    """One paragraph per cell: "row label; column name: cell." (a full stop added when the cell has none). A row
    with fewer cells than columns (merged or empty cells) is one paragraph "row label: cell; cell." with no column
    names, since which columns its cells fill is unknown."""
    paragraphs = []
    width = max(len(row) for row in rows) if rows else 0
    for row in rows:
        label, cells = row[0], row[1:]
        if len(row) < width:
            joined = "; ".join(cells)
            paragraphs.append(f"{label}: {joined}{_stop(joined)}")
            continue
        for column, cell in zip(columns[-len(cells):], cells):
            paragraphs.append(f"{label}; {column}: {cell}{_stop(cell)}")
    return "\n\n".join(paragraphs)


def _rated_row(span: TableSpan, row: tuple[str, ...]) -> str:
    """A rated row as one statement: "title - label: Score 9 (meaning); Column: cell; ...". The title's inner
    full stops become semicolons, so that the sentence splitter keeps title and row together."""
    assert span.score is not None
    names = _cell_columns(span)
    meaning = dict(span.scale)
    parts: list[str] = []
    for k, cell in enumerate(row[1:], start=1):
        if not cell:
            continue
        name = names[k - 1]
        if k == span.score and _SCORE.match(cell):
            said = f" ({meaning[cell]})" if cell in meaning else ""
            parts.append(f"{name} {cell}{said}")
        else:
            parts.append(f"{name}: {cell.rstrip('.') if k < len(row) - 1 else cell}")
    body = "; ".join(parts)
    head = row[0] if not span.title else f"{_one_sentence(span.title)} - {row[0]}"
    return f"{head}: {body}{_stop(body)}"


def _cell_columns(span: TableSpan) -> tuple[str, ...]:
    """The column names of the cells after the row label (the header may or may not name the label column)."""
    width = max(len(row) for row in span.rows)
    return span.columns[-(width - 1):] if len(span.columns) >= width else span.columns


def _one_sentence(title: str) -> str:
    """A title of several sentences as one: inner full stops become semicolons, the last one goes."""
    title = _TITLE_STOP.sub(r"\1:", title.strip().rstrip("."), count=1)
    return _STOPS_INSIDE.sub("; ", title)


def _stop(text: str) -> str:
    return "" if _END.search(text) else "."


def _table_at(lines: list[list[str]], h: int) -> TableSpan | None:
    header = lines[h]
    if len(header) < 2 or not _is_header(header):
        return None
    run = _row_run(lines, h)
    if not run:
        return None
    # The row length is the first row's (the header's, or one more when the label column has no name), or for a
    # first row of merged cells the second's.
    first = next((block for _, block in run if len(block) >= len(header)), [])
    n = len(header) + 1 if len(first) == len(header) + 1 else len(header)
    if h > 0 and len(lines[h - 1]) >= 2 and abs(len(lines[h - 1]) - n) <= 1:
        return None  # the "header" is more likely a row (with a cell missing) of a table that began earlier
    rated = _rated(lines, h, n)
    if rated is not None:
        return rated
    last, rows = _plain_rows(lines, h, n)
    if any(cell in header for row in rows for cell in row[1:]):
        return None  # a column name that recurs as a cell is a row's value, not a column name
    captioned = _captioned(lines, h)
    full = sum(len(row) == n for row in rows)
    if not full or (full < 2 and not captioned):
        return None
    columns = _grouped(lines, h, tuple(header), n)
    return TableSpan(header=h, last=last, columns=columns, rows=tuple(tuple(r) for r in rows),
                     captioned=captioned)


def _row_run(lines: list[list[str]], h: int) -> list[tuple[int, list[str]]]:
    """The blocks after the header that could be rows by their length alone (two lines up to one more than the
    header), in order, up to the first that could not be one (a one-line block is allowed inside the run)."""
    run: list[tuple[int, list[str]]] = []
    j = h + 1
    width = len(lines[h]) + 1
    while j < len(lines) and len(lines[j]) <= width:
        if len(lines[j]) >= 2:
            run.append((j, lines[j]))
        elif not run or len(lines[j][0]) > MAX_HEADER_CHARS:
            break
        j += 1
    return run


def _plain_rows(lines: list[list[str]], h: int, n: int) -> tuple[int, list[list[str]]]:
    """The rows of a table that is not rated, from the header on: full rows and rows split over two blocks, after
    a first row of merged cells (a label and two cells or more, fewer than the columns, none a sentence); the run
    ends at the first block of another shape. (Shorter blocks further down were, in a sample of the shared
    guidelines, more often a grid's second header line or a cell broken over paragraphs than merged cells.)"""
    last = h
    end = h  # the last full row's block
    rows: list[list[str]] = []
    kept = 0
    while last + 1 < len(lines):
        block = lines[last + 1]
        if len(block) == n and _is_row(block):
            rows.append(block)
            last += 1
            end, kept = last, len(rows)
            continue
        split = _split_row(block, lines[last + 2] if last + 2 < len(lines) else [], n,
                           [row for row in rows if len(row) == n])
        if split is not None:
            rows.append(split)
            last += 2
            end, kept = last, len(rows)
            continue
        if (not rows and MERGED_ROW_LINES <= len(block) < n and _is_row(block) and not any(map(_END.search, block))
                and not _is_header(block)):  # (a second header line, "Good / Fair / Poor" under "A / B / C")
            rows.append(block)  # a first row with merged cells: its label, then fewer cells than columns
            last += 1
            continue
        break
    return end, rows[:kept]


def _rated(lines: list[list[str]], h: int, n: int) -> TableSpan | None:
    """A rated table at header ``h`` (see the module docstring), or None. Its rows are read left to right:
    a row of k lines fills the first k columns, and a one-line block after a row two cells short fills the
    last column (the cell between is empty). The run of rows ends at the first without a rating."""
    header = lines[h]
    run = _left_rows(lines, h, n)
    score, count = _score_column([row for _, row in run])
    if score is None:
        return None
    rows = [row for _, row in run[:count]]
    last = run[count - 1][0]
    scale = _scale(lines, last)
    captioned = _captioned(lines, h)
    if len(rows) < 2 and not (captioned or scale):
        return None
    if any(cell in header for row in rows for cell in row[1:] if cell):
        return None
    columns = _starred(lines, last, _grouped(lines, h, tuple(header), n))
    return TableSpan(header=h, last=last, columns=columns, rows=tuple(tuple(r) for r in rows),
                     captioned=captioned, score=score, scale=scale, title=_title(lines, h))


def _left_rows(lines: list[list[str]], h: int, n: int) -> list[tuple[int, list[str]]]:
    """The blocks after the header read as rows filled from the left (padded with empty cells), each with the
    index of its last block."""
    run: list[tuple[int, list[str]]] = []
    j = h + 1
    while j < len(lines):
        block = lines[j]
        if not 2 <= len(block) <= n or not _is_row(block):
            break
        row = list(block) + [""] * (n - len(block))
        tail = lines[j + 1] if j + 1 < len(lines) else []
        if (len(block) == n - 2 and len(tail) == 1 and len(tail[0]) <= MAX_HEADER_CHARS
                and not _SCORE.match(tail[0]) and not _LEGEND.match(tail[0])):
            row[-1] = tail[0]
            j += 1
        run.append((j, row))
        j += 1
    return run


def _score_column(rows: list[list[str]]) -> tuple[int | None, int]:
    """The rating column and how many rows from the first have a rating in it. The rating stands in the first
    cell column, right after the thing rated (one further right grades a row of long cells, read cell by cell).
    It is a bare number in the first row (then the rows follow while it holds one), or, over at least
    ``MIN_CATEGORY_ROWS`` rows, one of at most ``MAX_CATEGORIES`` short capitalised values that repeat
    ("Usually Fine", "Rarely Fine"), as a category's name is written; a finding repeated down a column ("Raised
    risk of rash") is a cell, not a rating."""
    k = RATING_COLUMN
    if not rows:
        return None, 0
    if _SCORE.match(rows[0][k]):
        return k, _prefix([row[k] for row in rows], lambda cell: bool(_SCORE.match(cell)))
    seen: set[str] = set()
    count = 0
    for row in rows:
        value = row[k]
        if (not value or len(value.split()) > CATEGORY_WORDS or not _is_header([value])
                or not any(len(w) >= 3 for w in _WORD.findall(value)) or len(seen | {value}) > MAX_CATEGORIES):
            break
        seen.add(value)
        count += 1
    if count >= MIN_CATEGORY_ROWS and 2 <= len(seen) < count:
        return k, count
    return None, 0


def _prefix(cells: list[str], keep: Callable[[str], bool]) -> int:
    count = 0
    for cell in cells:
        if not keep(cell):
            break
        count += 1
    return count


def _scale(lines: list[list[str]], last: int) -> tuple[tuple[str, str], ...]:
    """The meaning of each score from a legend line within reach after the table ("Key: 1,2 Low; 3,4 High")."""
    for block in lines[last + 1:last + 1 + LEGEND_REACH]:
        for line in block:
            match = _LEGEND.match(line)
            if not match:
                continue
            pairs: list[tuple[str, str]] = []
            for part in match.group(2).split(";"):
                got = _LEGEND_PART.match(part)
                if not got:
                    pairs = []
                    break
                pairs += [(number, got.group(2).strip()) for number in _numbers(got.group(1))]
            if len(pairs) >= 2:
                return tuple(pairs)
    return ()


def _numbers(spec: str) -> list[str]:
    """ "1,2,3" or "1-3" as the numbers it names, as written ("1", "2", "3")."""
    out: list[str] = []
    for piece in spec.split(","):
        ends = [p.strip() for p in piece.split("-")]
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and int(ends[0]) <= int(ends[1]):
            out += [str(k) for k in range(int(ends[0]), int(ends[1]) + 1)]
        else:
            out += [e for e in ends if e]
    return out


def _starred(lines: list[list[str]], last: int, columns: tuple[str, ...]) -> tuple[str, ...]:
    """Column names ending in "*" named by a "*Meaning" legend line within reach after the table."""
    notes = [line[1:].strip() for block in lines[last + 1:last + 1 + LEGEND_REACH] for line in block
             if line.startswith("*") and not line.startswith("**") and len(line) > 2]
    if len(notes) != 1:
        return columns
    return tuple(f"{c[:-1].rstrip()} ({notes[0]})" if c.endswith("*") and not c.endswith("**") else c
                 for c in columns)


def _title(lines: list[list[str]], h: int) -> str:
    """The nearest numbered title ("Scenario 2: ...", "Table 1. ...") of one line within reach above the header."""
    for k in range(h - 1, max(-1, h - 1 - CAPTION_REACH), -1):
        if len(lines[k]) == 1 and _TITLE.match(lines[k][0]):
            return lines[k][0]
    return ""


def _captioned(lines: list[list[str]], h: int) -> bool:
    return any(len(lines[k]) == 1 and bool(_CAPTION.match(lines[k][0]))
               for k in range(max(0, h - CAPTION_REACH), h))


def _grouped(lines: list[list[str]], h: int, header: tuple[str, ...], n: int) -> tuple[str, ...]:
    """The header with column-group names joined on ("Carrier, Advice"), when the block right above the header
    is header-like (not a numbered title or caption) and its lines span the cell columns evenly."""
    if h == 0:
        return header
    groups = lines[h - 1]
    cells = n - 1
    if (not groups or not _is_header(groups)
            or any(_TITLE.match(g) or not any(len(w) >= 3 for w in _WORD.findall(g)) for g in groups)):
        return header  # a lone mark or number above the header ("O", "8") is a row's tail, not a group name
    unnamed_label = len(header) < n
    if unnamed_label and len(groups) >= 2:
        groups = groups[1:]  # the header leaves the label column unnamed: the line above it names that column
    elif len(groups) == 1 and (len(_WORD.findall(groups[0])) > SPAN_NAME_WORDS
                               or not (h >= 2 and len(lines[h - 2]) == 1 and _TITLE.match(lines[h - 2][0]))):
        return header  # one line over every column is a spanning header only between a caption and the header
    if cells % len(groups) or cells < 2:
        return header
    span = cells // len(groups)
    joint = " " if len(groups) == 1 else ", "  # "Class" over "I", "II": "Class II"; groups: "Carrier, Advice"
    named = list(header)
    first = len(header) - cells  # the label column's name, when the header has one, stays as it is
    for k in range(cells):
        named[first + k] = f"{groups[k // span]}{joint}{header[first + k]}"
    return tuple(named)


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
           or _SCORE.match(line) for line in lines):  # a bare number is a row's rating, not a column name
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
