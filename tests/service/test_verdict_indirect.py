"""Issue 8: a yes or a no stands only where the bottom line shows it, above a quoted lead. Closest evidence
quoted under "Indirect evidence:" shows no "Yes." or "No.", so the answer's verdict is "insufficient" (no direct
source was found), never a yes or a no the page does not state."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question


def test_closest_evidence_only_carries_no_yes_or_no(loaded_index: Index) -> None:
    # Session 34: "yes" (shown as "leans yes") above a trial that found no significant difference in progression.
    answer = answer_question(loaded_index, "Does warfarin accelerate vascular calcification?")
    assert answer.evidence.level == "indirect"
    assert answer.bottom_line.statements[0].text == "Indirect evidence:"
    assert answer.verdict == "insufficient" and answer.bottom_line.verdict == "insufficient"


def test_a_quoted_lead_keeps_its_yes_or_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does vitamin D supplementation reduce cancer incidence?")
    assert answer.bottom_line.statements[0].text == "No." and answer.verdict == "no"
