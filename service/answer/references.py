"""Numbering references in order of first citation and collecting the passages each one lends."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from index.search import Hit
from ingest.models import DocumentKind
from service.answer.models import Passage, Reference


@dataclass
class Draft:
    """A statement before numbering: its text, the doc ids it cites, and the chunk it was quoted from."""

    text: str
    cites: list[str]
    origin: Literal["source", "template"]
    hit: Hit | None = None


@dataclass
class Numbering:
    """doc id -> reference number, assigned as citations are first met."""

    numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, doc_ids: list[str]) -> list[int]:
        """Numbers for these doc ids, giving new ones the next number."""
        out = []
        for doc_id in doc_ids:
            if doc_id not in self.numbers:
                self.numbers[doc_id] = len(self.numbers) + 1
            if self.numbers[doc_id] not in out:
                out.append(self.numbers[doc_id])
        return out


def build_references(numbering: Numbering, drafts: list[Draft], hits: list[Hit]) -> list[Reference]:
    """One Reference per cited document, in number order, with the passages its statements came from.

    A document cited only by templates lends its best retrieved passage, so every reference shows text;
    a retracted one lends none, since nothing of it is quoted.
    """
    used: dict[str, dict[str, Hit]] = {}
    for draft in drafts:
        if draft.hit is not None:
            used.setdefault(draft.hit.document.id, {})[draft.hit.chunk.id] = draft.hit
    best: dict[str, Hit] | None = None  # each document's first hit, looked up only for one no statement quotes
    refs = []
    for doc_id, n in sorted(numbering.numbers.items(), key=lambda kv: kv[1]):
        chosen = list(used.get(doc_id, {}).values())
        if not chosen:
            if best is None:
                best = {}
                for hit in hits:
                    best.setdefault(hit.document.id, hit)
            chosen = [best[doc_id]]
        doc = chosen[0].document
        refs.append(Reference(
            n=n, kind="Guideline" if doc.kind == DocumentKind.GUIDELINE else "Research", title=doc.title or doc.id,
            source=doc.source, year=doc.year, url=doc.url, doc_id=doc.id,
            passages=[] if doc.retracted and doc_id not in used else
            [Passage(chunk_id=h.chunk.id, text=h.chunk.text, page=h.chunk.page) for h in chosen],
            flags=list(doc.flags),
        ))
    return refs
