"""A case's values as a clinician types them ("60g", "19/40", "58-year-old"), which no chunk of the corpus writes, are
no part of what a statement must cover (``written_values.unwritten_values``, ``scoring._Matcher``): weighed as the
rarest words of all, they kept the guideline's rule for the very values the note reports under the relevance floors.
A value the corpus does write, a name with a digit, and any value where the corpus's vocabulary is unknown count as
before."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates
from service.answer.written_values import unwritten_values

RULE = "Wobblitis is diagnosed when the zorbotest level after a glucose load is 4 or more."
OTHER = "Plumbazine is offered for gizmo cramps in adults."
# The corpus's words: those of its two sentences and the parts of the note's values it writes ("19", "40").
VOCABULARY = ("wobbliti", "diagnos", "zorbotest", "level", "after", "glucos", "load", "4", "more", "plumbazin", "offer",
              "gizmo", "cramp", "adult", "19", "40", "normal")


def _passage(*sentences: str, dense: float = 0.45) -> Hit:
    """One guideline passage of ``sentences``, as a search hit ``dense`` close to the question."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    document = Document(id="g1", title="Wobble care", kind="guideline", source="Test", year=2020, authors="",
                        url="", path="g1", sha256="", sections=())
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=tuple(spans))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=3.0)


def _coverage(lexicon: Lexicon, question: str) -> dict[str, float]:
    """Each statement's coverage of ``question`` (IDF 1 for every term), every statement kept (no floors)."""
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=lexicon)
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    return {c.text: c.coverage for c in candidates(read_question(question), [_passage(RULE, OTHER)], stats, None, None,
                                                   model=model, floors=False)}


def test_typed_values_no_chunk_writes_are_the_values_terms() -> None:
    lexicon = Lexicon({}, vocabulary=VOCABULARY)
    assert unwritten_values("zorbotest after a 60g load at 19/40", lexicon.unwritten) == {"60g", "1940", "19", "40"}
    # (The parts of an unwritten value go with it, unless another word has them: "58" of "HLA-Z*58:01" stays. An age
    # stays whole.)
    assert unwritten_values("58mg with HLA-Z*58:01", Lexicon({}, vocabulary=("hla", "z", "58", "01")).unwritten) \
        == {"58mg"}
    assert unwritten_values("a 58-year-old, 60g", lexicon.unwritten) == {"60g"}
    # A name with a digit opens on a letter; a value the corpus writes is a word of it.
    assert unwritten_values("B12 low, level 4", lexicon.unwritten) == frozenset()
    # Without the corpus's vocabulary nothing is known unwritten.
    assert unwritten_values("60g at 19/40", Lexicon({}).unwritten) == frozenset()


def test_a_rule_covers_the_note_less_its_typed_values() -> None:
    # Terms (IDF 1 each): zorbotest, after, 60g, load, 1940, 19, 40, wobbliti, normal. Without "60g" and "19/40" (its
    # terms 1940, 19, 40), which no chunk writes whole, the rule covers zorbotest, after, load and wobbliti of the 5
    # left: 4 / 5 (4 / 9 counting them, under the unanchored floor of 0.5).
    question = "Zorbotest after a 60g load at 19/40 - wobblitis or normal?"
    known = _coverage(Lexicon({}, vocabulary=VOCABULARY), question)
    assert known[RULE] == 4 / 5 and known[OTHER] == 0.0
    unknown = _coverage(Lexicon({}), question)
    assert unknown[RULE] == 4 / 9
