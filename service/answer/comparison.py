"""Comparison questions: "Is X better than Y for Z?" asks about X against Y, on the aspect the question names.

A trial of X against placebo says nothing of whether X beats Y, and a trial that found X no more harmful than
Y says nothing of whether it works better; quoted as the direct answer above a "Yes." or a "No.", either would
claim a head-to-head result no source reports. Such statements stay in the answer as closest evidence.
"""
from __future__ import annotations

import dataclasses
import re

from index.lexical import tokenize
from service.answer.compared import PREFERRED_OVER, names_comparator
from service.answer.concepts import Concept
from service.answer.lead import list_tokens, regimen_only
from service.answer.routing import GUIDELINE_ADVICE, HEAD_TO_HEAD_WORDS, SAFETY
from service.answer.scoring import Candidate, sentence_terms
from service.answer.verdict import negated

# Advice that prefers one thing to the other ("X is recommended over the use of Y", ``compared.PREFERRED_OVER``): a
# comparison, and the answer to which is better whatever its reasons (a safe sleeping environment among them).
_PREFERS = re.compile(rf"\b{PREFERRED_OVER}\b", re.I)
# The grammar of a comparison: a head-to-head one (``routing.HEAD_TO_HEAD_WORDS``), a difference between the two, a
# preference of one over the other ("prescribe X instead of Y", "X is recommended over Y") and a likeness ("as
# effective as Y", "similar to Y"): a statement that names two treatments as alternatives ("consider X or Y")
# compares nothing.
_COMPARES = re.compile(rf"\b(?:{HEAD_TO_HEAD_WORDS}|between|differ\w*|instead\s+of|in\s+place\s+of|"
                       rf"{PREFERRED_OVER}|"
                       r"as\s+[\w\-]+\s+as|similar(?:ly)?|equally)\b", re.I)
# A question of likeness: "Is X as good as Y?", "Is X equivalent to Y?", "Are X and Y equally effective?" (not "as
# much as", "as long as": amounts and times).
_LIKENESS = re.compile(r"\b(?:as\s+(?!(?:much|many|long|soon|far|often)\b)[\w\-]+\s+as|equivalent|equally|"
                       r"same\s+as|comparable)\b", re.I)
_LIST_JOINS = frozenset({",", "and", "or", "(", ")"})
# How many words one member of a list between the two sides may have ("angiotensin II receptor blockers, calcium
# channel blockers and ..."): more, and the words between them are a clause, not the list's members.
LIST_MEMBER_WORDS = 4


def with_comparator(ranked: list[Candidate], comparator: Concept | None, harms_asked: bool,
                    intervention: Concept | None = None, alike: bool = False) -> list[Candidate]:
    """``ranked`` with the direct statements that do not compare on the question's terms no longer direct:
    those that do not name ``comparator`` (the concept of ``Question.comparator``) in the grammar of a
    comparison, those that name no word of the asked ``intervention`` (where it was recognised: a trial of Y
    against sham in a review whose title names X compares Y with sham, not X with Y), and, unless
    the question asks about harms (``harms_asked``), those that speak of harms. With ``alike`` (the question asks
    whether the two are alike, ``asks_likeness``), advice that ranks both alike compares them (``ranks_alike``).
    Unchanged when the question compares nothing."""
    if comparator is None:
        return ranked
    return [c if not c.direct or compares(c, comparator, harms_asked, intervention, alike)
            else dataclasses.replace(c, direct=False) for c in ranked]


def compares(c: Candidate, comparator: Concept, harms_asked: bool, intervention: Concept | None = None,
             alike: bool = False) -> bool:
    """Whether a statement compares ``intervention`` (when given) with ``comparator`` on the aspect asked (see
    ``with_comparator``); with ``alike`` (the question asks whether the two are alike, ``asks_likeness``), a
    statement that recommends both alike (``ranks_alike``) compares them too."""
    return (names_comparator(comparator, intervention, c.terms, c.text)
            and (bool(_COMPARES.search(c.text)) or (alike and intervention is not None
                                                     and ranks_alike(c.text, intervention, comparator)))
            and (intervention is None or _names_a_part(intervention, comparator, c.terms))
            and (harms_asked or not SAFETY.search(c.text) or bool(_PREFERS.search(c.text))))


def asks_likeness(question: str) -> bool:
    """Whether a comparison question asks whether two treatments are alike ("Are ARBs as good as ACE inhibitors
    for high blood pressure?"), not which is better: a statement that ranks both alike answers it."""
    return bool(_LIKENESS.search(question))


def ranks_alike(text: str, intervention: Concept, comparator: Concept) -> bool:
    """Whether a statement recommends two treatments alike: it names both as members of one list (nothing but other
    short members, commas, "and" or "or" between them) in advice that negates nothing ("Four drug classes are
    recommended as first-line treatment for hypertension: angiotensin-converting enzyme (ACE) inhibitors, angiotensin
    II receptor blockers, ..."; not "ACE inhibitors and angiotensin receptor blockers should not be combined"). Each
    side is found by a term of its names that the other's lack. Grammar only."""
    if not GUIDELINE_ADVICE.search(text) or negated(text):
        return False
    own = frozenset().union(*intervention.forms) - frozenset().union(*comparator.forms)
    other = frozenset().union(*comparator.forms) - frozenset().union(*intervention.forms)
    tokens = list_tokens(text)
    terms = [frozenset(tokenize(t)) if t[0].isalnum() else frozenset() for t in tokens]
    mine = [n for n, t in enumerate(terms) if t & own]
    theirs = [n for n, t in enumerate(terms) if t & other]
    return any(_listed_between(tokens[min(a, b) + 1:max(a, b)], terms[min(a, b) + 1:max(a, b)], own | other)
               for a in mine for b in theirs)


def _listed_between(tokens: list[str], terms: list[frozenset[str]], sides: frozenset[str]) -> bool:
    """Whether the words between two sides' mentions (their own words aside) join them as members of one list: a
    comma, "and" or "or" among them, and no run of more than LIST_MEMBER_WORDS words without one."""
    if not any(t in _LIST_JOINS for t in tokens):
        return False
    run = 0
    for token, held in zip(tokens, terms):
        if token in _LIST_JOINS:
            run = 0
        elif token in ";:" or not (held & sides) and (run := run + 1) > LIST_MEMBER_WORDS:
            return False
    return True


def _names_a_part(intervention: Concept, comparator: Concept, terms: frozenset[str]) -> bool:
    """Whether ``terms`` hold a term of some name of ``intervention`` that no name of ``comparator`` has: a part
    is enough ("needle lavage" for "ultrasound-guided needle lavage"), since the statement's own source may name
    it in full where the statement does not, and a comparison it is part of names it at least in part."""
    own = frozenset().union(*intervention.forms) - frozenset().union(*comparator.forms)
    return not own.isdisjoint(terms)


def both_sides_order(c: Candidate, intervention: str | None, comparator: str | None,
                     harms_asked: bool = False, dose_asked: bool = False,
                     forms: tuple[frozenset[str], ...] = ()) -> tuple[bool, bool]:
    """How closest evidence on a comparison is ordered before what else the question names (``pipeline.
    closest_statements``): a statement that compares the two treatments asked (it names both, ``names_both_sides``,
    in the grammar of a comparison, ``_COMPARES``: "Few randomized trials have directly compared needle lavage with
    extracorporeal shockwave therapy"), then one that names both otherwise ("... should offer conservative treatment,
    including physiotherapy, ... before considering ... needle lavage"), then one on either side alone (a trial of
    lavage against a corticosteroid injection). A statement off the aspect asked (``on_compared_aspect``: a harm where
    no harm is asked, ``harms_asked``, as in ``with_comparator``; how long or how much of either is given where no
    dose is asked, ``dose_asked``) ranks with one on either side alone. (False, False) first; (True, True) for a
    question that compares nothing, whose order it leaves as it is. ``forms``: the intervention's other names
    (``names_both_sides``)."""
    both = names_both_sides(c, intervention, comparator, forms) and on_compared_aspect(c.text, harms_asked, dose_asked)
    compared = both and bool(_COMPARES.search(c.text))
    return not compared, not both


def on_compared_aspect(text: str, harms_asked: bool = False, dose_asked: bool = False) -> bool:
    """Whether a statement speaks to the aspect a comparison asks about: a harm (``routing.SAFETY``) only where harms
    are asked (``harms_asked``), how a treatment is given and nothing else (``lead.regimen_only``: "Treatment with X
    or Y usually lasts about 12 weeks") only where a dose or course is asked (``dose_asked``). "A large randomized
    trial found no significant increase in serious neuropsychiatric adverse events with X or Z compared with Y"
    names both sides of "Is X more effective than Y ...?" and is no evidence on which works better."""
    return (harms_asked or not SAFETY.search(text)) and (dose_asked or not regimen_only(text))


def names_both_sides(c: Candidate, intervention: str | None, comparator: str | None,
                     forms: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether a statement names both treatments a comparison asks about, each by a word of its own (a word the
    other side's name lacks) in the statement's words: "Few randomized trials have directly compared needle lavage
    with extracorporeal shockwave therapy" names both sides of "Is needle lavage better than shockwave ...?", a
    trial of lavage against a corticosteroid injection one. The intervention may be named by another of its names
    (``forms``, of its concept: "needle lavage" for "Does barbotage work better than shockwave ...?"). False for a
    question that compares nothing."""
    if not (intervention and comparator):
        return False
    own, other = sentence_terms(intervention), sentence_terms(comparator)
    names_own = any(not (name - other).isdisjoint(c.terms) for name in (own, *forms) if name)
    return names_own and not (other - own).isdisjoint(c.terms)
