"""Section-aware chunking: sentences of one section packed to a token budget, overlapping by sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.grades import section_grades
from ingest.models import Chunk, Document
from ingest.sentences import split_sentences

_BULLET = re.compile(r"^(?:[-*+\u2022]|\d{1,2}[.)])\s+")
_SPACE = re.compile(r"\s+")
_PIECE = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


@dataclass(frozen=True)
class ChunkingParams:
    """How documents are cut: the budget is in estimated model tokens (see estimate_tokens)."""

    max_tokens: int = 200
    overlap_sentences: int = 1


def estimate_tokens(text: str) -> int:
    """Estimate WordPiece tokens without a tokenizer: pieces, plus one per 6 letters of long words.

    Calibrated against the all-MiniLM-L6-v2 tokenizer on guideline text (see BENCHMARKS.md); it
    keeps chunks under the model's 256-token window without tokenizing the corpus twice.
    """
    total = 0
    for piece in _PIECE.findall(text):
        total += 1 + (len(piece) - 1) // 6 if piece.isalpha() else 1
    return total


def chunk_document(doc: Document, params: ChunkingParams = ChunkingParams()) -> list[Chunk]:
    """Cut a document into chunks that never cross a section; ids are ``doc_id#n`` in order. A guideline's
    graded sentences carry their grade (see ingest.grades)."""
    chunks: list[Chunk] = []
    for section, graded in zip(doc.sections, section_grades(doc)):
        kept = [(clean, grade) for clean, grade in ((clean_sentence(raw), grade) for raw, grade in graded) if clean]
        sentences = [clean for clean, _ in kept]
        start = -1
        for group in pack(sentences, params):
            text, spans = _join(group)
            start = _locate(group, sentences, start + 1)
            grades = tuple((i, g) for i, (_, g) in enumerate(kept[start:start + len(group)]) if g is not None)
            chunks.append(
                Chunk(
                    id=f"{doc.id}#{len(chunks)}",
                    doc_id=doc.id,
                    heading=section.heading,
                    text=text,
                    sentences=spans,
                    page=section.page,
                    grades=grades,
                )
            )
    return chunks


def clean_sentences(text: str) -> list[str]:
    """Sentences of a section with whitespace collapsed and list markers removed; empty ones dropped."""
    return [s for s in (clean_sentence(text[a:b]) for a, b in split_sentences(text)) if s]


def clean_sentence(raw: str) -> str | None:
    """One sentence with whitespace collapsed and its list marker removed; None when nothing is left."""
    sentence = _BULLET.sub("", _SPACE.sub(" ", raw).strip())
    return sentence if any(ch.isalnum() for ch in sentence) else None


def _locate(group: list[str], sentences: list[str], first: int) -> int:
    """Where a packed group starts in the section's sentences, searching from ``first``."""
    for start in range(first, len(sentences)):
        if sentences[start:start + len(group)] == group:
            return start
    raise ValueError("packed sentences are not a run of the section")  # pack() only ever slices


def pack(sentences: list[str], params: ChunkingParams) -> list[list[str]]:
    """Greedy packing to ``max_tokens``; each chunk after the first repeats the previous chunk's last
    ``overlap_sentences`` sentences, unless that chunk was no longer than the overlap."""
    groups: list[list[str]] = []
    current: list[str] = []
    size = 0
    fresh = 0  # sentences in ``current`` that are not overlap
    for sentence in sentences:
        tokens = estimate_tokens(sentence)
        if current and fresh and size + tokens > params.max_tokens:
            groups.append(current)
            keep = (current[-params.overlap_sentences:]
                    if params.overlap_sentences and len(current) > params.overlap_sentences else [])
            if sum(estimate_tokens(s) for s in keep) + tokens > params.max_tokens:
                keep = []
            current, size, fresh = list(keep), sum(estimate_tokens(s) for s in keep), 0
        current.append(sentence)
        size += tokens
        fresh += 1
    if current and fresh:
        groups.append(current)
    return groups


def _join(sentences: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans = []
    pos = 0
    for sentence in sentences:
        spans.append((pos, pos + len(sentence)))
        pos += len(sentence) + 1
    return " ".join(sentences), tuple(spans)
