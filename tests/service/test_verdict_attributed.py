"""Asked whether what someone has is due to what they take ("pt on drugq has swollen ankles, is it the drug?"), a
statement that it, or the source's name for its kind, causes just that is no ground for a "no" (session 54)."""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide
from service.answer.verdict_attributed import attributed, cause_stated, states_causing

LEANING_NO = VerdictModel(weights={}, intercept=0.2, no_below=0.6, yes_above=0.6, relevant_floor=0.0)
QUESTION = "patient on drugq has swollen ankles, is it the drug?"


def _guideline(text: str) -> Candidate:
    document = Document(id="g1", title="Gizmo pressure drugs", kind="guideline", source="Test", year=2020,
                        authors="", url="", path="g1", sha256="", sections=())
    chunk = Chunk(id="g1#0", doc_id="g1", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.6, frozenset(), False, False, False, anchored=False)


@pytest.mark.parametrize("question, expected", [
    (QUESTION, (frozenset({"drugq"}), "ankl")),
    ("My mum on drugq has a cough, could it be the tablets?", (frozenset({"drugq"}), "cough")),
    ("Does drugq cause ankle swelling?", None),  # asked in so many words: the verdict's usual reading
])
def test_an_attribution_is_read_from_the_question(question: str, expected: object) -> None:
    assert attributed(question) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gizmo blockers commonly cause ankle swelling.", True),
    ("Gizmo blockers do not cause ankle swelling.", False),  # denied
    ("Gizmo blockers commonly cause a dry cough.", False),  # another effect
])
def test_a_cause_is_read_from_the_statement(text: str, expected: bool) -> None:
    assert states_causing(text, "ankl") is expected


def test_a_statement_naming_what_they_take_answers_before_its_kind() -> None:
    kind = "Gizmo blockers commonly cause ankle swelling."
    assert cause_stated(QUESTION, [kind])
    assert not cause_stated(QUESTION, ["Drugq rarely affects the ankles.", kind])


def test_the_cause_stated_is_no_no() -> None:
    c = _guideline("Gizmo blockers commonly cause ankle swelling.")
    assert decide(QUESTION, [], [c], LEANING_NO)[0] == "yes"


LEANING_YES = VerdictModel(weights={}, intercept=2.0, no_below=0.3, yes_above=0.6, relevant_floor=0.0)


def test_a_yes_above_no_cause_stated_is_uncertain() -> None:
    c = _guideline("Drugq became the recommended first-line drug for gizmoitis.")
    assert decide("patient on drugq has a cough, is it the drug?", [], [c], LEANING_YES)[0] == "uncertain"
    kind = _guideline("Gizmo blockers can cause a dry cough.")
    assert decide("patient on drugq has a cough, is it the drug?", [], [kind], LEANING_YES)[0] == "yes"
