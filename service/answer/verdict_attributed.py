"""A question that asks whether what someone has is due to what they take ("pt on drugx has swollen gizmos, is it the
drug?") asks whether the thing causes it; a statement that it (or what the source names in its place) causes the very
thing they have, negating nothing, is no ground for a "no" (session 54: "No" stood above a quote that the class of the
asked drug commonly causes the asked swelling). Grammar only: the words of taking, having, attributing and causing."""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.negation import NEGATORS

# "<someone> on|taking X has|with|developed Y, is it|could it be the drug|due to it|from X?": the people's state Y
# and what they take X, then a question of cause. Grammar.
_ATTRIBUTED = re.compile(
    r"\b(?:on|taking|using|started\s+on|receiving)\s+(?P<x>[^,;?]+?)\s+(?:has|have|had|got|gets|with|developed|"
    r"develops|is\s+having|complains?\s+of|reports?)\s+(?P<y>[^,;?]+?)\s*(?:[,;:]|\s-+|\s+and)\s*"
    r"(?:is|could|can|might|may|would)\s+(?:it|this|that)\s+(?:be\s+)?(?:the\s+(?:drug|medicine|medication|tablets?|"
    r"pills?|treatment)|due\s+to|from|caused\s+by|because\s+of|a\s+side[- ]effect|an\s+adverse\s+effect)", re.I)
# Words that say a thing brings another about, and what follows them to the clause's end. Grammar.
_CAUSING = re.compile(r"\b(?:causes?|caused|causing|induces?|induced|leads?\s+to|results?\s+in|side[- ]effects?\s+"
                      r"(?:include|includes|are|such\s+as)|associated\s+with)\b(?P<what>[^.;:]*)", re.I)
_CLAUSE_START = re.compile(r"[.;:]|\b(?:but|whereas|although)\b", re.I)


def attributed(question: str) -> tuple[frozenset[str], str] | None:
    """What the asked people take (its terms) and the last word of what they have, as a term (its head: "swollen
    ankles" -> ankl), for a question asking whether the one is due to the other; None for any other question."""
    found = _ATTRIBUTED.search(question)
    if found is None:
        return None
    taken, had = frozenset(tokenize(found.group("x"))), tokenize(found.group("y"))
    if not taken or not had:
        return None
    return taken, had[-1]


def states_causing(text: str, head: str) -> bool:
    """Whether a statement says something causes the thing whose head term is ``head`` ("commonly cause ankle
    swelling" for ankl), in a clause that negates nothing before the word of causing."""
    for found in _CAUSING.finditer(text):
        opening = _CLAUSE_START.split(text[:found.start()])[-1].lower()
        if any(w in NEGATORS or w.endswith("n't") for w in re.findall(r"[a-z']+", opening)):
            continue
        if head in tokenize(found.group("what")):
            return True
    return False


def cause_stated(question: str, statements: list[str]) -> bool:
    """Whether, asked whether what someone has is due to what they take (``attributed``), a statement says it is
    caused as asked (``states_causing``): one naming what they take, where any does."""
    asked = attributed(question)
    if asked is None:
        return False
    taken, head = asked
    # Where a statement names what they take, only such a one answers; where none does, the source's own name for it
    # (its class: "Gizmo blockers commonly cause ...") stands in for it, as the answer quotes it as closest evidence.
    naming = [t for t in statements if taken <= frozenset(tokenize(t))] or statements
    return any(states_causing(t, head) for t in naming)
