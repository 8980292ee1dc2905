"""A statement that names the asked outcome only as what its study did not measure carries no verdict on it
(service.answer.verdict.only_unmeasured)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.verdict import only_unmeasured

_CALCIFICATION = frozenset(tokenize("arterial calcification"))


def test_the_outcome_named_only_as_unmeasured() -> None:
    assert only_unmeasured("One trial found that the drug improved arterial stiffness, but that trial did not measure "
                           "calcification of any tissue.", _CALCIFICATION)


def test_a_finding_on_the_outcome_that_left_another_unmeasured_still_counts() -> None:
    assert not only_unmeasured("The drug slowed arterial calcification, but the trial did not measure mortality.",
                               _CALCIFICATION)


def test_a_statement_that_measured_what_it_names() -> None:
    assert not only_unmeasured("The drug did not slow arterial calcification.", _CALCIFICATION)
    assert not only_unmeasured("The trial did not measure stiffness.", _CALCIFICATION)  # names no calcification
