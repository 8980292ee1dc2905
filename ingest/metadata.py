"""Bibliographic metadata (front matter, sidecars, PDF info, BEIR metadata) turned into a Document."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from ingest.errors import UnreadableFile
from ingest.models import DESIGNS, Design, Document, DocumentKind, DocumentSection

# The kind a ``type`` value names: the kinds' own names, and the plural and synonym people write.
_KINDS = {**{k.value: k for k in DocumentKind}, "guidelines": DocumentKind.GUIDELINE, "study": DocumentKind.RESEARCH}


def sha256_of(data: bytes) -> str:
    """The hex sha256 of raw bytes: the document's content hash for incremental rebuilds."""
    return hashlib.sha256(data).hexdigest()


def document_from_meta(
    meta: dict[str, Any],
    *,
    default_id: str,
    default_title: str,
    path: str,
    sha256: str,
    sections: tuple[DocumentSection, ...],
    pages: int | None = None,
) -> Document:
    """Build a Document from loosely typed metadata, with safe defaults for what is missing.

    ``type`` picks the kind (guideline or research, research by default); ``source`` falls back to
    ``publisher`` or ``journal``; ``year`` is the first four-digit year found in the value; ``design``, where
    given, is the study design the source states of itself (one of ``DESIGNS``, any case: a corpus says "review" of
    an overview whose text names the trials it reviews), and any other value makes the file unreadable, with the
    allowed values in the message.
    """
    kind = _KINDS.get(str(meta.get("type") or meta.get("kind") or "").strip().lower(), DocumentKind.RESEARCH)
    source = meta.get("source") or meta.get("publisher") or meta.get("journal") or ""
    url = meta.get("url") or (f"https://doi.org/{meta['doi']}" if meta.get("doi") else "")
    authors = meta.get("authors") or ""
    if isinstance(authors, list):
        authors = ", ".join(str(a) for a in authors)
    return Document(
        id=str(meta.get("id") or default_id).strip(),
        title=str(meta.get("title") or default_title).strip(),
        kind=kind,
        source=str(source).strip(),
        year=parse_year(meta.get("year")),
        authors=str(authors).strip(),
        url=str(url).strip(),
        path=path,
        sha256=sha256,
        sections=sections,
        pages=pages,
        doi=str(meta.get("doi") or "").strip(),
        design=_design(meta.get("design")),
    )


def _design(value: object) -> Design | None:
    """The design a metadata value names (``DESIGNS``, any case), None where none is given."""
    if value is None or not str(value).strip():
        return None
    name = str(value).strip().lower()
    for design in DESIGNS:
        if design == name:
            return design
    raise UnreadableFile(f"unknown design {str(value)!r} in metadata; use one of: {', '.join(DESIGNS)}")


def parse_year(value: object) -> int | None:
    """The first plausible four-digit year in a value (int, '2019', 'D:20190301...', '2013 Aug')."""
    if value is None:
        return None
    match = re.search(r"(1[89]\d\d|20\d\d)", str(value))
    return int(match.group(1)) if match else None
