"""Quotes against gold snippets: containment, ROUGE-L closeness, and passages that hold a snippet."""
from __future__ import annotations

from datetime import datetime, timezone

from eval.snippets import cites_gold_snippet, matches_snippet
from service.answer.models import Answer, BottomLine, Evidence, Passage, Reference

SNIPPETS = ["In adults, metformin lowered HbA1c by 1.1 percent. It was well tolerated.",
            "Statins reduce cardiovascular events in adults"]


def test_a_quote_inside_a_snippet_matches_whatever_its_case_and_spacing() -> None:
    assert matches_snippet("METFORMIN lowered  HbA1c\nby 1.1 percent.", SNIPPETS)


def test_a_quote_close_to_a_snippet_matches_by_rouge_l() -> None:
    # 5 of 6 words in common order: P = R = 5/6 >= 0.6, not contained.
    assert matches_snippet("Statins reduce cardiovascular events in children", SNIPPETS)
    # "statins ... in" only: P = R = 2/6 < 0.6.
    assert not matches_snippet("Statins raise liver enzymes in children", SNIPPETS)
    assert not matches_snippet("", SNIPPETS)
    assert not matches_snippet("Statins reduce cardiovascular events in children", [])


def answer_citing(text: str) -> Answer:
    now = datetime.now(timezone.utc)
    ref = Reference(n=1, kind="Research", title="t", source="s", doc_id="d1",
                    passages=[Passage(chunk_id="d1#0", text=text)])
    return Answer(id="a", question="q", title="t", bottom_line=BottomLine(text="x", citations=[1]), sections=[],
                  references=[ref], evidence=Evidence(level="limited", sources=1), disclaimer="",
                  created_at=now, updated_at=now, index_version="v")


def test_a_passage_holding_a_whole_snippet_is_a_cited_gold_snippet() -> None:
    passage = "Background. In adults, Metformin lowered HbA1c by 1.1 percent.  It was well tolerated. More."
    assert cites_gold_snippet(answer_citing(passage), SNIPPETS)
    assert not cites_gold_snippet(answer_citing("In adults, metformin lowered HbA1c by 1.1 percent."), SNIPPETS)
