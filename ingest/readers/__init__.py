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

Reader = Callable[[Path, Path], CorpusRead]


def _single(read: Callable) -> Reader:
    return lambda path, root: CorpusRead(documents=[read(path, root)])


READERS: dict[str, Reader] = {
    ".md": _single(read_markdown),
    ".markdown": _single(read_markdown),
    ".txt": _single(read_markdown),
    ".pdf": _single(read_pdf),
    ".jsonl": read_jsonl,
}
