"""A negated exclusion ("a normal ferritin does not exclude iron deficiency") states that the thing may be there: a
yes to whether it can be, a no only to whether something rules it out."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.lead import stating_lead
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide

# P(yes) = 1 / (1 + e^1) = 0.27: a model leaning "no", as the shipped one does on the word "not".
LEANING_NO = VerdictModel(weights={}, intercept=-1.0, no_below=0.625, yes_above=0.625, relevant_floor=0.0)
NOT_EXCLUDED = ("Ferritin rises during inflammation, so a normal ferritin does not exclude iron deficiency in patients "
                "with inflammatory illness.")


def _candidate(text: str, score: float = 0.9, doc: str = "d1") -> Candidate:
    document = Document(id=doc, title="A guideline", kind="guideline", source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, True, anchored=True)


def test_not_excluded_is_a_yes_to_whether_it_can_be_present() -> None:
    direct = [_candidate(NOT_EXCLUDED)]
    verdict, _ = decide("Can iron deficiency still be present when the ferritin is normal?", direct, direct,
                        LEANING_NO)
    assert verdict == "yes"


def test_a_passive_cannot_be_ruled_out_is_a_yes_too() -> None:
    direct = [_candidate("In people with chronic kidney disease, a urinary infection cannot be ruled out by a "
                         "negative dipstick.")]
    verdict, _ = decide("Could a urinary infection be present despite a negative dipstick?", direct, direct,
                        LEANING_NO)
    assert verdict == "yes"


def test_not_excluded_is_a_no_to_whether_it_is_ruled_out() -> None:
    direct = [_candidate(NOT_EXCLUDED)]
    for question in ("Does a normal ferritin rule out iron deficiency in inflammatory illness?",
                     "Can a normal ferritin be used to exclude iron deficiency?"):
        verdict, _ = decide(question, direct, direct, LEANING_NO)
        assert verdict == "no", question


def test_an_exclusion_of_something_not_asked_changes_nothing() -> None:
    # What the statement does not rule out is not what the question asks of: the model's "no" stands.
    direct = [_candidate("A normal ECG does not exclude a heart attack.")]
    verdict, _ = decide("Can iron deficiency still be present when the ferritin is normal?", direct, direct,
                        LEANING_NO)
    assert verdict == "no"


def test_under_a_yes_the_not_excluded_statement_stays_the_lead() -> None:
    # Under "Yes.", the statement that says the thing may be there is no statement against it: another that says
    # nothing of the question does not take its place.
    lead = _candidate(NOT_EXCLUDED)
    other = _candidate("A low serum ferritin is the most specific blood test for iron deficiency.", 0.95, "d2")
    assert stating_lead("yes", lead, [other, lead]) is lead
