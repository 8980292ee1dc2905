"""A guideline's graded advice among its own sentences (``service.answer.graded``): graded advice under the floors is
kept, as a stand-in only, from a source found already, and takes the place of that source's ungraded closest sentence
where it names more of what is asked and covers more of the question."""
from __future__ import annotations

from dataclasses import replace

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind, Grade
from service.answer.concepts import Lexicon
from service.answer.corpus_stats import CorpusStats
from service.answer.graded import graded_in_place, graded_sentence
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.scoring import Candidate, candidates, sentence_terms

from tests.service.candidates import passage

_STRONG = Grade(strength="strong", certainty="moderate", text="1B")
# Asked as a case note, with no intervention or condition read (checked in each test that needs it).
_QUESTION = "58M, tired all day, loud snoring - which overnight test to order?"


def _guideline(doc_id: str) -> Document:
    return Document(id=doc_id, title="Sleepy adults", kind=DocumentKind.GUIDELINE, source="Test", year=2020,
                    authors="", url="", path=doc_id, sha256="", sections=())


def _chunk_hit(doc_id: str, sentences: tuple[str, ...], graded: tuple[int, ...], dense: float = 0.7) -> Hit:
    text, spans = passage(*sentences)
    chunk = Chunk(id=f"{doc_id}#0", doc_id=doc_id, heading=(), text=text, sentences=spans,
                  grades=tuple((i, _STRONG) for i in graded))
    return Hit(chunk=chunk, document=_guideline(doc_id), rank=1, score=1.0, dense=dense, lexical=1.0)


def _scored(h: Hit, text: str, score: float, coverage: float) -> Candidate:
    return Candidate(text, h, score, coverage, sentence_terms(text), False, False)


def test_graded_sentence_reads_the_chunk_grades() -> None:
    h = _chunk_hit("g1", ("Snoring is common in older men.", "Order an overnight sleep study in the lab."), (1,))
    assert graded_sentence(h.chunk, "Order an overnight sleep study in the lab.")
    assert not graded_sentence(h.chunk, "Snoring is common in older men.")


def test_graded_advice_covering_more_stands_in_for_its_source_background() -> None:
    q = read_question(_QUESTION)
    assert q.intervention is None and q.condition is None
    h = _chunk_hit("g1", ("Snoring is common in older men.", "Order an overnight sleep study in the lab."), (1,))
    background = _scored(h, "Snoring is common in older men.", 0.8, 0.1)
    advice = _scored(h, "Order an overnight sleep study in the lab.", 0.1, 0.4)
    quoted = closest_statements([background, advice], q)
    assert [c.text for c in quoted] == ["Order an overnight sleep study in the lab."]


def test_graded_advice_covering_no_more_leaves_the_quote() -> None:
    h = _chunk_hit("g1", ("Snoring is common in older men.", "Order an overnight sleep study in the lab."), (1,))
    background = _scored(h, "Snoring is common in older men.", 0.8, 0.4)
    advice = _scored(h, "Order an overnight sleep study in the lab.", 0.1, 0.4)
    assert graded_in_place([background], [background, advice], _QUESTION) == [background]


def test_graded_advice_naming_no_more_of_what_is_asked_leaves_the_quote() -> None:
    # Both name the asked "overnight test"; the graded one covers more of the case only ("58M", "tired"): no answer.
    h = _chunk_hit("g1", ("An overnight test is read by a sleep doctor.",
                          "A tired 58M who snores should lose weight before an overnight test."), (1,))
    background = _scored(h, "An overnight test is read by a sleep doctor.", 0.8, 0.2)
    advice = _scored(h, "A tired 58M who snores should lose weight before an overnight test.", 0.1, 0.6)
    assert graded_in_place([background], [background, advice], _QUESTION) == [background]


def test_another_sources_graded_advice_or_a_research_finding_does_not_stand_in() -> None:
    h = _chunk_hit("g1", ("Snoring is common in older men.",), ())
    other = _chunk_hit("g2", ("Order an overnight sleep study in the lab.",), (0,))
    background = _scored(h, "Snoring is common in older men.", 0.8, 0.1)
    advice = _scored(other, "Order an overnight sleep study in the lab.", 0.1, 0.4)
    assert graded_in_place([background], [background, advice], _QUESTION) == [background]
    research = replace(background, hit=replace(h, document=replace(h.document, kind=DocumentKind.RESEARCH)))
    assert graded_in_place([research], [research, advice], _QUESTION) == [research]


def _kept(*hits: Hit) -> list[str]:
    """The statements ``candidates`` keeps for ``_QUESTION`` under a model that believes nothing (every statement
    under its floors but for the hand-set ones), with every term weighing 1."""
    q = read_question(_QUESTION)
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -4.0, "test")
    return [c.text for c in candidates(q, list(hits), stats, None, None, model=model)]


def test_graded_advice_under_the_floors_is_kept_from_a_found_source_only() -> None:
    # The first sentence passes the hand-set floors (near passage, most of the question's words); the graded advice
    # shares one word only, and the model believes neither.
    found = _chunk_hit("g1", ("Loud snoring and tired all day: order an overnight test in a 58M.",
                              "An overnight sleep study in the lab is advised."), (1,), dense=0.7)
    alone = _chunk_hit("g2", ("An overnight sleep study at home is advised for others.",), (0,), dense=0.7)
    kept = _kept(found, alone)
    assert "An overnight sleep study in the lab is advised." in kept
    assert "An overnight sleep study at home is advised for others." not in kept
    # ... marked a stand-in, never direct: ``rank_evidence`` sets it apart from what every other stage weighs.
    q = read_question(_QUESTION)
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -4.0, "test")
    marks = {c.text: (c.stand_in, c.direct) for c in candidates(q, [found], stats, None, None, model=model)}
    assert marks["An overnight sleep study in the lab is advised."] == (True, False)
    assert marks["Loud snoring and tired all day: order an overnight test in a 58M."][0] is False


def test_graded_advice_is_not_kept_under_the_floors_for_a_question_naming_a_topic() -> None:
    # Rescored without its topic (``topic_candidates``), a question naming one keeps no graded advice under the floors.
    q = read_question("Does gizmocillin help wobble fever in adults?")
    assert q.intervention and q.condition
    found = _chunk_hit("g1", ("Wobble fever in adults: gizmocillin helps, a 58M trial found.",
                              "An overnight sleep study in the lab is advised for fever."), (1,), dense=0.5)
    stats = CorpusStats(idf=lambda term: 1.0, lexicon=Lexicon({}))
    model = LinearModel(FEATURES, tuple(0.0 for _ in FEATURES), -4.0, "test")
    kept = [c.text for c in candidates(q, [found], stats, None, None, model=model)]
    assert "Wobble fever in adults: gizmocillin helps, a 58M trial found." in kept
    assert "An overnight sleep study in the lab is advised for fever." not in kept


def test_ungraded_sentence_under_the_floors_stays_out() -> None:
    found = _chunk_hit("g1", ("Loud snoring and tired all day: order an overnight test in a 58M.",
                              "An overnight sleep study in the lab is advised."), (), dense=0.7)
    assert "An overnight sleep study in the lab is advised." not in _kept(found)
