"""A yes or a no must point the way of the statement it rests on, read for the asked thing and the asked case.

Two ways a verdict pointed against what its own answer quoted (session 67's probe of invented advice, and the blind
tests' "leans yes" above "not indicated for asymptomatic ..."):

- It rested on a statement that names nothing of the asked thing, while the answer quotes one that does: "No." read
  from "X should not be used as the initial test" for "is Y the first test?", beside "Begin with Y ..."; "leans yes"
  from "Ginger helps ..." for "- yelverin?", beside "Yelverin should be avoided in ...". The statement says nothing of
  the thing, so its way is none for it (``rests_off_thing``).
- It rested on one branch of a source's advice on the thing while a sibling sentence of the same source advises the
  other way for the case the question states: "A is indicated for B with fainting" read "yes" for "asymptomatic B -
  A?" beside "A is not indicated for asymptomatic B" (``other_branch``).

Either way the reading is unsure, and the verdict is hedged ("uncertain"), never flipped. Grammar and the question's
own words; no topic.
"""
from __future__ import annotations

import re

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.negation import negated_at
from service.answer.scoring import Candidate
from service.answer.verdict_closest_advice import advised_way

# Letters a thing's term and a statement's term must share from the start to be one word's forms: lenient (as
# ``verdict_unnamed``), so that only a statement naming nothing like the thing counts as naming none of it.
_SHARED_START = 6
# A word of a question as its case words are read (``_case_terms``).
_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


def _names_term(term: str, terms: frozenset[str]) -> bool:
    """Whether ``terms`` name ``term``: itself, or a term of three letters or more sharing its first
    ``_SHARED_START`` letters."""
    return term in terms or (len(term) >= 3 and any(len(t) >= 3 and t[:_SHARED_START] == term[:_SHARED_START]
                                                    for t in terms))


def _names_any(forms: tuple[frozenset[str], ...], terms: frozenset[str]) -> bool:
    """Whether ``terms`` name a term of any of the thing's ``forms``."""
    return any(_names_term(t, terms) for form in forms for t in form)


def _names_whole(forms: tuple[frozenset[str], ...], terms: frozenset[str]) -> bool:
    """Whether ``terms`` name every term of one of the thing's ``forms``."""
    return any(form and all(_names_term(t, terms) for t in form) for form in forms)


def rests_off_thing(forms: tuple[frozenset[str], ...], behind: list[Candidate], shown: list[Candidate]) -> bool:
    """Whether the statement a verdict rests on first (``behind``) names no term of the asked thing (its ``forms``),
    while another statement the answer quotes (``shown``) names the whole thing: the verdict's way is that of a
    statement on something else."""
    forms = tuple(f for f in (form - QUESTION_WORDS for form in forms) if f)
    if not forms or not behind or _names_any(forms, behind[0].terms):
        return False
    return any(c is not behind[0] and _names_whole(forms, c.terms) for c in shown)


def _case_terms(question: str) -> frozenset[str]:
    """The terms of the question's words that no negator before them turns ("no red flags" names no red flags)."""
    out: set[str] = set()
    for m in _WORD.finditer(question):
        if not negated_at(question, m.start()):
            out.update(tokenize(m.group()))
    return frozenset(out) - QUESTION_WORDS


def other_branch(question: str, forms: tuple[frozenset[str], ...], first: Candidate,
                 siblings: list[Candidate]) -> Candidate | None:
    """A sentence of ``first``'s own source that names the whole asked thing, advises on it the other way
    (``advised_way``: "for" against "against") and names a word of the case (not negated, not the thing's) that
    ``first`` does not, while ``first`` names a word the question does not: the sibling's branch is the case's, and
    ``first``'s is another ("indicated for B with fainting" for "asymptomatic B - A?" beside "not indicated for
    asymptomatic B"). None where no sentence is such."""
    forms = tuple(f for f in (form - QUESTION_WORDS for form in forms) if f)
    if not forms or not _names_whole(forms, first.terms):
        return None
    thing = frozenset().union(*forms)
    way = advised_way(first.text, thing)
    if way is None:
        return None
    case = _case_terms(question) - thing
    asked = frozenset(tokenize(question))
    if not (first.terms - asked - thing - QUESTION_WORDS):
        return None  # (``first`` names nothing the case does not: it is no other branch)
    for c in siblings:
        if c is first or c.doc_id != first.doc_id or c.text == first.text or not _names_whole(forms, c.terms):
            continue
        other = advised_way(c.text, thing)
        if other is None or other == way:
            continue
        if (c.terms - first.terms) & case:
            return c
    return None
