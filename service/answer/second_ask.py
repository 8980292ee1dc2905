"""A question of two asks whose last is a yes/no question on a thing of its own, and the advice against that thing.

Session 64's blind test: "61M, 35 pack-yrs, quit 10 yrs ago, healthy - lung cancer screening? is a yearly CXR
enough?" got "leans yes" from the rule on whom to screen, while the same guideline advises against plain chest films
as the screening test: the question takes a yes or a no from its last clause, and the yes stood as a yes to
the chest x-ray. One yes or no does not answer two asks whose answers differ; the advice against the last ask's thing
is quoted, and the yes withheld. Grammar only (the asks split at their question marks; an auxiliary opens a yes/no
ask), no topic.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS
from service.answer.scoring import Candidate
from service.answer.verdict_closest_advice import advised_way

# An ask that is a yes/no question of its own: it opens with an auxiliary verb. A closed class of English auxiliaries.
_AUX_OPENS = re.compile(r"^\s*(?:is|are|was|were|does|do|did|should|shall|can|could|will|would|may|must|has|have|"
                        r"isn't|aren't|doesn't|don't)\b", re.I)
# Words of an ask that judge or place its thing, not name it ("is a yearly X enough?", "is X ok instead?"), and
# function words: a closed class of English adjectives of sufficiency and fitness, adverbs and function words.
_NOT_THING = frozenset(tokenize("enough sufficient adequate ok okay fine safe needed necessary required appropriate "
                                "reasonable good better best alternative option instead still also too then just "
                                "a an the i we you he she it they him her them this that these those of for in on to "
                                "with by at from or and as is are was were be been do does did should shall can "
                                "could will would may must has have not no any some"))
# (Its function words are not ``set_apart._FUNCTION``: that one has more prepositions and "his", "had", "might", this
# one "any", "some"; kept apart so that neither reading changes.)
# Numbers and words of time in an ask say when or how often, not what thing ("is every 3 years ok?"): a statement that
# names them ("younger than 21 years") is not about the ask's thing. Calendar nouns and words of frequency, a closed
# class of general English (stemmed as the index stems them).
TIME_WORDS = frozenset(tokenize("second minute hour day week month year decade daily weekly monthly yearly annual "
                                 "annually every each per once twice times"))
# The least share of the last ask's thing a statement must name to be about it (one of "yearly X" may be its timing).
_THING_SHARE = 0.5


def last_ask_thing(question: str) -> frozenset[str]:
    """The terms of the thing the last of a question's two or more asks names that the asks and case before it do not,
    where that last ask is a yes/no question of its own (``_AUX_OPENS``), less its numbers and words of time: "cxr" of
    "... - lung cancer screening? is a yearly CXR enough?"; empty for a question of one ask."""
    asks = [part for part in question.split("?") if part.strip()]
    if len(asks) < 2 or not _AUX_OPENS.match(asks[-1]):
        return frozenset()
    before = frozenset(tokenize(" ".join(asks[:-1])))
    return frozenset(t for t in tokenize(asks[-1]) if not any(ch.isdigit() for ch in t)) - before - QUESTION_WORDS \
        - _NOT_THING - TIME_WORDS


def advice_against_last_ask(question: str, statements: list[Candidate],
                            idf: Callable[[str], float] | None = None) -> Candidate | None:
    """The first guideline statement of ``statements`` that names the thing of the question's last ask
    (``last_ask_thing``: most of its terms, and its rarest by ``idf`` where given, the one that tells the thing from
    others) and advises against it (``verdict_closest_advice.advised_way``); None where the question has one ask or
    none does."""
    thing = last_ask_thing(question)
    if not thing:
        return None
    rarest = max(sorted(thing), key=idf) if idf is not None else None
    for c in statements:
        if c.hit.document.kind != DocumentKind.GUIDELINE or len(thing & c.terms) < _THING_SHARE * len(thing):
            continue
        if rarest is not None and rarest not in c.terms:
            continue
        if advised_way(c.text, thing) == "against":
            return c
    return None
