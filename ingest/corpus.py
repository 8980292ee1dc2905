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
    out = CorpusRead()
    docs: dict[str, Document] = {}  # id -> document, in first-read order
    revisable: set[str] = set()  # ids read by a revising reader (PubMed): later records replace them
    for path in files:
        read = _read_one(path, root)
        out.skipped.extend(read.skipped)
        for doc in read.documents:
            if doc.id in docs and not (read.revises and doc.id in revisable):
                out.skipped.append(Skipped(doc.path, f"duplicate document id {doc.id!r} (first in {docs[doc.id].path})"))
                continue
            docs[doc.id] = doc
            if read.revises:
                revisable.add(doc.id)
        for doc_id in read.deleted:
            if doc_id in revisable and doc_id in docs:
                del docs[doc_id]
                revisable.discard(doc_id)
                out.deleted.append(doc_id)
        if on_file:
            on_file(path)
    out.documents = list(docs.values())
    return out


def _read_one(path: Path, root: Path) -> CorpusRead:
    rel = path.relative_to(root).as_posix()
    try:
        return reader_for(path)(path, root)
    except UnreadableFile as exc:
        return CorpusRead(skipped=[Skipped(rel, str(exc))])
    except OSError as exc:
        return CorpusRead(skipped=[Skipped(rel, f"cannot open file ({exc.strerror or exc})")])
