"""Advice for the asked people narrowed, by a relative clause, to those of them who have something the case never
states ("... metformin in women with gizmo syndrome who have type 2 diabetes or who fail lifestyle change").

The people the advice names are the asked ones ("women with gizmo syndrome"), so the readings of other people let it
pass; but its "who have ..." keeps it for some of them, and the case is not said to be one of those. Its yes or no is
the subgroup's: no lean for the case rests on it. Grammar of relative clauses and word overlap only, no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS
from service.answer.lead import people_groups
from service.answer.scoring import Candidate

# A relative clause that narrows the people before it to those who have, are or did something ("who have X", "who
# are Y", "who fail Z", "whose ..."). Grammar.
_NARROWING = re.compile(r"\b(?:who|whose|that\s+(?:have|has))\b", re.I)
# The verbs such a clause opens on, which name nothing of the state itself. A closed class of English verbs.
_CLAUSE_VERBS = frozenset(tokenize("have has had are is were was also fail fails failed do does did not cannot "
                                   "already still"))


def narrowed_past_the_case(question: str, c: Candidate) -> bool:
    """Whether guideline statement ``c`` speaks of a group of people whose first part the question names and which a
    relative clause narrows (``_NARROWING``) to those with something no word of the question nor of the source's title
    names: advice for a subgroup the case is not said to be in."""
    if c.hit.document.kind != DocumentKind.GUIDELINE:
        return False
    known = (frozenset(tokenize(question)) | frozenset(tokenize(c.hit.document.title or ""))) - QUESTION_WORDS
    for group in people_groups(c.text):
        head, *narrowing = _NARROWING.split(group)
        if not (frozenset(tokenize(head)) & known):
            continue  # (a group the question does not name: other people, for the readings of other people)
        for part in narrowing:
            said = frozenset(tokenize(part)) - QUESTION_WORDS - _CLAUSE_VERBS
            if said and not said & known:
                return True
    return False
