"""``scoring.candidates`` with ``keep``: only the statements whose text the caller's test holds are scored, each
exactly as it is scored without ``keep`` (the unfloored searches for advice against, or a warning, for the asked
people test each statement's text and score only those)."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon, question_concepts
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.scoring import candidates
from tests.service.candidates import sentence_spans

STATS = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
# A guideline that gives the usual advice on the head of the asked condition, and treats the qualified case apart.
PASSAGE = ("Drugx is recommended as first-line treatment for myelomax. For patients with myelomax who cannot have a "
           "stem cell transplant, drugp is recommended as first-line treatment.")


def _hits() -> list[Hit]:
    document = Document(id="g1", title="Management of myelomax", kind=DocumentKind.GUIDELINE, source="Test",
                        year=2024, authors="", url="", path="g1", sha256="", sections=())
    chunk = Chunk(id="g1#0", doc_id="g1", heading=("Recommendations",), text=PASSAGE,
                  sentences=sentence_spans(PASSAGE))
    return [Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)]


def _scored(keep: object = None, floors: bool = False) -> list:
    q = read_question("Is drugx recommended for myelomax patients who cannot have a stem cell transplant?")
    return candidates(q, _hits(), STATS, *question_concepts(q), floors=floors, keep=keep)  # type: ignore[arg-type]


def test_kept_statements_are_scored_as_without_keep() -> None:
    def usual(text: str) -> bool:
        return text.startswith("Drugx")

    every = _scored()
    assert len(every) == 2
    kept = _scored(usual)
    assert kept == [c for c in every if usual(c.text)] and len(kept) == 1
    # The usual advice names the head alone, where another statement of the answer treats the case without a
    # transplant apart (``_head_only_test``): not the asked condition, whether or not that other statement is kept.
    assert not kept[0].mentions_condition and not kept[0].direct


def test_keep_with_the_floors() -> None:
    def night(text: str) -> bool:
        return "drugp" in text

    assert _scored(night, floors=True) == [c for c in _scored(floors=True) if night(c.text)]
