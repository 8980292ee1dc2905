"""A dosing question's bottom line joins to a lead naming the asked group only the regimen of that group's section: a
guideline repeating one course's length under several groups without naming them ("Continue X until the patient is
mobile (generally 5 to 7 days).") states the course of the group whose section it is in, and the asked group's own
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

_LIST = """- Start mechanical prophylaxis at admission. Choose any one of:

- Zib stockings

- Zab pumps

Continue mechanical prophylaxis until the patient no longer has reduced mobility.

- Provided there are no contraindications, start gizmoparin after surgery. Choose any one of:

- Gizmoparin, starting 6 hours after surgery

- Wobbleparin, starting 12 hours after surgery
"""

GUIDE = f"""---
title: "Venous blorbosis: reducing the risk in hospital patients"
type: guideline
year: 2018
---
# Major Recommendations

Cranial Frobnication

Offer blorbosis prophylaxis to patients undergoing cranial frobnication who are at increased risk.

{_LIST}
Continue gizmoparin blorbosis prophylaxis until the patient no longer has significantly reduced mobility (generally 5 to
7 days). [2010]

Spinal Frobnication

Offer blorbosis prophylaxis to patients undergoing spinal frobnication who are at increased risk.

{_LIST}
Continue gizmoparin blorbosis prophylaxis until the patient no longer has significantly reduced mobility (generally 5 to
7 days). [2010]

Elective Knuckle Replacement

Offer combined blorbosis prophylaxis with mechanical and gizmoparin methods to patients undergoing elective knuckle
replacement surgery.

{_LIST}
Continue gizmoparin blorbosis prophylaxis for 28 to 35 days, according to the product characteristics. [2010]

Elective Elbow Replacement

Offer combined blorbosis prophylaxis with mechanical and gizmoparin methods to patients undergoing elective elbow
replacement surgery.

{_LIST}
Continue gizmoparin blorbosis prophylaxis for 10 to 14 days, according to the product characteristics. [2010]
"""


@pytest.fixture(scope="module")
def guide_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "blorb", {"blorb.md": GUIDE, **background_guidelines("Migraine prevention",
                                                                                      "Asthma in children")})


def test_another_sections_course_gives_way_to_the_asked_groups(guide_index: Path) -> None:
    question = "How long should gizmoparin blorbosis prophylaxis continue after an elective knuckle replacement?"
    index = open_index(guide_index)
    try:
        ranked = rank_evidence(index, read_question(question)).ranked
        lead = next(c for c in ranked if c.text.startswith("Offer combined") and "knuckle" in c.text)
        other = next(c for c in ranked if "5 to" in c.text and "Offer" not in c.text)
        support = scoped_support(index, question, True, lead, [other], ranked)
    finally:
        index.close()
    assert other not in support
    assert [c for c in support if "28 to 35 days" in c.text]


def test_the_asked_groups_course_not_another_sections(guide_index: Path) -> None:
    answer = answered(guide_index, "How long should gizmoparin blorbosis prophylaxis continue after an elective "
                                   "knuckle replacement?")
    text = answer.bottom_line.text
    assert "5 to 7 days" not in text and "10 to 14 days" not in text


def test_the_next_groups_course_not_the_one_before(guide_index: Path) -> None:
    answer = answered(guide_index, "How long should gizmoparin blorbosis prophylaxis continue after an elective "
                                   "elbow replacement?")
    text = answer.bottom_line.text
    assert "28 to 35 days" not in text and "5 to 7 days" not in text
