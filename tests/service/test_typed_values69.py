"""A case's values as a clinician types them ("60g", "19/40"), which no chunk of the corpus writes, count in what a
statement must cover only as the number the corpus writes, or weigh nothing (``written_values.typed_values``,
``scoring._Matcher``): weighed as the rarest words of all, they kept the guideline's rule for the very values the note
reports under the relevance floors. An age, a value the corpus does write, a name with a digit, and any value where the
corpus's vocabulary is unknown count as before."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates
from service.answer.written_values import as_written, typed_values
from tests.service.candidates import passage

RULE = "Wobblitis is diagnosed when the zorbotest level after a glucose load is 4 or more."
OTHER = "Plumbazine is offered for gizmo cramps in adults."
# The corpus's words: those of its two sentences and the parts of the note's values it writes ("19", "40").
VOCABULARY = ("wobbliti", "diagnos", "zorbotest", "level", "after", "glucos", "load", "4", "more", "plumbazin", "offer",
              "gizmo", "cramp", "adult", "19", "40", "normal")


def _passage(*sentences: str, dense: float = 0.45) -> Hit:
    """One guideline passage of ``sentences``, as a search hit ``dense`` close to the question."""
    text, spans = passage(*sentences)
    document = Document(id="g1", title="Wobble care", kind="guideline", source="Test", year=2020, authors="",
                        url="", path="g1", sha256="", sections=())
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=spans)
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=dense, lexical=3.0)


def _coverage(lexicon: Lexicon, question: str) -> dict[str, float]:
    """Each statement's coverage of ``question`` (IDF 1 for every term), every statement kept (no floors)."""
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=lexicon)
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    return {c.text: c.coverage for c in candidates(read_question(question), [_passage(RULE, OTHER)], stats, None, None,
                                                   model=model, floors=False)}


def test_typed_values_no_chunk_writes_count_as_the_number_written() -> None:
    lexicon = Lexicon({}, vocabulary=VOCABULARY)
    # "60g" is "60" where the corpus writes 60, else nothing; "19/40"'s parts are written, its joined term is not.
    assert typed_values("zorbotest after a 60g load at 19/40", lexicon.unwritten) == {"60g": None, "1940": None}
    with_sixty = Lexicon({}, vocabulary=(*VOCABULARY, "60"))
    assert typed_values("a 60g load", with_sixty.unwritten) == {"60g": "60"}
    assert as_written(("load", "60g", "60", "1940", "19"), {"60g": "60", "1940": None}) == ("load", "60", "1940", "19")
    # An age and a bare number stay whole; a name with a digit opens on a letter; a value the corpus writes is a word.
    assert typed_values("a 58-year-old, B12 low, level 4, 12 mm", lexicon.unwritten) == {}
    # Without the corpus's vocabulary nothing is known unwritten.
    assert typed_values("60g at 19/40", Lexicon({}).unwritten) == {}


def test_a_rule_covers_the_note_less_its_typed_values() -> None:
    # Terms (IDF 1 each): zorbotest, after, 60g, load, 1940, 19, 40, wobbliti, normal. With "60g" and "1940", which
    # no chunk writes (the corpus writes no 60 either), weightless, the rule covers zorbotest, after, load and wobbliti
    # of the 7 weighed: 4 / 7 (4 / 9 weighing them, under the unanchored floor of 0.5). Vocabulary unknown: 4 / 9.
    question = "Zorbotest after a 60g load at 19/40 - wobblitis or normal?"
    known = _coverage(Lexicon({}, vocabulary=VOCABULARY), question)
    assert known[RULE] == 4 / 7 and known[OTHER] == 0.0
    unknown = _coverage(Lexicon({}), question)
    assert unknown[RULE] == 4 / 9
