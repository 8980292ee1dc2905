"""Session 56's blind test: the lead and the verdict answer for the people asked. A statement on exactly the asked
person (an exact age inside its age bound, the side asked: "... for children under 2 years with infection in both
ears" for "18 month old, ... both ears") comes before one on a wider group and says "no" to doing without what it
advises (``verdict_people.for_exactly_them``, ``withheld_for_them``); one on the people the question defines by an
adjective ("penicillin allergic child") comes before the usual advice (``subgroup.for_asked_people``). Made-up
names throughout."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.scoring import Candidate, sentence_terms
from service.answer.subgroup import asked_people_terms
from service.answer.verdict_people import _groups
from tests.service.corpora import EAR_GUIDELINE, answered, background_guidelines, built

GUIDELINE = EAR_GUIDELINE.rstrip() + """ A delayed drugx prescription reduces drugx use without worsening
outcomes.

## Choice of drug

Gizmocillin is the recommended first-line drug for gizmo ear infection when a drug is needed. A gizmolide or another
alternative is used for children with penicillin allergy. Gizmocillin-clavulanate is recommended if the child has
received gizmocillin in the previous 30 days.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "exact", {"gizmo.md": GUIDELINE,
                                             **background_guidelines("Migraine prevention", "Fever in children")})


def _first_quote(text: str) -> str:
    return text.split(": ", 1)[1] if text.startswith(("Closest evidence", "Indirect evidence")) else \
        text.split(". ", 1)[1] if text.startswith(("No. ", "Yes. ")) else text


def test_waiting_asked_for_the_very_child_advised_drugx_at_once_is_no(index_dir: Path) -> None:
    answer = answered(index_dir, "18 month old, gizmo ear infection both ears, not that unwell - can I do watchful "
                                 "waiting?")
    assert answer.verdict == "no"
    assert _first_quote(answer.bottom_line.text).startswith("Immediate drugx is also recommended for children under 2")


def test_waiting_for_a_child_outside_the_bound_is_no_no(index_dir: Path) -> None:
    # A 3-year-old is past "under 2 years", and one ear is not "both ears": no statement speaks of exactly them.
    for question in ("3 year old, gizmo ear infection both ears, not that unwell - can I do watchful waiting?",
                     "18 month old, gizmo ear infection in one ear, not that unwell - can I do watchful waiting?"):
        assert answered(index_dir, question).verdict != "no"


def test_adjective_before_the_child_puts_their_drug_first(index_dir: Path) -> None:
    answer = answered(index_dir, "penicillin allergic child gizmo ear infection what to give")
    assert _first_quote(answer.bottom_line.text).startswith("A gizmolide or another alternative")


def test_people_defined_before_or_after_the_noun() -> None:
    assert asked_people_terms("penicillin allergic child gizmo fever what to give") == \
        (frozenset({"penicillin", "allerg"}),)
    assert asked_people_terms("gizmo fever in a child allergic to penicillin") == (frozenset({"penicillin", "allerg"}),)
    assert asked_people_terms("18 month old, gizmo fever both ears") == ()


def test_advice_for_several_groups_is_read_group_by_group() -> None:
    assert _groups("Drugx is recommended for children under 6 months, for children with severe symptoms, and for "
                   "children with ear discharge.") == [
        "Drugx is recommended for children under 6 months.", "Drugx is recommended for children with severe symptoms.",
        "Drugx is recommended for children with ear discharge."]
    assert _groups("Drugx is also recommended for children under 2 years with infection in both ears.") == [
        "Drugx is also recommended for children under 2 years with infection in both ears."]


def _guideline_statement(text: str, score: float, doc: str) -> Candidate:
    document = Document(id=doc, title="Gizmo fever in children", kind=DocumentKind.GUIDELINE, source="Test",
                        year=2020, authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)
    return Candidate(text, hit, score, 0.5, sentence_terms(text), True, False, False, anchored=False)


def test_closest_evidence_puts_the_defined_peoples_advice_before_the_usual() -> None:
    from service.answer.pipeline import closest_statements
    from service.answer.question import read_question
    from service.answer.tuning import AnswerTuning
    usual = _guideline_statement("Gizmocillin is the recommended first-line drug for gizmo fever when a drug is "
                                 "needed.", 0.95, "a")
    theirs = _guideline_statement("A gizmolide or another alternative is used for children with penicillin allergy.",
                                  0.9, "b")
    q = read_question("penicillin allergic child gizmo fever what to give")
    salient = {usual.text: 0.95, theirs.text: 0.5}
    assert closest_statements([usual, theirs], q, AnswerTuning(closest_statements=2), salient)[0] is theirs
    q = read_question("child gizmo fever what to give")  # (no people defined: salience orders them)
    assert closest_statements([usual, theirs], q, AnswerTuning(closest_statements=2), salient)[0] is usual
