"""Mends made when session 64's branches were merged: advice against another thing done without the asked one gives
no "no" on it (``verdict.against_without``), and a graded sentence stands in for a quoted one only where it names
what that one names of the question and speaks of the asked people (``graded.graded_in_place``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import Chunk, Document, DocumentKind, Grade
from index.search import Hit, open_index
from service.answer.graded import graded_in_place
from service.answer.pipeline import answer_question
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict import against_without
from tests.service.candidates import passage
from tests.service.corpora import answered, background_guidelines, built, guideline_file

_AGAINST = ("The panel recommends against using nasal quickmists (NQMs) without a soothing gel (SG) in people "
            "with hay cough who may also have sinus ache.")


def test_advice_against_a_thing_done_without_the_asked_one_is_not_against_it() -> None:
    # By the initials of what is asked ("SG" for "soothing gel"), plural or not, and by its words.
    assert against_without(_AGAINST, "soothing gel", frozenset({"sooth", "gel"}))
    assert against_without(_AGAINST.replace("(SG)", "(SGs)").replace("a soothing gel", "SGs"), "soothing gels",
                           frozenset({"sooth", "gel"}))
    assert against_without("Do not use nasal quickmists without a soothing gel.", "soothing gel",
                           frozenset({"sooth", "gel"}))
    # Asked of the thing advised against, or of a thing named before the "without", it is advice against that thing.
    assert not against_without(_AGAINST, "nasal quickmists", frozenset({"nasal", "quickmist"}))
    assert not against_without("Do not use soothing gel without a nasal quickmist.", "soothing gel",
                               frozenset({"sooth", "gel"}))


HAY = guideline_file("Hay cough in adults", (
    f"{_AGAINST} Hay cough is common in spring. Nasal quickmists open the airways within minutes."))


@pytest.fixture(scope="module")
def hay_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"hay.md": HAY, **background_guidelines("Exercise for knee osteoarthritis", "Eczema in children")}
    return built(tmp_path_factory, "mends64", files)


def test_a_question_on_the_thing_done_without_gets_no_no(hay_index: Path) -> None:
    a = answered(hay_index, "Should soothing gel be used in hay cough?")
    quoted = [s.text for s in a.bottom_line.statements if s.origin == "source"]
    assert a.verdict == "uncertain" and quoted and quoted[0].startswith("The panel recommends against using nasal")
    # Asked of the thing done without it, the same advice is a "no".
    asked_against = answered(hay_index, "Should nasal quickmists be used without a soothing gel in hay cough?")
    assert asked_against.verdict == "no"


_GRADE = Grade(strength="strong", certainty="moderate", text="1B")


def _hit(sentences: tuple[str, ...], graded: tuple[int, ...]) -> Hit:
    text, spans = passage(*sentences)
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=spans,
                  grades=tuple((i, _GRADE) for i in graded))
    doc = Document(id="g1", title="Skin care", kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                   url="", path="g1", sha256="", sections=())
    return Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.7, lexical=1.0)


def _scored(h: Hit, text: str, coverage: float) -> Candidate:
    return Candidate(text, h, 0.5, coverage, sentence_terms(text), False, False)


def test_graded_advice_that_drops_the_asked_thing_the_quote_names_does_not_stand_in() -> None:
    question = "should we knead reddened skin over bony bumps to prevent pressure blisters?"
    quote_text = "Kneading is harmful where skin is fragile."
    advice_text = "Consider a foam pad over bony bumps to prevent pressure blisters."
    h = _hit((quote_text, advice_text), (1,))
    quote, advice = _scored(h, quote_text, 0.2), _scored(h, advice_text, 0.6)
    assert graded_in_place([quote], [quote, advice], question) == [quote]


def test_graded_advice_for_other_people_does_not_stand_in_for_a_quote_on_the_asked() -> None:
    question = "24F, new partner - test for zorbic infection?"
    quote_text = "Zorbic infection is common."
    advice_text = "Testing for zorbic infection in men is not advised."
    h = _hit((quote_text, advice_text), (1,))
    quote, advice = _scored(h, quote_text, 0.2), _scored(h, advice_text, 0.6)
    assert graded_in_place([quote], [quote, advice], question) == [advice]
    assert graded_in_place([quote], [quote, advice], question, lambda c: "in men" in c.text) == [quote]


def test_asked_of_the_thing_alone_after_a_question_on_the_other_the_advice_is_a_no(hay_index: Path) -> None:
    # A follow-up carries the first question's thing; asked of the other thing alone, the advice against it is its no.
    index = open_index(hay_index)
    try:
        first = answer_question(index, "Should soothing gel be used in hay cough?")
        later = answer_question(index, "What about nasal quickmists alone?", follows=first)
    finally:
        index.close()
    assert first.verdict == "uncertain" and later.verdict == "no"
