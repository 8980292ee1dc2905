"""A question whether two treatments are alike ("Is A as good as B?") is answered by advice that ranks both alike
(``comparison.ranks_alike``), and a passive recommendation whose clause ends on a colon recommends each member of
the list after it (``guideline.listed_after_advice``)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from index.lexical import tokenize
from service.answer.comparison import asks_likeness, with_comparator
from service.answer.concepts import concept
from service.answer.guideline import advises_on, advises_on_whole
from service.answer.scoring import Candidate, sentence_terms
from tests.service.candidates import document, hit

FIRST_LINE = ("Three drug classes are recommended as first-line treatment for gizmo palsy: drugx, long-acting "
              "drugy and drugz.")


def _direct(text: str) -> Candidate:
    return Candidate(text=text, hit=hit(document("d"), text), score=1.0, coverage=1.0,
                     terms=frozenset(tokenize(text)), mentions_intervention=True, mentions_condition=True,
                     direct=True, anchored=True)


def test_a_likeness_is_asked_by_as_good_as_not_by_as_long_as() -> None:
    assert asks_likeness("Are ARBs as good as ACE inhibitors for high blood pressure?")
    assert asks_likeness("Is drugx equivalent to drugy for gizmo palsy?")
    assert not asks_likeness("Is drugx better than drugy for gizmo palsy?")
    assert not asks_likeness("Is drugx safe for as long as drugy is taken?")


@pytest.mark.parametrize(("text", "alike", "direct"), [
    # Both recommended as members of one list: alike, which answers whether they are alike only.
    (FIRST_LINE, True, True),
    (FIRST_LINE, False, False),
    ("Drugx or drugy is recommended for adults with gizmo palsy.", True, True),
    # Both named, but the advice negates: no ranking ("should not be combined").
    ("Drugx and drugy should not be combined with each other.", True, False),
    # Both named in advice, but not as members of one list.
    ("Drugx is recommended for gizmo palsy when drugy has been taken for a year.", True, False),
    # Named as alternatives in no advice at all.
    ("Drugx and drugy were given to adults with gizmo palsy.", True, False),
])
def test_advice_ranking_both_alike_answers_whether_they_are_alike(text: str, alike: bool, direct: bool) -> None:
    [out] = with_comparator([_direct(text)], concept("drugy"), False, intervention=concept("drugx"), alike=alike)
    assert out.direct is direct


def test_a_colon_after_passive_advice_recommends_each_member_of_its_list() -> None:
    assert advises_on(FIRST_LINE, frozenset({"drugz"}))
    assert advises_on_whole(FIRST_LINE, (sentence_terms("long-acting drugy"),))
    # A colon after a statement that advises nothing lists no advice.
    assert not advises_on("Three drug classes were studied in gizmo palsy: drugx, drugy and drugz.",
                          frozenset({"drugz"}))


def test_are_arbs_as_good_as_ace_inhibitors_is_answered_by_the_first_line_recommendation(client: TestClient) -> None:
    # Session 44: "Indirect evidence: ACE inhibitors and angiotensin receptor blockers should not be combined with
    # each other." The guideline ranks both among the four first-line classes, which answers the question.
    response = client.post("/v1/answers",
                           json={"question": "Are ARBs as good as ACE inhibitors for high blood pressure?"})
    answer = response.json()
    bottom = answer["bottom_line"]["text"]
    assert answer["evidence"]["direct"]
    assert answer["verdict"] == "yes"
    assert "insufficient" not in bottom.lower()
    lead = next(s["text"] for s in answer["bottom_line"]["statements"] if s["origin"] == "source")
    assert lead.startswith("Four drug classes are recommended as first-line treatment for hypertension")
    assert "should not be combined" not in bottom
