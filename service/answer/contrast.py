"""Advice for the asked thing said only of other people, in a clause of contrast.

"Patients with a low severity score can usually be treated at home, while those with higher scores should be
considered for hospital or intensive care treatment" advises hospital treatment for people with higher scores: asked
"Does a 40-year-old with low-severity pneumonia need hospital treatment?", the clause that names the asked people's
state ("low severity") names no hospital treatment, and the clause that does names other people. Its "yes" is for
them, not for the asked ones. English grammar of contrast ("while", "whereas"); no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.models import Verdict

# Two clauses set against each other: "A, while B", "A, whereas B" (one split, at the first such word).
_CONTRAST = re.compile(r",?\s+\b(?:while|whereas)\b\s+", re.I)


def only_for_others(text: str, intervention: frozenset[str], condition: frozenset[str]) -> bool:
    """Whether a statement of two contrasted clauses (``_CONTRAST``) names the asked ``intervention`` (its terms) in
    one clause only, the other clause alone holds some of the asked ``condition``'s terms (what sets the asked people
    apart, "low") and the clause with the thing holds none the other lacks ("higher", asked of higher scores): the
    thing is said of the people the question does not ask about."""
    parts = _CONTRAST.split(text, maxsplit=1)
    if len(parts) != 2 or not intervention or not condition:
        return False
    terms = [frozenset(tokenize(part)) for part in parts]
    for with_it, without_it in ((0, 1), (1, 0)):
        if terms[with_it] & intervention and not terms[without_it] & intervention:
            return bool((terms[without_it] & condition) - terms[with_it]) and not (terms[with_it] & condition) - \
                terms[without_it]
    return False


def on_contrast(verdict: Verdict | None, statement: str | None, intervention: frozenset[str],
                condition: frozenset[str]) -> Verdict | None:
    """A "yes" above a statement that says the asked thing only of other people (``only_for_others``) is
    "uncertain": the yes is theirs. Any other verdict stays."""
    if verdict != "yes" or statement is None:
        return verdict
    return "uncertain" if only_for_others(statement, intervention, condition) else verdict
