"""Whether a guideline's advice on a neighbouring thing leads where a statement on the asked thing itself says its
evidence is insufficient.

A task force's statement on screening for one condition ("... recommends that clinicians screen adults for
gloomitis") shares most of a question's words with its statement on screening for another ("Evidence on the benefits
of screening adults for wobbleosis in primary care is inadequate"). Asked of the second condition, the first is advice
on something else: its "yes" is no answer. The statement that names every question word the advice names and more of
them, and says the evidence on it is insufficient, is what the guideline says on the question: it leads, and the
verdict is "insufficient" (session 57: a "Yes." above depression screening for a question on suicide-risk screening,
whose own statement was an I statement). Grammar and word overlap only, no topic.
"""
from __future__ import annotations

import re

from index.lexical import QUESTION_WORDS as SEARCH_WORDS
from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.routing import NEUTRAL
from service.answer.scoring import Candidate

# That the evidence on something is insufficient: "Evidence on the benefits of X is inadequate", "Evidence is
# inadequate on whether ...", "data on X are insufficient", "inadequate evidence". Grammar.
_EVIDENCE_LACKING = re.compile(
    r"\b(?:evidence|data)\b[^.;:]{0,160}?\b(?:is|are|remains?|was|were)\s+(?:\w+ly\s+)?(?:insufficient|inadequate|"
    r"lacking)\b|\b(?:insufficient|inadequate)\s+(?:\w+\s+)?(?:evidence|data)\b", re.I)
# The words of a question that name nothing asked: grammar words and the words every question on advice shares.
_ASKING_WORDS = QUESTION_WORDS | frozenset(tokenize(" ".join(sorted(SEARCH_WORDS)))) | frozenset(
    tokenize("a an the of for in on to with and or all any every you we i it this that be should is are"))
# A statement on the asked thing scores at least this share of the best score among the statements, to count.
NEAR_SHARE = 0.8


def says_evidence_lacking(text: str) -> bool:
    """Whether a statement says the evidence on what it names is insufficient: a neutral recommendation
    (``routing.NEUTRAL``) or words of evidence lacking (``_EVIDENCE_LACKING``)."""
    return bool(NEUTRAL.search(text) or _EVIDENCE_LACKING.search(text))


def asked_terms(question: str) -> frozenset[str]:
    """The index terms of a question less its asking words (``_ASKING_WORDS``)."""
    return frozenset(tokenize(question)) - _ASKING_WORDS


def gap_on_the_asked(question: str, lead: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The statement of ``ranked`` on the asked thing that says its evidence is insufficient (``says_evidence_lacking``)
    where the ``lead`` is advice on a neighbouring thing: the statement names every question term the lead names and
    at least one the lead lacks, from the lead's guideline, scoring near the best (``NEAR_SHARE``); a neutral
    recommendation first, then the best scored. None where the lead itself says the evidence is insufficient, names
    every question term such a statement does, or no statement qualifies."""
    if says_evidence_lacking(lead.text):
        return None
    asked = asked_terms(question)
    by_lead = asked & lead.terms
    if not asked or not by_lead:
        return None
    best = max((c.score for c in ranked), default=0.0)
    gaps = [c for c in ranked if c is not lead and c.hit.document.id == lead.hit.document.id
            and c.score >= NEAR_SHARE * best and says_evidence_lacking(c.text)
            and by_lead <= c.terms and (asked & c.terms) - lead.terms]
    if not gaps:
        return None
    return min(gaps, key=lambda c: (not NEUTRAL.search(c.text), -c.score))
