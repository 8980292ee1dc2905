"""Walking a corpus folder: every supported file read, every unreadable one reported, nothing else lost."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from ingest.errors import CorpusError, UnreadableFile
from ingest.models import CorpusRead, Skipped
from ingest.readers import READERS


def corpus_files(root: Path) -> list[Path]:
    """The supported files under ``root`` (recursively, hidden entries excluded), in a stable order."""
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"corpus path is not a folder: {root}")
    files = [
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in READERS
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(files)


def read_corpus(root: Path, on_file: Callable[[Path], None] | None = None) -> CorpusRead:
    """Read every supported file of a corpus folder.

    Unreadable files and duplicate document ids land in ``skipped`` with a one-line reason; a folder
    with no supported file at all is a CorpusError.
    """
    root = Path(root)
    files = corpus_files(root)
    if not files:
        raise CorpusError(f"no supported files (.md, .txt, .pdf, .jsonl) in {root}")
    out = CorpusRead()
    seen: dict[str, str] = {}
    for path in files:
        for item in _read_one(path, root):
            if isinstance(item, Skipped):
                out.skipped.append(item)
            elif item.id in seen:
                out.skipped.append(Skipped(item.path, f"duplicate document id {item.id!r} (first in {seen[item.id]})"))
            else:
                seen[item.id] = item.path
                out.documents.append(item)
        if on_file:
            on_file(path)
    return out


def _read_one(path: Path, root: Path) -> Iterator:
    rel = path.relative_to(root).as_posix()
    try:
        result = READERS[path.suffix.lower()](path, root)
    except UnreadableFile as exc:
        yield Skipped(rel, str(exc))
        return
    except OSError as exc:
        yield Skipped(rel, f"cannot open file ({exc.strerror or exc})")
        return
    yield from result.skipped
    yield from result.documents
