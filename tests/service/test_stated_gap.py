"""Which statement says the asked use is untested (service.answer.stated_gap), on the default corpus's ranked
statements: a guideline's advice first; none where the sources report findings."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question, rank_evidence
from service.answer.question import read_question
from service.answer.stated_gap import stated_gap
from service.answer.tuning import TUNING


def _gap_of(index: Index, question: str) -> str | None:
    found = stated_gap(rank_evidence(index, read_question(question), TUNING).ranked)
    return found.text if found is not None else None


def test_a_guideline_saying_no_trial_tested_the_use_is_chosen_over_a_research_limitation(loaded_index: Index) -> None:
    text = _gap_of(loaded_index, "Can vitamin K2 be used to treat tendon calcification?")
    assert text is not None and "no clinical trial has tested" in text


def test_no_statement_is_chosen_when_the_sources_report_findings(loaded_index: Index) -> None:
    # Shockwave therapy has trials that found an effect: nothing there says the use is untested.
    assert _gap_of(loaded_index, "Is shockwave therapy effective for calcific tendinopathy?") is None


def test_a_stated_gap_is_quoted_before_closest_statements_that_only_report_a_claim(loaded_index: Index) -> None:
    # Read with the verb "reduce", the question finds closest statements on vitamin K2 and deposits apart (a claim
    # that it dissolves deposits, patients asking); the guideline's sentence that no trial tested it is the answer.
    asked = "Does vitamin K2 dissolve calcium deposits in the rotator cuff?"
    line = answer_question(loaded_index, asked).bottom_line.text
    assert line.startswith("There is insufficient evidence")
    assert "no clinical trial has tested" in line
    assert "sometimes ask whether" not in line
