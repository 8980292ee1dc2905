"""Stand-ins: a research report's generic noun for what it tested ("the procedure", "the treatment").

A report of one intervention names it in its title and then often calls it by a generic noun: "The procedure
improved shoulder function", "Treatment was well tolerated", "the intervention group had fewer falls". Under a
title that names the asked intervention, such a sentence is about that intervention, as much as one that names it.
Only a research report's: a guideline covers many interventions, and its "the treatment" may be any of them.

Grammar, not topics: the generic nouns English uses for something done to a patient, with the definite article or
a demonstrative right before them (a modifier between, "the placebo treatment", "the same procedure", "conservative
treatment", names another thing), or, for "treatment", as the bare subject opening the sentence. The noun is no
stand-in where a preposition gives it an object of its own ("the treatment of tendinopathy", "the treatment for
pain": treatment in general) or where it heads another noun saying it is one of several ("the treatment options").
"""
from __future__ import annotations

import re
from functools import lru_cache

# The generic nouns for what a study did to its patients.
_NOUNS = r"(?:procedure|treatment|intervention|therapy)"
# What after the noun makes it generic rather than the study's own: a preposition naming what it treats or is for,
# or a noun of choosing among several.
_GENERIC_AFTER = r"(?!\s+(?:of|for|options?|choices?|strateg\w*|approach\w*|decisions?|algorithms?)\b)"
_STAND_IN = re.compile(
    rf"(?:\b(?:[Tt]he|[Tt]his)\s+{_NOUNS}|^\s*Treatment)\b" + _GENERIC_AFTER)


@lru_cache(maxsize=50_000)
def stands_in(text: str) -> bool:
    """Whether a statement calls something by a generic noun for what its study tested ("the procedure", "this
    treatment", "the intervention group", or "Treatment" opening it): in a research report whose title names the
    asked intervention, the statement is about that intervention (``scoring.passage_mentions``)."""
    return _STAND_IN.search(text) is not None
