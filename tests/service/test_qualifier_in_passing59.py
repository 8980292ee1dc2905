"""A case's detail after a comma ("zorb fever, not badly ill") is treated apart by the corpus only where a statement
names it whole (every word of it, or the corpus's name for it): one of its words said in passing ("... if the child
gets more ill") is no statement on such cases, and made every statement on the condition no answer for the case
(``scoring._head_only_test``; blind59a: the advice to wait in a child not very unwell, "insufficient" above it).
A qualifying clause of the condition ("that does not respond to other care") is set apart by any of its words, as
before."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import Lexicon, concept
from service.answer.corpus_stats import CorpusStats
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import candidates
from tests.service.candidates import direct_by_doc

CASE = "zorb fever, not badly ill"


def _hit(doc: str, text: str) -> Hit:
    document = Document(id=doc, title="Zorb fever", kind=DocumentKind.GUIDELINE, source="Test", year=2020,
                        authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)


def _found(*hits: Hit) -> dict[str, bool]:
    return direct_by_doc(f"Is drugx an option in {CASE}?", CASE, *hits)


ADVICE = "Drugx is a reasonable option for most children with zorb fever."


def test_a_word_of_the_detail_said_in_passing_does_not_set_the_case_apart() -> None:
    passing = _hit("p", "Parents should come back if the child with zorb fever gets more ill.")
    assert _found(_hit("g", ADVICE), passing)["g"]


def test_the_detail_named_whole_sets_the_case_apart() -> None:
    whole = _hit("w", "Children with zorb fever who are badly ill need drugy first.")
    assert not _found(_hit("g", ADVICE), whole)["g"]


def test_a_qualifying_clause_is_still_set_apart_by_one_of_its_words() -> None:
    # Not a case note's details but a clause of the condition: a statement on cases that did not respond to rest
    # speaks of it apart, and advice on the condition alone is no answer for it.
    asked = "Is drugx an option in zorb fever that does not respond to other care?"
    q = read_question(asked)
    assert q.intervention == "drugx" and q.condition is not None and q.condition.startswith("zorb fever that")
    apart = _hit("a", "Children with zorb fever that has not responded to rest may need drugy.")
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, "test")
    found = {c.doc_id: c.direct for c in candidates(q, [_hit("g", ADVICE), apart], stats, concept(q.intervention),
                                                    concept(q.condition, condition=True), model=model, floors=False)}
    assert not found["g"]
