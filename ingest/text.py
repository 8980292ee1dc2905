"""Decoding raw bytes as text, with the reasons a file is not readable text."""
from __future__ import annotations

from ingest.errors import UnreadableFile


def decode_text(data: bytes) -> str:
    """Decode UTF-8 text (BOM allowed); raise UnreadableFile for empty, binary or non-UTF-8 bytes."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise UnreadableFile("empty file")
    return text
