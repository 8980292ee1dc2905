"""Within one guideline, its recommendation on the asked thing competes for the bottom line's lead with the sentence of
the same guideline that the relevance model scores best, whatever the scores: the model learned from research abstracts
and never saw a guideline, so it ranks a guideline's account of a trial ("One trial reported nausea in 12% of patients
given zorbicillin ...") far above its advice ("The panel recommends zorbicillin in ..."), and the answer opened on the
trial's side effects while the advice that answers was left out (``lead.close_to_best``)."""
from __future__ import annotations

from dataclasses import replace

from ingest.models import DocumentKind
from service.answer.lead import choose_lead, close_to_best
from tests.service.candidates import scored

GUIDELINE = DocumentKind("guideline")
TRIAL = "One trial reported nausea in 12% of patients given zorbicillin compared with 3% given placebo (P = .02)."
ADVICE = "In patients with wobble liver failure, the panel recommends the use of zorbicillin."


def _direct(text: str, score: float, doc: str, kind: DocumentKind = GUIDELINE):
    return replace(scored(text, score, doc, kind), direct=True)


def test_a_guideline_s_advice_leads_over_its_own_account_of_a_trial() -> None:
    trial, advice = _direct(TRIAL, 0.95, "g1"), _direct(ADVICE, 0.40, "g1")
    assert advice in close_to_best([trial, advice], own_advice=True)
    assert choose_lead([trial, advice], own_advice=True) is advice
    assert choose_lead([trial, advice]) is trial  # not asked (a follow-up, a lead re-chosen behind a verdict)


def test_asked_what_the_intervention_does_the_trial_still_leads() -> None:
    # "Does zorbicillin work ...?" is answered by the evidence, not by the advice.
    trial, advice = _direct(TRIAL, 0.95, "g1"), _direct(ADVICE, 0.40, "g1")
    assert choose_lead([trial, advice], effect_asked=True, own_advice=True) is trial


def test_advice_that_does_not_name_the_asked_thing_and_condition_keeps_to_the_margin() -> None:
    # Advice on another thing (or for other people) is not lifted: it led a follow-up on another treatment.
    trial, advice = _direct(TRIAL, 0.95, "g1"), replace(_direct(ADVICE, 0.40, "g1"), mentions_intervention=False)
    assert choose_lead([trial, advice], own_advice=True) is trial


def test_another_source_s_advice_far_below_still_does_not_compete() -> None:
    # Advice of another guideline keeps to the margin: the rule is about one guideline's own sentences.
    trial, advice = _direct(TRIAL, 0.95, "g1"), _direct(ADVICE, 0.40, "g2")
    assert advice not in close_to_best([trial, advice], own_advice=True)
    assert choose_lead([trial, advice], own_advice=True) is trial


def test_a_research_report_s_finding_keeps_its_lead() -> None:
    # The best a research report's, not a guideline's: nothing changes.
    trial, advice = _direct(TRIAL, 0.95, "r1", DocumentKind.RESEARCH), _direct(ADVICE, 0.40, "r1",
                                                                                DocumentKind.RESEARCH)
    assert choose_lead([trial, advice]) is trial
