"""Conflicting findings (service.answer.conflicts): which results take a side in a disagreement."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.conflicts import Finding, find_conflict

_NULL = Finding("meta", "Most meta-analyses found no significant effect of the drug on calcification scores.",
                DocumentKind.RESEARCH)


def test_an_effect_and_a_null_result_on_the_same_question_conflict() -> None:
    effect = Finding("trial", "The drug slowed the progression of calcification compared with placebo.",
                     DocumentKind.RESEARCH)
    conflict = find_conflict([_NULL, effect])
    assert conflict is not None and conflict.one_side == ("trial",) and conflict.other_side == ("meta",)


def test_a_result_whose_study_did_not_measure_the_outcome_takes_no_side() -> None:
    # The effect it reports is on stiffness; the calcification it names is what the trial did not measure, so the
    # answer must not say this source "reports an effect" against the null result.
    stiffness = Finding("trial", "One trial found that the drug improved arterial stiffness, but that trial did not "
                        "measure calcification of any tissue.", DocumentKind.RESEARCH)
    assert find_conflict([_NULL, stiffness]) is None
