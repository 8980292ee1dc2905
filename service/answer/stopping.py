"""Advice on stopping a treatment, for a question that asks whether to stop it once the condition is controlled.

"Should inhaled corticosteroids be stopped in adults with well-controlled asthma?" asks of people whose condition is
controlled because that is when stopping comes up: the control is the occasion of the question, not another group of
people. "Inhaled corticosteroids should not be stopped completely in adults with asthma" is advice for everyone with
the condition, controlled or not, and answers it; the scorer, which asks a direct statement to name every word of the
condition, found it indirect and the answer said "insufficient". A condition said to be controlled is read from
English grammar ("well controlled", "controlled for a year", "stable", "in remission"); no word names a topic.
"""
from __future__ import annotations

import dataclasses
import re

from index.lexical import tokenize
from service.answer.guideline import is_advice, topic_terms
from service.answer.polarity import asks_about_stopping, speaks_of_stopping
from service.answer.scoring import Candidate, sentence_terms

# A condition said to be under control, with how long for ("well controlled for a year", "well-controlled",
# "stable for six months", "in remission"): what makes a treatment a candidate for stopping.
_CONTROLLED = re.compile(
    r"\b(?:(?:well|fully|completely|good)[\s\-]+)?(?:controlled|control|stable|in\s+remission|symptom[\s\-]free)"
    r"(?:\s+for\s+(?:about\s+|over\s+|more\s+than\s+|at\s+least\s+)?(?:a|an|one|\d+|\w+)\s+(?:years?|months?|weeks?))?"
    r"\b", re.I)


def occasion_terms(question: str, condition: str | None) -> frozenset[str]:
    """The terms of what a question asking whether to stop (or go on with) a treatment (``polarity.
    asks_about_stopping``) says of its condition's being controlled (``_CONTROLLED``: "well", "control", "year" of
    "asthma has been well controlled for a year"): the occasion of stopping, not what sets its people apart. Empty for
    any other question, or a condition not said to be controlled."""
    if not condition or not asks_about_stopping(question):
        return frozenset()
    return frozenset(t for found in _CONTROLLED.finditer(condition) for t in tokenize(found.group()))


def with_stopping_advice(ranked: list[Candidate], question: str, intervention: str | None,
                         condition: str | None) -> list[Candidate]:
    """``ranked`` with a guideline's advice on stopping the asked intervention (``guideline.is_advice`` and
    ``polarity.speaks_of_stopping``: "Inhaled corticosteroids should not be stopped completely in adults with
    asthma") marked direct when it names the intervention and every term of the condition but those saying it is
    controlled (``occasion_terms``), its guideline's title supplying any of them: for a question that asks whether to
    stop the treatment once the condition is controlled, that advice is for those people too."""
    occasion = occasion_terms(question, condition)
    if not occasion:
        return ranked
    wanted = topic_terms(intervention, condition) - occasion
    out: list[Candidate] = []
    for c in ranked:
        if (not c.direct and c.anchored and c.mentions_intervention and is_advice(c) and speaks_of_stopping(c.text)
                and wanted <= c.terms | sentence_terms(c.hit.document.title or "")):
            c = dataclasses.replace(c, direct=True)
        out.append(c)
    return out
