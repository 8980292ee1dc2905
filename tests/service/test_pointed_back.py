"""A sentence that points back inside it ("... who develop these symptoms") is quoted with the sentence that names
what it points to, one or two before it, as one that opens with an anaphor is with its antecedent
(service.answer.scoring._pointed_to; session 33): quoted alone it leaves the reader asking which symptoms."""
from __future__ import annotations

from service.answer.scoring import statements
from tests.service.candidates import sentence_spans

SYMPTOMS = "Symptoms of gizmosis include thirst, nausea and confusion."
SEVERE = "Severe gizmosis can cause kidney injury."
CHECK = "Clinicians should check serum gizmo levels in patients taking drugx who develop these symptoms."


def test_a_sentence_pointing_back_is_quoted_with_what_it_points_to() -> None:
    text = " ".join([SYMPTOMS, SEVERE, CHECK])
    quoted = [s for s, _ in statements(text, sentence_spans(text))]
    assert f"{SYMPTOMS} {SEVERE} {CHECK}" in quoted
    assert CHECK not in quoted  # never alone
    text = " ".join([SYMPTOMS, CHECK])
    assert (f"{SYMPTOMS} {CHECK}", True) in statements(text, sentence_spans(text))


def test_a_sentence_that_names_what_it_points_to_stands_alone() -> None:
    own = "Thirst and nausea are symptoms of gizmosis, and patients with these symptoms need a gizmo test."
    text = " ".join([SEVERE, own])
    assert (own, False) in statements(text, sentence_spans(text))
