"""Readers by file suffix: each turns one file into documents, or raises UnreadableFile with a reason.

Adding a format is adding a module and a line in READERS.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ingest.models import CorpusRead
from ingest.readers.jsonl import read_jsonl
from ingest.readers.markdown import read_markdown
from ingest.readers.pdf import read_pdf
from ingest.readers.pubmed import read_pubmed

Reader = Callable[[Path, Path], CorpusRead]


def _single(read: Callable) -> Reader:
    return lambda path, root: CorpusRead(documents=[read(path, root)])


READERS: dict[str, Reader] = {
    ".md": _single(read_markdown),
    ".markdown": _single(read_markdown),
    ".txt": _single(read_markdown),
    ".pdf": _single(read_pdf),
    ".jsonl": read_jsonl,
    ".xml": read_pubmed,
    ".xml.gz": read_pubmed,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a file by the end of its name, case-insensitive (``.xml.gz`` before ``.gz``), or None."""
    name = path.name.lower()
    return next((READERS[s] for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), None)
