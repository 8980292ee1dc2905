"""Advice that names the asked intervention whole, by one of the corpus's names for it, leads before advice that
shares some of its words (service.answer.guideline.advises_on_whole; session 20: "Should vitamin K antagonists
be urgently reversed ...?" led with "recommend administration of vitamin K ..." over "recommend urgent reversal of
VKAs ...")."""
from __future__ import annotations

from service.answer import guideline
from service.answer.concepts import Lexicon, concept
from service.answer.lead import choose_lead
from service.answer.tuning import AnswerTuning
from tests.service.test_guideline_lead import _candidate

DEFINED = "Patients on flumoxabine antagonists (FXA) bleed more often after a fall."


def _forms() -> tuple[frozenset[str], ...]:
    return concept("flumoxabine antagonists", Lexicon.from_texts([DEFINED])).forms


def test_advice_names_the_intervention_whole_by_its_abbreviation_or_its_plural() -> None:
    forms = _forms()
    assert frozenset({"fxa"}) in forms
    assert guideline.advises_on_whole("The authors recommend urgent reversal of FXAs in gizmo haemorrhage.", forms)
    assert guideline.advises_on_whole("Urgent reversal of flumoxabine antagonists should be considered in gizmo "
                                      "haemorrhage.", forms)
    assert not guideline.advises_on_whole("The authors recommend giving flumoxabine to ensure durable reversal "
                                          "after FXA-associated gizmo haemorrhage.", forms)


def test_the_advice_on_the_whole_intervention_leads() -> None:
    part = _candidate("The authors recommend administration of flumoxabine to ensure durable reversal of the "
                      "clotting time following FXA-associated gizmo haemorrhage.", 0.95, doc="a")
    whole = _candidate("The authors recommend urgent reversal of FXAs in patients with gizmo haemorrhage.", 0.80,
                       doc="a")
    terms = guideline.topic_terms("flumoxabine antagonists", None)
    assert choose_lead([part, whole], AnswerTuning(), None, terms, intervention_forms=_forms()) is whole
    assert choose_lead([part, whole], AnswerTuning(), None, terms) is part  # without the names: by salience
