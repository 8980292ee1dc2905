"""Retrieval seeks, past a research report's quota of passages, the passage that names both the asked intervention
and the asked condition when none of the report's passages taken does (``retrieval.pairing``)."""
from __future__ import annotations

from index.search import Index
from service.answer.concepts import question_concepts
from service.answer.corpus_stats import corpus_stats
from service.answer.question import read_question
from service.answer.retrieval import pairing, retrieve

QUESTION = "Does vitamin K2 help dialysis patients with vascular calcification?"
# The haemodialysis overview's passage on its trials, which names vitamin K2 by the corpus's name for it.
PAIRING = "Several randomized trials have given menaquinone-7 or phylloquinone to haemodialysis patients"


def test_a_reports_passage_pairing_the_question_is_retrieved_past_its_quota(loaded_index: Index) -> None:
    # Session 44: the overview's first three passages each named the calcification or the dialysis only; its passage
    # naming menaquinone-7 beside haemodialysis calcification ranked fifth of its passages and was never scored, and
    # the answer said "insufficient".
    q = read_question(QUESTION)
    stats = corpus_stats(loaded_index)
    pairs = pairing(*question_concepts(q, stats.lexicon, stats.idf))
    assert pairs is not None
    with_pairing = retrieve(loaded_index, q, pairs=pairs)
    assert any(PAIRING in h.chunk.text for h in with_pairing)
    without = retrieve(loaded_index, q)
    assert not any(PAIRING in h.chunk.text for h in without)
    # Only that one passage is added: everything retrieved before is still retrieved.
    assert {h.chunk.id for h in without} <= {h.chunk.id for h in with_pairing}
    assert len(with_pairing) == len(without) + 1


def test_a_question_naming_one_side_only_has_nothing_to_pair() -> None:
    q = read_question("How common is calcific tendinopathy?")
    assert pairing(*question_concepts(q)) is None
