"""A guideline statement as the answer pipeline scores it, for the tests of its lead and closest-evidence readers."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.scoring import Candidate, sentence_terms


def guideline_candidate(text: str, score: float, doc: str) -> Candidate:
    """``text`` as one statement of a guideline ``doc`` the relevance model scored ``score``, neither direct nor
    anchored."""
    document = Document(id=doc, title="A gizmo overview", kind=DocumentKind("guideline"), source="Test", year=2020,
                        authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), False, False)
