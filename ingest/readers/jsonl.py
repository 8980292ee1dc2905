"""JSONL files in the BEIR corpus layout: one document per line (_id, title, text, metadata)."""
from __future__ import annotations

import json
from pathlib import Path

from ingest.errors import UnreadableFile
from ingest.metadata import document_from_meta, sha256_of
from ingest.models import CorpusRead, Document, DocumentSection, Skipped
from ingest.text import decode_text


def read_jsonl(path: Path, root: Path) -> CorpusRead:
    """Read every line as a document; a bad line is skipped with its line number, the rest kept."""
    text = decode_text(path.read_bytes())
    rel = path.relative_to(root).as_posix()
    out = CorpusRead()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.documents.append(_document(line, rel, number))
        except UnreadableFile as exc:
            out.skipped.append(Skipped(path=f"{rel}:{number}", reason=str(exc)))
    if not out.documents:
        raise UnreadableFile(out.skipped[0].reason if out.skipped else "no documents in JSONL file")
    return out


def _document(line: str, rel: str, number: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"invalid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise UnreadableFile("line is not a JSON object")
    # A title-only record (common in BEIR corpora) is still a document: its title is its text.
    body = str(record.get("text") or "").strip() or str(record.get("title") or "").strip()
    if not body:
        raise UnreadableFile("record has no text and no title")
    doc_id = str(record.get("_id") or record.get("id") or f"{rel}:{number}")
    meta = dict(record.get("metadata") or {})
    meta["id"] = doc_id
    meta.setdefault("title", record.get("title") or "")
    return document_from_meta(
        meta,
        default_id=doc_id,
        default_title=str(record.get("title") or ""),
        path=rel,
        sha256=sha256_of(line.encode("utf-8")),
        sections=(DocumentSection(heading=(), text=body),),
    )
