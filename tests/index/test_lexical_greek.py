"""A Greek letter and its spelled name give the same term (session 67: a recommendation on "β-blockers" did not share
"beta" with "... start a beta blocker?"); mu stays as written, being the micro prefix of units."""
from __future__ import annotations

import pytest

from index.lexical import tokenize


@pytest.mark.parametrize(("written", "spelled"), [
    ("κ-opioid agonists", "kappa opioid agonists"),
    ("IFN-γ release", "IFN-gamma release"),
    ("the δ wave", "the delta wave"),
    ("Λ chains", "lambda chains"),  # (Unicode names the letter "LAMDA")
])
def test_greek_letter_reads_as_its_name(written: str, spelled: str) -> None:
    assert tokenize(written) == tokenize(spelled)


def test_greek_letter_with_a_number_joins_like_its_name() -> None:
    assert "alpha2" in tokenize("α2-agonist") and "alpha2" in tokenize("alpha-2 agonist")


def test_micro_prefix_is_not_read_as_mu() -> None:
    assert tokenize("250 μg daily") == ["250", "μg", "daili"]
