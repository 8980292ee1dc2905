"""A question that asks at a time point is answered by what its statements say at that time point."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.time_point import at_asked_time
from service.answer.verdict import VerdictModel, decide

# P(yes) = 1 / (1 + e^1) = 0.27: a model leaning "no".
LEANING_NO = VerdictModel(weights={}, intercept=-1.0, no_below=0.625, yes_above=0.625, relevant_floor=0.0)
BOTH = ("A randomized trial found that drugx gave better knee function at one year than a placebo injection. "
        "Longer follow-up of that trial found no significant difference between the groups at about five years.")


def _candidate(text: str) -> Candidate:
    document = Document(id="d1", title="A guideline", kind="guideline", source="Test", year=2020, authors="", url="",
                        path="d1", sha256="", sections=())
    chunk = Chunk(id="d1#0", doc_id="d1", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, frozenset(), True, True, True, anchored=True)


def test_the_sentence_at_the_asked_time_point_is_read() -> None:
    five = "Longer follow-up of that trial found no significant difference between the groups at about five years."
    assert at_asked_time("Does drugx still help after 5 years?", BOTH) == five
    assert at_asked_time("Is drugx better at 12 months?", BOTH).startswith("A randomized trial") and five not in \
        at_asked_time("Is drugx better at 12 months?", BOTH)


def test_an_age_is_no_time_point() -> None:
    ages = "Immediate drugx is advised for children under 2 years. For children older than 6 months, wait."
    assert at_asked_time("Should drugx be given at once to a child under 2 years?", ages) == ages


def test_a_question_without_a_time_point_reads_the_study_at_its_first() -> None:
    # (session 51: a later result pointing back at the study is read only where asked; the bottom line quotes both)
    assert at_asked_time("Is drugx better than a placebo injection?", BOTH) == BOTH.split(" Longer")[0]
    assert at_asked_time("Is drugx better after six weeks?", BOTH) == BOTH  # no sentence at six weeks


def test_no_at_the_asked_time_point_though_better_earlier() -> None:
    # At five years the trial found no difference: "No.", not "does not settle" from the one-year result beside it.
    direct, topic = [_candidate(BOTH)], frozenset(tokenize("drugx knee function"))
    question = "Does drugx still give better knee function than a placebo injection after five years?"
    assert decide(question, direct, direct, LEANING_NO, topic)[0] == "no"
    assert decide("Does drugx give better knee function than a placebo injection?", direct, direct,
                  LEANING_NO, topic)[0] == "yes"  # at its first time point, the study's main result
