"""A dosing question's bottom line joins to a lead naming the asked group only the regimen of that group's section: a
guideline repeating one course's length under several groups without naming them ("Keep giving X while movement
stays limited (usually 5 to 7 days).") states the course of the group whose section it is in, and the asked group's own
section may say otherwise (``section_scope``; session 55, blind test D: a prophylaxis question after one operation was
answered with the "5 to 7 days" of another section of the same guideline, whose section for the asked operation says
28 to 35 days)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.pipeline import rank_evidence
from service.answer.question import read_question
from service.answer.section_scope import scoped_support
from tests.service.corpora import answered, background_guidelines, built

_LIST = """- Begin stocking-based prevention on arrival on the ward, using one of:

- Zib stockings

- Zab pumps

Keep stocking-based prevention going while movement stays limited.

- Unless something rules it out, begin gizmoparin once the operation is over, using one of:

- Gizmoparin, 6 hours after the operation

- Wobbleparin, 12 hours after the operation
"""

GUIDE = f"""---
title: "Venous blorbosis: reducing the risk in hospital patients"
type: guideline
year: 2018
---
# Major Recommendations

Cranial Frobnication

Give blorbosis prevention to people having a cranial frobnication whose risk is raised.

Continue gizmoparin blorbosis prevention while movement stays clearly limited (usually 5 to 7 days).
[2010]

Spinal Frobnication

Give blorbosis prevention to people having a spinal frobnication whose risk is raised.

Continue gizmoparin blorbosis prevention while movement stays clearly limited (usually 5 to 7 days).
[2010]

Elective Knuckle Replacement

Give both stocking-based and gizmoparin blorbosis prevention to people having an elective knuckle
replacement.

{_LIST}
Continue gizmoparin blorbosis prevention for 28 to 35 days, following its product leaflet. [2010]

Elective Elbow Replacement

Give both stocking-based and gizmoparin blorbosis prevention to people having an elective elbow
replacement.

{_LIST}
Continue gizmoparin blorbosis prevention for 10 to 14 days, following its product leaflet. [2010]
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "blorb", {"blorb.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                      "Asthma in children")})


def test_another_sections_course_gives_way_to_the_asked_groups(guide_index: Path) -> None:
    question = "How long should gizmoparin blorbosis prevention continue after an elective knuckle replacement?"
    index = open_index(guide_index)
    try:
        ranked = rank_evidence(index, read_question(question)).ranked
        lead = next(c for c in ranked if c.text.startswith("Give both") and "knuckle" in c.text)
        other = next(c for c in ranked if "5 to" in c.text and "Give" not in c.text)
        support = scoped_support(index, question, True, lead, [other], ranked)
    finally:
        index.close()
    assert other not in support
    assert [c for c in support if "28 to 35 days" in c.text]


def test_the_asked_groups_course_not_another_sections(guide_index: Path) -> None:
    answer = answered(guide_index, "How long should gizmoparin blorbosis prevention continue after an elective "
                                   "knuckle replacement?")
    text = answer.bottom_line.text
    assert "5 to 7 days" not in text and "10 to 14 days" not in text


def test_the_next_groups_course_not_the_one_before(guide_index: Path) -> None:
    answer = answered(guide_index, "How long should gizmoparin blorbosis prevention continue after an elective "
                                   "elbow replacement?")
    text = answer.bottom_line.text
    assert "28 to 35 days" not in text and "5 to 7 days" not in text
