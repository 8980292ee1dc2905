"""The bottom line: which statement it opens with, and that it never claims absence beside a finding."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.evidence import judge
from service.answer.phrasing import LeadStatement, bottom_line
from service.answer.pipeline import choose_lead
from service.answer.question import read_question
from service.answer.scoring import Candidate


def _candidate(text: str, score: float, kind: str = "research", title: str = "A study", doc: str = "d1",
               direct: bool = True) -> Candidate:
    document = Document(id=doc, title=title, kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, direct)


def test_a_guideline_recommendation_leads_when_it_answers_nearly_as_well() -> None:
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.90, doc="trial")
    guideline = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.80, kind="guideline",
                           doc="guide")
    assert choose_lead([trial, guideline]) is guideline


def test_a_much_better_answer_leads_over_a_weaker_guideline_line() -> None:
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.90, doc="trial")
    guideline = _candidate("Clinicians should offer drug X to adults with condition Y.", 0.30, kind="guideline",
                           doc="guide")
    assert choose_lead([trial, guideline]) is trial


def test_a_trial_leads_over_another_finding() -> None:
    cohort = _candidate("Drug X users had fewer relapses in a cohort of 2,000 adults.", 0.85, doc="cohort")
    trial = _candidate("In a randomized trial, drug X reduced relapse by 30 percent.", 0.80, doc="trial")
    assert choose_lead([cohort, trial]) is trial


def test_no_direct_statement_no_lead() -> None:
    assert choose_lead([]) is None


def test_with_a_direct_finding_the_bottom_line_never_says_insufficient() -> None:
    q = read_question("Does drug X prevent relapse in condition Y?")
    trial = _candidate("In a randomized trial, drug X did not reduce relapse in condition Y.", 0.9, doc="trial")
    judgement = judge([trial])
    assert judgement.direct
    parts = bottom_line(q, judgement, LeadStatement("trial", 1, "randomized trial", False), "no", ["trial"])
    texts = [text for text, _ in parts]
    assert texts[0] == "No." and texts[1] == ""  # the verdict, then the lead's own words in their place
    assert "insufficient" not in " ".join(texts).lower()
    assert "rests on randomized trials" in texts[2] and "no significant effect" in texts[2]
    assert texts[2].startswith("This statement comes from a research report")


def test_without_a_direct_source_the_bottom_line_says_what_is_missing() -> None:
    q = read_question("Can vitamin K2 be used to treat tendon calcification?")
    indirect = _candidate("Vitamin K2 slowed arterial calcification in rats.", 0.6, direct=False)
    judgement = judge([indirect])
    parts = bottom_line(q, judgement, None, "insufficient", [])
    assert len(parts) == 1 and parts[0][0].startswith("There is insufficient evidence to recommend vitamin K2")
