"""Advice for people with both of two conditions asked together ("people with type 2 diabetes and hypertension")
opens the bottom line before advice naming one of them only (``guideline.population_terms``: the heads of both
sides are the population asked, which ``guideline.for_population`` looks for)."""
from __future__ import annotations

from fastapi.testclient import TestClient

from index.lexical import tokenize
from service.answer.guideline import for_population, population_terms
from service.answer.scoring import Candidate
from tests.service.candidates import document, hit

BOTH = "Drugx is recommended for adults with gizmo palsy and blorp syndrome."
ONE = "Three drug classes are recommended as first-line treatment for gizmo palsy: drugx, drugy and drugz."


def _advice(text: str) -> Candidate:
    return Candidate(text=text, hit=hit(document("g"), text), score=1.0, coverage=1.0,
                     terms=frozenset(tokenize(text)), mentions_intervention=True, mentions_condition=True,
                     direct=True, anchored=True)


def test_the_people_asked_have_both_conditions() -> None:
    asked = population_terms("gizmo palsy and blorp syndrome")
    assert asked == frozenset(tokenize("palsy syndrome"))
    assert for_population(_advice(BOTH), asked)
    assert not for_population(_advice(ONE), asked)
    # One condition, a side that is a modifier only, or alternatives: no population.
    assert population_terms("gizmo palsy") == frozenset()
    assert population_terms("acute and chronic gizmo palsy") == frozenset()
    assert population_terms("gizmo palsy or blorp syndrome") == frozenset()


def test_advice_for_both_conditions_leads(client: TestClient) -> None:
    # Session 44: once the first-line list counted as advice on each class it names, "Four drug classes are
    # recommended as first-line treatment for hypertension: ..." led for people with diabetes and hypertension.
    response = client.post("/v1/answers", json={
        "question": "Should ACE inhibitors be offered to people with type 2 diabetes and hypertension?"})
    answer = response.json()
    lead = next(s["text"] for s in answer["bottom_line"]["statements"] if s["origin"] == "source")
    assert lead.startswith("An ACE inhibitor or angiotensin receptor blocker is recommended for patients with "
                           "hypertension and diabetes")
    assert answer["verdict"] == "yes"
