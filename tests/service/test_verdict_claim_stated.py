"""A "no" is not said above statements that state the question's own claim and deny nothing of it, and a harm
negated ("without evident safety concerns", "no serious adverse events") is no denial of a benefit (session 53); a
statement that names another thing in the asked slot, another verb, or the asked thing only as a modifier of another,
or that only asks (a study's aim), keeps its "no"."""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import (VerdictModel, asks_itself, claim_stated, decide, heads_as_asked, negates_only_harm,
                                    no_allowed)

# A model that leans "no" on anything (P(yes) 0.55: above even odds, below its threshold).
LEANING_NO = VerdictModel(weights={}, intercept=0.2, no_below=0.6, yes_above=0.6, relevant_floor=0.0)


def _research(text: str, score: float = 0.9, doc: str = "r1") -> Candidate:
    document = Document(id=doc, title="A study", kind="research", source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, True, anchored=True)


def _verdict(question: str, text: str) -> str:
    c = _research(text)
    return decide(question, [c], [c], LEANING_NO)[0]


@pytest.mark.parametrize("question, text", [
    ("Is gizmylation a PTM?", "Gizmylation is a post-translational modification (PTM) of proteins in many cells."),
    # a harm negated beside the claim stated denies nothing of it
    ("Is drugx effective for condition Y?", "Drugx was effective for condition Y, with no serious adverse events."),
])
def test_a_statement_of_the_questions_claim_is_no_no(question: str, text: str) -> None:
    assert claim_stated(question, [text], harm_is_asked=False)
    assert _verdict(question, text) == "yes"


def test_a_negated_harm_is_no_denial_of_a_benefit() -> None:
    question = "Is drugx effective for condition Y?"
    text = "Drugx improved recovery from condition Y, without evident safety concerns."
    assert negates_only_harm(text)
    assert no_allowed([text])  # asked of a harm, it is a "no" to it
    assert not no_allowed([text], harm_is_asked=False)
    assert _verdict(question, text) == "yes"


@pytest.mark.parametrize("text, expected", [
    ("No serious adverse events occurred.", True),
    ("There were no safety concerns.", True),
    ("Drugx did not reduce adverse events.", False),  # a benefit denied
    ("Drugx did not improve survival.", False),
    ("Fetal sex was not a significant predictor of adverse outcomes.", False),  # a relation denied, not a harm
])
def test_a_negated_harm_is_read_from_its_grammar(text: str, expected: bool) -> None:
    assert negates_only_harm(text) is expected


@pytest.mark.parametrize("question, text", [
    # another thing in the asked slot
    ("Is condition Y a viral infection?", "Condition Y is a common bacterial infection of the skin."),
    # another verb
    ("Is protein Q7 repressed in stem cells?", "Protein Q7 safeguards stem cells."),
    # the asked thing only as a modifier of another ("peptide receptor")
    ("Does drugx target the gizmo peptide?", "Drugx is an antibody targeting the gizmo peptide receptor."),
    # a study's aim asks, and asserts nothing
    ("Do gizmo moles exist?", "To study whether gizmo moles truly exist."),
    # the claim stated beside a denial of it
    ("Is drugx effective for condition Y?", "Drugx was effective for condition Y in mice but not in humans."),
])
def test_a_contrastive_or_asking_statement_keeps_its_no(question: str, text: str) -> None:
    assert not claim_stated(question, [text], harm_is_asked=False)
    assert _verdict(question, text) == "no"


def test_the_asked_head_must_end_a_phrase() -> None:
    question = "Does drugx target the gizmo peptide?"
    assert heads_as_asked(question, "Drugx binds the gizmo peptide (GP) in plasma.")
    assert heads_as_asked(question, "Drugx targets the gizmo peptide that regulates tone.")
    assert not heads_as_asked(question, "Drugx is an anti-gizmo peptide-receptor antibody.")


def test_a_question_or_an_aim_asks_itself() -> None:
    assert asks_itself("Do gizmo polyps have similar receptors?")
    assert asks_itself("We sought to determine whether gizmo moles exist.")
    assert not asks_itself("Gizmo moles exist in a minority of cases.")


def test_the_asked_head_as_a_modifier_anywhere_states_no_claim() -> None:
    # the claim's words all stand, but the asked thing is a receptor's modifier where the asked subject is named
    question = "Does drugx target the gizmo peptide?"
    text = ("Four antibodies were developed: one targeting the gizmo peptide receptor (drugx) and three targeting the "
            "gizmo peptide (drugy, drugz and drugw).")
    assert not heads_as_asked(question, text)
    assert _verdict(question, text) == "no"
