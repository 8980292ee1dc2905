"""Session 66, blind test S14: where the question names its topic in other words than the source's ("rough handling"
for "maltreatment", "thigh bone shaft" for "diaphyseal zorble"), the passages the embedder alone ranks first, of one
source, that BM25 never found, are quoted as closest evidence when nothing else is (``scoring.meaning_first``,
``scoring.topic_candidates``). The words' own first passages were another source's that shared a plain word, so the
two rankings parted (``agreed_first`` found none) and the answer said no relevant evidence was found."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import agreed_first, meaning_first, topic_candidates
from service.answer.tuning import TUNING
from tests.service.test_closest_only import STATS

# Every statement under the relevance model's keep probability, so only the floors (or their absence) decide.
DOUBTFUL = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -1.0, "test")

QUESTION = read_question("3yo, broke the thigh bone shaft, tumbled off a bench - screen for rough handling?")


def _hit(doc: str, n: int, text: str, dense: float | None, lexical: float | None) -> Hit:
    document = Document(id=doc, title="", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#{n}", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=lexical)


# g1 speaks of the case in its own words (BM25 found none of its passages); g2 shares "bench" and "tumbled".
ADVICE = _hit("g1", 0, "Infants under three years with a diaphyseal zorble break should be assessed for maltreatment.",
              0.59, None)
CAST = _hit("g1", 1, "A hip spica cast suits young children with a diaphyseal zorble break.", 0.54, None)
NAIL = _hit("g1", 2, "Flexible nails suit older children with a diaphyseal zorble break.", 0.53, None)
BENCH = [_hit("g2", 0, "Workers who tumbled from a bench need an ankle film.", 0.46, 8.0),
         _hit("g2", 1, "A bench press injury is rare.", 0.30, 7.0),
         _hit("g3", 0, "Screening for bone density starts at 65.", 0.25, 6.0)]
HITS = [ADVICE, CAST, NAIL, *BENCH]


def test_meaning_first_is_the_embedders_top_of_one_source_that_no_question_word_found() -> None:
    assert TUNING.close_top == 3 and TUNING.agreed_dense == 0.5
    assert agreed_first(HITS) == []  # the two rankings part
    assert [h.chunk.id for h in meaning_first(HITS)] == ["g1#0", "g1#1", "g1#2"]
    # Not where BM25 found one of them (the words' ranking weighs it: ``agreed_first``) ...
    found_by_words = _hit("g1", 0, ADVICE.chunk.text, 0.59, 3.0)
    assert meaning_first([found_by_words, CAST, NAIL, *BENCH]) == []
    # ... nor where the embedder's first passages are of two sources, or one of them is far from the question.
    assert meaning_first([ADVICE, CAST, _hit("g4", 0, "Thigh pain in runners.", 0.535, None), *BENCH]) == []
    assert meaning_first([ADVICE, CAST, _hit("g1", 2, NAIL.chunk.text, 0.45, None), *BENCH]) == []


def test_its_statements_are_quoted_as_closest_evidence_where_nothing_else_is() -> None:
    assert QUESTION.intervention is None and QUESTION.condition is None
    assert ADVICE.dense is not None and ADVICE.dense < TUNING.close_dense  # not close enough on its own
    found = topic_candidates(QUESTION, HITS, STATS, None, None, model=DOUBTFUL)
    assert ADVICE.chunk.text in {c.text for c in found}
    assert {c.doc_id for c in found} == {"g1"} and all(c.closest_only and not c.direct for c in found)
    # Where the embedder's first passages are of two sources, nothing is quoted, as before.
    split = [ADVICE, CAST, _hit("g4", 0, "Thigh pain in runners.", 0.535, None), *BENCH]
    assert topic_candidates(QUESTION, split, STATS, None, None, model=DOUBTFUL) == []
