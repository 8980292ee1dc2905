"""BioASQ exact answers in an answer's text: both exact-answer shapes, synonyms, case and word edges."""
from __future__ import annotations

import pytest

from eval.exact_answers import factoid_found, list_items_found, mentions, synonym_groups

BRCA = [["BRCA1", "breast cancer 1"]]


@pytest.mark.parametrize("text, found", [
    ("Germline BRCA1 mutations raise the risk of breast cancer.", True),
    ("The gene is called Breast  Cancer 1 in older papers.", True),  # a synonym, other case and spacing
    ("BRCA12 is not a gene anyone studies.", False),  # not inside a longer word
    ("Mutations in BRCA2 raise the risk.", False),
])
def test_a_factoid_is_found_by_any_synonym(text: str, found: bool) -> None:
    assert factoid_found(text, BRCA) is found


def test_both_exact_answer_shapes_are_read() -> None:
    assert synonym_groups([["BRCA1", "breast cancer 1"], ["BRCA2"]]) == [["BRCA1", "breast cancer 1"], ["BRCA2"]]
    assert synonym_groups(["TP53", "p53"]) == [["TP53"], ["p53"]]
    assert synonym_groups("yes") == [["yes"]]
    assert synonym_groups(None) == [] and synonym_groups([[""], []]) == []
    assert factoid_found("Loss of p53 function ...", ["TP53", "p53"])


def test_list_recall_counts_items_not_synonyms() -> None:
    items = [["inflammation"], ["oxidative stress", "ROS"], ["hypoxia"]]
    assert list_items_found("Inflammation and oxidative\nstress raise GDF-15; so do ROS.", items) == (2, 3)
    assert list_items_found("Nothing relevant.", items) == (0, 3)


def test_terms_with_punctuation_are_matched_literally() -> None:
    assert mentions("Levels of IL-6 rose.", "il-6")
    assert not mentions("Levels of IL-66 rose.", "IL-6")
    assert not mentions("TP53 was mutated.", "P53")  # not at the end of a longer word either
    assert mentions("CD4+ cells fell.", "CD4+")
