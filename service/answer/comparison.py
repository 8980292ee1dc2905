"""Comparison questions: "Is X better than Y for Z?" asks about X against Y, on the aspect the question names.

A trial of X against placebo says nothing of whether X beats Y, and a trial that found X no more harmful than
Y says nothing of whether it works better; quoted as the direct answer above a "Yes." or a "No.", either would
claim a head-to-head result no source reports. Such statements stay in the answer as closest evidence.
"""
from __future__ import annotations

import dataclasses
import re

from service.answer.concepts import Concept
from service.answer.routing import HEAD_TO_HEAD_WORDS, SAFETY
from service.answer.scoring import Candidate, sentence_terms

# The grammar of a comparison: a head-to-head one (``routing.HEAD_TO_HEAD_WORDS``), a difference between the two, a
# preference of one over the other ("prescribe X instead of Y") and a likeness ("as effective as Y", "similar to
# Y"): a statement that names two treatments as alternatives ("consider X or Y") compares nothing.
_COMPARES = re.compile(rf"\b(?:{HEAD_TO_HEAD_WORDS}|between|differ\w*|instead\s+of|in\s+place\s+of|"
                       r"as\s+[\w\-]+\s+as|similar(?:ly)?|equally)\b", re.I)


def with_comparator(ranked: list[Candidate], comparator: Concept | None, harms_asked: bool,
                    intervention: Concept | None = None) -> list[Candidate]:
    """``ranked`` with the direct statements that do not compare on the question's terms no longer direct:
    those that do not name ``comparator`` (the concept of ``Question.comparator``) in the grammar of a
    comparison, those that name no word of the asked ``intervention`` (where it was recognised: a trial of Y
    against sham in a review whose title names X compares Y with sham, not X with Y), and, unless
    the question asks about harms (``harms_asked``), those that speak of harms. Unchanged when the question
    compares nothing."""
    if comparator is None:
        return ranked
    return [c if not c.direct or compares(c, comparator, harms_asked, intervention)
            else dataclasses.replace(c, direct=False) for c in ranked]


def compares(c: Candidate, comparator: Concept, harms_asked: bool, intervention: Concept | None = None) -> bool:
    """Whether a statement compares ``intervention`` (when given) with ``comparator`` on the aspect asked (see
    ``with_comparator``)."""
    return (comparator.mentioned_in(c.terms, text=c.text) and bool(_COMPARES.search(c.text))
            and (intervention is None or _names_a_part(intervention, comparator, c.terms))
            and (harms_asked or not SAFETY.search(c.text)))


def _names_a_part(intervention: Concept, comparator: Concept, terms: frozenset[str]) -> bool:
    """Whether ``terms`` hold a term of some name of ``intervention`` that no name of ``comparator`` has: a part
    is enough ("needle lavage" for "ultrasound-guided needle lavage"), since the statement's own source may name
    it in full where the statement does not, and a comparison it is part of names it at least in part."""
    own = frozenset().union(*intervention.forms) - frozenset().union(*comparator.forms)
    return not own.isdisjoint(terms)


def both_sides_order(c: Candidate, intervention: str | None, comparator: str | None,
                     harms_asked: bool = False) -> tuple[bool, bool]:
    """How closest evidence on a comparison is ordered before what else the question names (``pipeline.
    closest_statements``): a statement that compares the two treatments asked (it names both, ``names_both_sides``,
    in the grammar of a comparison, ``_COMPARES``: "Few randomized trials have directly compared needle lavage with
    extracorporeal shockwave therapy"), then one that names both otherwise ("... should offer conservative treatment,
    including physiotherapy, ... before considering ... needle lavage"), then one on either side alone (a trial of
    lavage against a corticosteroid injection). A comparison of harms compares only where harms are asked
    (``harms_asked``), as in ``with_comparator``. (False, False) first; (True, True) for a question that compares
    nothing, whose order it leaves as it is."""
    both = names_both_sides(c, intervention, comparator)
    compared = both and bool(_COMPARES.search(c.text)) and (harms_asked or not SAFETY.search(c.text))
    return not compared, not both


def names_both_sides(c: Candidate, intervention: str | None, comparator: str | None) -> bool:
    """Whether a statement names both treatments a comparison asks about, each by a word of its own (a word the
    other side's name lacks) in the statement's words: "Few randomized trials have directly compared needle lavage
    with extracorporeal shockwave therapy" names both sides of "Is needle lavage better than shockwave ...?", a
    trial of lavage against a corticosteroid injection one. False for a question that compares nothing."""
    if not (intervention and comparator):
        return False
    own, other = sentence_terms(intervention), sentence_terms(comparator)
    return not (own - other).isdisjoint(c.terms) and not (other - own).isdisjoint(c.terms)
