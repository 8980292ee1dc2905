"""Markdown and plain-text files with optional YAML front matter, split into heading sections."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ingest.errors import UnreadableFile
from ingest.metadata import document_from_meta, sha256_of
from ingest.models import Document, DocumentSection
from ingest.readers.lists import label_lists
from ingest.readers.tables import label_tables
from ingest.text import decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
# YAML refuses control characters; real citations carry them as mojibake (C1 bytes of a mis-decoded dash).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def read_markdown(path: Path, root: Path) -> Document:
    """Read a .md or .txt file: front matter gives the metadata, headings give the section paths."""
    data = path.read_bytes()
    text = decode_text(data)
    meta, body = split_front_matter(text)
    rel = path.relative_to(root).as_posix()
    title = str(meta.get("title") or _first_heading(body) or path.stem)
    sections = tuple(parse_sections(body, title))
    if not any(s.text.strip() for s in sections):
        raise UnreadableFile("no text besides front matter and headings")
    return document_from_meta(
        meta, default_id=rel, default_title=title, path=rel, sha256=sha256_of(data), sections=sections
    )


def split_front_matter(text: str) -> tuple[dict, str]:
    """Split YAML front matter from the body; malformed front matter is a reason to skip the file."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(_CONTROL.sub("", match.group(1))) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise UnreadableFile(f"invalid YAML front matter{where}") from None
    if not isinstance(meta, dict):
        raise UnreadableFile("front matter is not a YAML mapping")
    return meta, text[match.end():]


def parse_sections(body: str, title: str) -> list[DocumentSection]:
    """Group the body's lines under their heading path; a top heading equal to the title is not a level.
    Flattened tables within a section are written as labelled rows (ingest.readers.tables), and list items with the
    line that introduces them (ingest.readers.lists)."""
    sections: list[DocumentSection] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        text = label_lists(label_tables("\n".join(lines).strip()))
        if text:
            sections.append(DocumentSection(heading=tuple(h for _, h in path), text=text))
        lines.clear()

    for line in body.splitlines():
        match = _HEADING.match(line)
        if not match:
            lines.append(line)
            continue
        flush()
        level, heading = len(match.group(1)), match.group(2).strip()
        if level == 1 and _same(heading, title):
            path.clear()
            continue
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, heading))
    flush()
    return sections


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            return match.group(2).strip()
    return None


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()
