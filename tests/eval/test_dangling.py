"""Dangling quotes: one sentence that opens with an anaphor, and only source statements count."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eval.dangling import dangles, dangling_statements
from service.answer.models import Answer, BottomLine, Evidence, Section, Statement


@pytest.mark.parametrize("text, dangling", [
    ("The trial did not study tendons or tendon calcification.", True),
    ("These patients had fewer fractures.", True),
    ("A randomized trial enrolled 200 adults with shoulder pain. The trial did not study tendons.", False),
    ("Metformin lowered HbA1c by 1.1 percent.", False),
    # Quoted with more than one sentence: the rule counts only a single sentence as dangling.
    ("The trial enrolled 200 adults with shoulder pain. It found no effect on tendons.", False),
])
def test_one_sentence_opening_with_an_anaphor_dangles(text: str, dangling: bool) -> None:
    assert dangles(text) is dangling


def test_only_source_statements_are_counted() -> None:
    now = datetime.now(timezone.utc)
    statements = [Statement(text="This answer rests on a single source.", origin="template"),
                  Statement(text="It was well tolerated.", citations=[1], origin="source"),
                  Statement(text="Metformin lowered HbA1c.", citations=[1], origin="source")]
    answer = Answer(id="a", question="q", title="t", bottom_line=BottomLine(text="x"),
                    sections=[Section(key="clinical_studies", heading="h", statements=statements)], references=[],
                    evidence=Evidence(level="limited"), disclaimer="", created_at=now, updated_at=now,
                    index_version="v")
    assert dangling_statements(answer) == ["It was well tolerated."]
