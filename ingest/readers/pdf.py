"""PDF files: text per page via pypdf, with running headers, footers and page numbers removed.

Layout cleanup works on the extracted lines only (no font or position data): a line that repeats, digits
aside, in the top or bottom lines of most pages is a running header or footer; page-number lines go too;
hyphenated line breaks are joined and the lines of a paragraph merged into one. Short title-case lines
standing alone become section headings, carried across pages until the next heading.
"""
from __future__ import annotations

import io
import logging
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from pypdf import PasswordType, PdfReader

from ingest.errors import UnreadableFile
from ingest.metadata import document_from_meta, sha256_of
from ingest.models import Document, DocumentSection

_MARGIN_LINES = 5  # how many lines at the top and at the bottom of a page may hold headers and footers
_HEADER_SEARCH_BYTES = 1024  # PDF readers accept a %PDF- header anywhere in the first kilobyte
_EOF_SEARCH_BYTES = 2048
_PAGE_LABEL = re.compile(
    r"(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|\d{1,4}\s*(?:of|/)\s*\d{1,4}",
    re.I,
)
_BARE_NUMBER = re.compile(r"\d{1,4}")
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u2023\u25aa\u25cf\u2013]|\d{1,3}[.)]|\(?[a-z]\))\s")
_HEADING_END_BEFORE = (".", "?", "!", ":", ")", "]")
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 12
# A line ending in one of these is a wrapped line of prose, not a heading.
_TRAILING_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
)


def read_pdf(path: Path, root: Path) -> Document:
    """Read a PDF into a Document with one or more DocumentSections per page (``page`` is 1-based).

    Metadata comes from a ``NAME.pdf.yaml`` sidecar (its keys win), then the PDF info dictionary
    (/Title, /Author, /CreationDate), then the path. Raises UnreadableFile with a one-line reason for an
    empty file, a file that is not a PDF, a corrupt or truncated PDF, a password-protected PDF, or a PDF
    without a text layer.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from None
    _check_bytes(data)
    info, raw_pages = _extract(data)
    if not any(text.strip() for text in raw_pages):
        raise UnreadableFile("no text layer (scanned or image-only PDF)")
    pages = remove_running_lines([_lines(text) for text in raw_pages])
    sections = tuple(_sections(pages))
    if not sections:
        raise UnreadableFile("no text besides running headers and page numbers")
    rel = path.relative_to(root).as_posix()
    meta = {**info, **_sidecar(path)}
    return document_from_meta(
        meta,
        default_id=rel,
        default_title=path.stem,
        path=rel,
        sha256=sha256_of(data),
        sections=sections,
        pages=len(raw_pages),
    )


def remove_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers and page-number lines from the top and bottom lines of each page.

    A header or footer is a line with letters that, once digits are masked, occurs among the first or
    last ``_MARGIN_LINES`` lines of more than half the pages (and at least two). "Page 3", "Page 3 of 9",
    "- 3 -" and "3 of 9" always go when in those lines; a bare number goes when it tracks the page number
    with one offset shared by most pages (printed numbers may start at 12), so table cells with numbers stay.
    """
    zones = [set(_margin_indexes(lines)) for lines in pages]
    keys: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    for page_no, (lines, zone) in enumerate(zip(pages, zones), start=1):
        keys.update(k for k in {_running_key(lines[i]) for i in zone} if k is not None)
        offsets.update({n - page_no for i in zone if (n := _page_number(lines[i])) is not None})
    needed = max(2, math.floor(len(pages) / 2) + 1)
    running = {key for key, count in keys.items() if count >= needed}
    page_offsets = {off for off, count in offsets.items() if count >= max(1, math.floor(len(pages) / 2) + 1)}
    cleaned = []
    for page_no, (lines, zone) in enumerate(zip(pages, zones), start=1):
        kept = []
        for i, line in enumerate(lines):
            if i in zone and (
                _running_key(line) in running
                or _PAGE_LABEL.fullmatch(line)
                or (_BARE_NUMBER.fullmatch(line) and int(line) - page_no in page_offsets)
            ):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def _page_number(line: str) -> int | None:
    """The number a page-number line shows ("12", "Page 12", "- 12 -", "12 of 30"), else None."""
    if _BARE_NUMBER.fullmatch(line) or _PAGE_LABEL.fullmatch(line):
        return int(m.group(0)) if (m := re.search(r"\d+", line)) else None
    return None


def _check_bytes(data: bytes) -> None:
    """Reject empty files, non-PDFs (by the %PDF- signature) and files cut short (no %%EOF at the end)."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if b"%PDF-" not in data[:_HEADER_SEARCH_BYTES]:
        start = data[:24].decode("latin-1").strip()
        start = re.sub(r"[^\x20-\x7e]", "?", start)
        raise UnreadableFile(f"not a PDF file (starts with {start!r})")
    if b"%%EOF" not in data[-_EOF_SEARCH_BYTES:]:
        raise UnreadableFile("corrupt PDF: truncated (no %%EOF marker at the end)")


def _extract(data: bytes) -> tuple[dict[str, Any], list[str]]:
    """The info metadata and the raw text of every page; any pypdf failure becomes UnreadableFile."""
    encrypted = False
    info: dict[str, Any] = {}
    texts: list[str] = []
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                encrypted = reader.decrypt("") == PasswordType.NOT_DECRYPTED
            if not encrypted:
                info = _info_meta(reader)
                texts = [page.extract_text() or "" for page in reader.pages]
        # pypdf raises many exception types on malformed input (PdfReadError, but also ValueError,
        # KeyError, TypeError, zlib.error, RecursionError...): all of them mean the file is unreadable.
        except Exception as exc:  # noqa: BLE001
            raise UnreadableFile(_corrupt_reason(exc)) from None
    if encrypted:
        raise UnreadableFile("encrypted PDF (password protected)")
    return info, texts


def _corrupt_reason(exc: Exception) -> str:
    """A one-line reason naming the pypdf failure."""
    if type(exc).__name__ == "DependencyError":
        return f"encrypted PDF (cannot decrypt: {exc})"
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return f"corrupt PDF: {detail}"


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's log warnings and Python warnings about broken files; the reason is reported instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _info_meta(reader: PdfReader) -> dict[str, Any]:
    """Title, authors and year from the PDF info dictionary, leaving out blank or placeholder values."""
    info: dict[str, Any] = reader.metadata or {}
    meta: dict[str, Any] = {}
    for key, field in (("/Title", "title"), ("/Author", "authors"), ("/CreationDate", "year")):
        value = str(info.get(key) or "").strip()
        if value and value.lower() not in {"(unspecified)", "untitled", "unknown"}:
            meta[field] = value
    return meta


def _sidecar(path: Path) -> dict[str, Any]:
    """The metadata of ``NAME.pdf.yaml`` next to the file, or {} when there is none."""
    sidecar = path.with_name(path.name + ".yaml")
    if not sidecar.is_file():
        return {}
    try:
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UnreadableFile(f"unreadable sidecar {sidecar.name}: {type(exc).__name__}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise UnreadableFile(f"sidecar {sidecar.name} is not a YAML mapping")
    return meta


def _lines(text: str) -> list[str]:
    """The page's lines, stripped, with runs of blank lines collapsed to one and none at the ends."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _margin_indexes(lines: list[str]) -> list[int]:
    """Indexes of the first and last ``_MARGIN_LINES`` non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line]
    return filled[:_MARGIN_LINES] + filled[-_MARGIN_LINES:]


def _running_key(line: str) -> str | None:
    """The line with digits masked and case folded, or None if it has too few letters to be a header."""
    if sum(ch.isalpha() for ch in line) < 3:
        return None
    return re.sub(r"\d+", "#", line.casefold())


def _sections(pages: list[list[str]]) -> Iterator[DocumentSection]:
    """Cut the cleaned pages into DocumentSections at heading lines; a heading carries over to the next pages."""
    vocabulary = _vocabulary(pages)
    heading: tuple[str, ...] = ()
    for page_no, lines in enumerate(pages, start=1):
        flags = _heading_flags(lines)
        body: list[str] = []
        pending: list[str] = []
        for line, is_heading in zip(lines, flags):
            if is_heading:
                pending.append(line)
                continue
            if pending and not line:
                continue  # a blank line between heading lines does not end the heading path
            if pending:
                text = _paragraphs(body, vocabulary)
                if text:
                    yield DocumentSection(heading=heading, text=text, page=page_no)
                heading, pending, body = tuple(pending), [], []
            body.append(line)
        if pending:
            text = _paragraphs(body, vocabulary)
            if text:
                yield DocumentSection(heading=heading, text=text, page=page_no)
            heading, body = tuple(pending), []
        text = _paragraphs(body, vocabulary)
        if text:
            yield DocumentSection(heading=heading, text=text, page=page_no)


def _heading_flags(lines: list[str]) -> list[bool]:
    """For each line, whether it is a heading: short, title case, standing apart from the prose around it.

    The line before must end a sentence or be a heading itself, and the line after must not continue it
    (lowercase or an opening bracket), so wrapped lines of prose full of proper nouns stay prose.
    """
    flags: list[bool] = []
    for i, line in enumerate(lines):
        before = lines[i - 1] if i > 0 else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        flags.append(
            _heading_shape(line)
            and (not before or before.endswith(_HEADING_END_BEFORE) or flags[i - 1])
            and not (after and (after[0].islower() or after[0] in "([{"))
        )
    return flags


def _heading_shape(line: str) -> bool:
    """Short, title case, not a list item, and not ending like a sentence or a wrapped line."""
    if not line or len(line) > _MAX_HEADING_CHARS or _LIST_ITEM.match(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line.endswith((".", ",", ";", ":", "-")):
        return False
    words = line.split()
    if len(words) > _MAX_HEADING_WORDS or words[-1].lower() in _TRAILING_FUNCTION_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


def _paragraphs(lines: list[str], vocabulary: set[str]) -> str:
    """Merge lines into paragraphs (blank line = break); list items start their own line."""
    paragraphs: list[str] = []
    current: list[str] = []  # lines of the paragraph; list items are kept as separate lines
    for line in lines:
        if not line:
            if current:
                paragraphs.append("\n".join(current))
                current = []
        elif not current or _LIST_ITEM.match(line):
            current.append(line)
        else:
            current[-1] = _join(current[-1], line, vocabulary)
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _join(left: str, right: str, vocabulary: set[str]) -> str:
    """Join two lines of a paragraph, undoing hyphenation at the line break.

    "calcifi-" + "cation" becomes "calcification" unless the document elsewhere writes the hyphenated
    form ("anti-inflammatory"); "IL-" + "6" keeps its hyphen; "+/-" is a symbol, not a break.
    """
    if left.endswith("-") and len(left) > 1 and left[-2].isalnum() and right[0].isalnum():
        head = m.group(0) if (m := re.search(r"[\w-]*$", left[:-1])) else ""
        tail = m.group(0) if (m := re.match(r"[\w-]*", right)) else ""
        if left[-2].islower() and right[0].islower():
            hyphenated = f"{head}-{tail}".casefold()
            if hyphenated in vocabulary and f"{head}{tail}".casefold() not in vocabulary:
                return left + right
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def _vocabulary(pages: list[list[str]]) -> set[str]:
    """The hyphenated and plain words the document uses within lines, to decide line-break hyphens."""
    words: set[str] = set()
    for lines in pages:
        for line in lines:
            words.update(w.casefold() for w in re.findall(r"\w+(?:-\w+)*", line))
    return words
