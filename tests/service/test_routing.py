"""Routing sentences to sections by what they say and who says it; judging study designs."""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.evidence import designs_in, judge, reports_finding
from service.answer.routing import route
from service.answer.scoring import Candidate, near_duplicate, quotable


def candidate(text: str, kind: str = "research", i: bool = False, c: bool = False) -> Candidate:
    doc = Document(id=f"{kind}-doc", title="T", kind=kind, source="S", year=2020, authors="", url="", path="p",
                   sha256="x", sections=())
    chunk = Chunk(id=f"{kind}-doc#0", doc_id=doc.id, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=doc, rank=1, score=1.0, dense=0.8)
    return Candidate(text=text, hit=hit, score=1.0, coverage=1.0, terms=frozenset(text.lower().split()),
                     mentions_intervention=i, mentions_condition=c, direct=i and c)


ROUTES = [
    ("Matrix Gla protein inhibits calcification once it is carboxylated by a vitamin K-dependent enzyme.",
     "research", "mechanism"),
    ("In a randomized trial of 244 women, menaquinone-7 180 micrograms per day improved arterial stiffness.",
     "research", "clinical_studies"),
    ("No randomized trial has tested vitamin K2 for calcific tendinopathy.", "research", "limitations"),
    ("The trials were small and their results were inconsistent.", "research", "limitations"),
    ("There was no significant difference in calcification progression between groups.", "research",
     "limitations"),
    ("Vitamin K2 can reduce the effect of warfarin and lower the INR.", "research", "safety"),
    ("Patients on warfarin should not start vitamin K2 without consulting the prescriber.", "guideline", "safety"),
    ("Clinicians should offer physiotherapy and NSAIDs as first-line treatment.", "guideline", "recommendations"),
    ("Extracorporeal shockwave therapy is recommended when symptoms persist after conservative care.",
     "guideline", "recommendations"),
    ("Calcific tendinopathy most often affects the supraspinatus tendon of adults aged 30 to 60.", "research",
     "current_evidence"),
    # Harm in the words of other specialties: the safety rule names no drug, disease or test.
    ("St John's wort can reduce the efficacy of combined oral contraceptives.", "research", "safety"),
    ("Serum lithium should be monitored closely when a thiazide diuretic is added.", "research", "safety"),
    ("Patients taking methotrexate should not be given trimethoprim without consulting a specialist.", "guideline",
     "safety"),
    ("Metformin reduced diabetes-related complications by 32 percent in overweight patients.", "research",
     "clinical_studies"),
]


@pytest.mark.parametrize("text,kind,section", ROUTES)
def test_route(text: str, kind: str, section: str) -> None:
    assert route(candidate(text, kind)) == section


def test_research_suggestion_is_not_a_guideline_recommendation() -> None:
    text = "The authors consider vitamin K status a possible factor in ectopic calcification."
    assert route(candidate(text, "research")) != "recommendations"
    assert route(candidate(text, "guideline")) == "recommendations"


@pytest.mark.parametrize("text,designs", [
    ("A meta-analysis of randomized controlled trials found no effect.", ["meta-analysis", "randomized trial"]),
    ("In a prospective cohort of 4,800 adults, intake was associated with lower risk.", ["cohort"]),
    ("Warfarin increased calcification in rats and in cultured vascular cells in vitro.", ["animal", "in vitro"]),
    ("A case series of 12 patients described resorption.", ["case series"]),
    ("Calcium deposits form in the tendon.", []),
])
def test_designs(text: str, designs: list[str]) -> None:
    assert designs_in(text) == designs


def test_gap_statements_are_not_findings() -> None:
    assert not reports_finding("No randomized trial has tested vitamin K2 in tendon calcification.")
    assert reports_finding("A randomized trial of 244 women found improved arterial stiffness with MK-7.")


def test_trials_that_have_not_shown_an_effect_are_a_null_finding_not_a_gap() -> None:
    assert reports_finding("Large randomized trials have not shown that vitamin D supplements prevent fractures.")
    assert not reports_finding("No trial has tested vitamin D for tendon calcification.")


def test_indirect_when_nothing_speaks_of_both() -> None:
    picked = [candidate("In a randomized trial of 244 women, MK-7 improved arterial stiffness.", i=True),
              candidate("Calcific tendinopathy resolves in most patients within months.", c=True)]
    judgement = judge(picked)
    assert judgement.level == "indirect" and not judgement.direct


def test_direct_trial_is_evidence() -> None:
    picked = [candidate("In a randomized trial of 120 patients with calcific tendinopathy, shockwave therapy "
                        "improved pain scores at 6 months.", i=True, c=True)]
    judgement = judge(picked)
    assert judgement.direct and judgement.level == "limited" and "randomized trial" in judgement.direct_designs


def test_nothing_selected_is_none() -> None:
    assert judge([]).level == "none"


def test_quotable_and_near_duplicates() -> None:
    assert quotable("Vitamin K2 can reduce the effect of warfarin in patients.")
    assert not quotable("Background")
    assert not quotable("and this continues without an ending")
    assert quotable("miR-25 expression falls in the failing human heart.")
    a = frozenset("vitamin k2 reduces the effect of warfarin".split())
    b = frozenset("vitamin k2 reduces the effect of warfarin strongly".split())
    assert near_duplicate(a, b) and not near_duplicate(a, frozenset("asthma inhaler steps".split()))
