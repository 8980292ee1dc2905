"""A statement's Greek letters name their spelled forms too (session 67: a recommendation on "β-blockers" shared no
term with "... start a beta blocker?", and a sentence on its studies' people led); mu stays the micro prefix."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.scoring import sentence_terms, spelled_greek


def test_statement_with_a_greek_letter_names_it_spelled() -> None:
    terms = sentence_terms("Offer κ-opioid agonists and γ-globulin to adults with gizmosis.")
    assert set(tokenize("kappa opioid gamma globulin")) <= terms
    assert {"κ", "γ"} <= terms  # the letters as written stay


def test_letter_with_a_number_is_spelled_whole() -> None:
    assert spelled_greek("δ9") == "delta9" and "delta9" in sentence_terms("Avoid δ9-gizmol.")


def test_micro_prefix_and_plain_words_stay() -> None:
    assert spelled_greek("μg") == "μg" and spelled_greek("blorp") == "blorp"
    assert sentence_terms("Give 250 μg daily.") == frozenset(tokenize("Give 250 μg daily."))
