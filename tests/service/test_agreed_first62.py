"""A passage both retrievers rank first, of the one source both rank first, is quoted as closest evidence when no
statement passes the relevance floors (``scoring.agreed_first``, ``scoring.topic_candidates``; session 62): a question
in a clinician's words, most of which the corpus never writes ("nonverbal preschooler, need a wobble culture - is a
plastic pouch ok?"), covers too little of any one sentence for the coverage floor, and its embedding stays under the
close-passage distance, though the words and the meaning of the question both point first to the guideline's advice
on it. The answer said no relevant evidence was found."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import agreed_first, topic_candidates
from service.answer.tuning import TUNING
from tests.service.test_closest_only import STATS

# Every statement at 1 / (1 + e) ~ 0.27: under the relevance model's keep probability (0.5), so only the hand-set
# coverage floor could keep one.
DOUBTFUL = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -1.0, "test")

QUESTION = read_question("nonverbal preschooler, need a wobble culture - is a plastic pouch collection ok at home?")


def _hit(doc: str, n: int, text: str, dense: float | None, lexical: float | None) -> Hit:
    document = Document(id=doc, title="", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#{n}", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=lexical)


ADVICE = _hit("g1", 0, "Plastic pouches should not be used to collect a wobble sample from young children.", 0.52, 9.0)
FEVER = _hit("g1", 1, "Wobble fever is common in the first years of life.", 0.55, 6.0)
IMAGING = _hit("g1", 2, "Gizmo imaging is reserved for recurrent wobble fever.", 0.45, 5.0)
ELSEWHERE = [_hit("g2", 0, "Home visits by a nurse may be offered after discharge.", 0.30, 2.0),
             _hit("g2", 1, "Families should be told how to reach the clinic out of hours.", 0.34, 1.0)]
HITS = [ADVICE, FEVER, IMAGING, *ELSEWHERE]


def test_agreed_first_is_in_the_top_of_both_rankings_of_one_source_and_near_enough() -> None:
    # By embedding: g1#1 0.55, g1#0 0.52, g1#2 0.45. By BM25: g1#0 9.0, g1#1 6.0, g1#2 5.0. All of g1: one source.
    # In both and at least agreed_dense (0.5) close: g1#1 and g1#0, in the embedding's order; g1#2 is too far.
    assert TUNING.close_top == 3 and TUNING.agreed_dense == 0.5
    assert [h.chunk.id for h in agreed_first(HITS)] == ["g1#1", "g1#0"]
    # A passage of another source among the first by BM25 (g2's at 7.0): the rankings part, none agreed.
    side = _hit("g2", 2, "Plastic bags are sold in the hospital shop.", 0.30, 7.0)
    assert agreed_first([*HITS, side]) == []
    # A passage only one retriever found (no BM25 score) is in no agreement.
    assert agreed_first([_hit("g3", 0, "Wobble fever lasts three days.", 0.7, None)]) == []


def test_the_passage_both_rankings_put_first_is_quoted_as_closest_evidence_when_nothing_passes_the_floors() -> None:
    assert QUESTION.intervention is None and QUESTION.condition is None  # no topic read: the coverage floor is half
    assert ADVICE.dense is not None and ADVICE.dense < TUNING.close_dense  # not close enough on its own
    found = topic_candidates(QUESTION, HITS, STATS, None, None, model=DOUBTFUL)
    assert ADVICE.chunk.text in {c.text for c in found}
    assert {c.doc_id for c in found} == {"g1"} and all(c.closest_only and not c.direct for c in found)
    # Where the two rankings part, nothing is quoted, as before.
    side = _hit("g2", 2, "Plastic bags are sold in the hospital shop.", 0.30, 7.0)
    assert topic_candidates(QUESTION, [*HITS, side], STATS, None, None, model=DOUBTFUL) == []
