"""Walking a corpus folder: every supported file read, every unreadable one reported, nothing else lost."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ingest.errors import CorpusError, UnreadableFile
from ingest.models import CorpusRead, Document, Skipped
from ingest.readers import READERS, reader_for


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
        and reader_for(p) is not None
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(files)


def read_corpus(root: Path, on_file: Callable[[Path], None] | None = None) -> CorpusRead:
    """Read every supported file of a corpus folder, in name order.

    Unreadable files and duplicate document ids land in ``skipped`` with a one-line reason; a folder
    with no supported file at all is a CorpusError. PubMed files are applied in name order, the order
    the NLM numbers its baseline and update files: a later record of a PMID replaces the earlier one,
    and a ``DeleteCitation`` removes the PMIDs read before it (they are listed in ``deleted``).
    """
    root = Path(root)
    files = corpus_files(root)
    if not files:
        raise CorpusError(f"no supported files ({', '.join(READERS)}) in {root}")
    merged = CorpusMerge()
    for path in files:
        merged.add(_read_one(path, root))
        if on_file:
            on_file(path)
    return merged.result()


class CorpusMerge:
    """Per-file reads merged in file-name order, as ``read_corpus`` merges them: a duplicate id is skipped,
    a revising reader's later record replaces the earlier one, a DeleteCitation removes the ids read before
    it. A Ray build (index.ray_ingest) reads files in parallel and merges them here, in the same order."""

    def __init__(self) -> None:
        self.out = CorpusRead()
        self.docs: dict[str, Document] = {}  # id -> document, in first-read order
        self.revisable: set[str] = set()  # ids read by a revising reader (PubMed): later records replace them

    def add(self, read: CorpusRead) -> None:
        """Merge one file's read (files must come in name order)."""
        self.out.skipped.extend(read.skipped)
        for doc in read.documents:
            if doc.id in self.docs and not (read.revises and doc.id in self.revisable):
                first = self.docs[doc.id].path
                self.out.skipped.append(Skipped(doc.path, f"duplicate document id {doc.id!r} (first in {first})"))
                continue
            self.docs[doc.id] = doc
            if read.revises:
                self.revisable.add(doc.id)
        for doc_id in read.deleted:
            if doc_id in self.revisable and doc_id in self.docs:
                del self.docs[doc_id]
                self.revisable.discard(doc_id)
                self.out.deleted.append(doc_id)

    def result(self) -> CorpusRead:
        """The merged corpus: documents in first-read order, skips, and withdrawn ids."""
        self.out.documents = list(self.docs.values())
        return self.out


def _read_one(path: Path, root: Path) -> CorpusRead:
    rel = path.relative_to(root).as_posix()
    try:
        reader = reader_for(path)
        if reader is None:  # corpus_files lists only files with a reader; a path from elsewhere may have none
            raise UnreadableFile("no reader for this kind of file")
        return reader(path, root)
    except UnreadableFile as exc:
        return CorpusRead(skipped=[Skipped(rel, str(exc))])
    except OSError as exc:
        return CorpusRead(skipped=[Skipped(rel, f"cannot open file ({exc.strerror or exc})")])
