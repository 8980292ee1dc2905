"""A verdict from the closest evidence where it is a guideline's own advice on the asked thing in the asked
condition: the advice a question's wording kept from counting as direct (its condition read with case details no
statement names, "COPD pt just had an MI", "IBS with constipation >1 year, tried 2 classes of laxatives ...") still
says which way the guideline points, and the answer quotes it. "Insufficient" beside "The panel suggests not
withholding cardio-selective beta-blockers in patients with confirmed COPD ..." told the reader the opposite of what
it quoted."""
from __future__ import annotations

import re

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS
from service.answer.models import Verdict
from service.answer.polarity import as_asked, stance
from service.answer.question import Question
from service.answer.routing import GUIDELINE_ADVICE, IMPERATIVE, NEUTRAL
from service.answer.scoring import Candidate

# A grade label a guideline puts before its advice ("B - Do not ...", "GCP - Offer ..."): the label's forms, no topic.
_GRADE_LABEL = re.compile(r"^\W*(?:[A-D][0-9+\-]?|GCP|GPP|[IV]{1,3}[A-C]?)\s*[-\u2013\u2014:]\s+", re.I)


def closest_advice(question: Question, closest: list[Candidate],
                   intervention_forms: tuple[frozenset[str], ...]) -> tuple[Verdict, Candidate] | None:
    """The yes or no the first closest statement gives as asked (``polarity.as_asked``), with it, where it is a
    guideline's whole sentence of advice (for, or against: ``polarity.stance``; not a neutral one) that names the asked
    intervention in its own words (all the terms of one of its ``intervention_forms``) and part of the asked condition
    (a term of it that is no question word). None otherwise: a question without an intervention read, a finding, a
    harm, advice on another thing or for another condition."""
    if not closest or not question.intervention or not question.condition or not intervention_forms:
        return None
    c = closest[0]
    if c.hit.document.kind != DocumentKind.GUIDELINE or c.closest_only:
        return None
    if not any(form and form <= c.terms for form in intervention_forms):
        return None
    condition = frozenset(tokenize(question.condition)) - QUESTION_WORDS
    if not condition & c.terms:
        return None
    way = advised_way(c.text, frozenset().union(*intervention_forms) | condition)
    if way is None:
        return None
    verdict = as_asked(question.text, "no" if way == "against" else "yes", c.text)
    return (verdict, c) if verdict in ("yes", "no") else None


def advised_way(text: str, topic: frozenset[str]) -> str | None:
    """Which way a guideline's sentence advises on its ``topic``: "against" (``stance``), "for" (``stance``, or
    words of advice with none against: "Consider X for ...", "X is recommended ..."), None for a neutral
    recommendation or no advice. A grade label before the advice ("B - Do not ...") is read past."""
    plain = _GRADE_LABEL.sub("", text, count=1)
    if NEUTRAL.search(plain):
        return None
    way = stance(plain, topic)
    if way is not None:
        return way
    return "for" if GUIDELINE_ADVICE.search(plain) or IMPERATIVE.match(plain) else None
