"""The statements a verdict reads, less those on other people than the question asks of: "Immediate antibiotics are
recommended for children under 6 months ..." and "... for children under 2 years with infection in both ears" say
nothing for "an 18 month old with AOM in one ear and mild fever" (session 54: their "yes" stood for her). Who a
statement speaks of is read as the lead reads it (``lead.fit``: ages, sides, severity); nothing here names a topic."""
from __future__ import annotations

from typing import Any

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.lead import fit, qualifiers
from service.answer.models import Verdict
from service.answer.scoring import Candidate
from service.answer.verdict import decide


def of_the_asked_people(question: str, statements: list[Candidate]) -> list[Candidate]:
    """``statements`` less those that speak of other people than the question asks of (``lead.fit``'s
    ``contradicts``), where the question says who they are; all of them otherwise. None may remain: advice for
    adults alone says nothing for "a 12-year-old child"."""
    asked = qualifiers(question)
    if not asked:
        return statements
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    return [c for c in statements if not fit(asked, c, terms).contradicts]


def decide_for_the_asked(question: str, direct: list[Candidate], ranked: list[Candidate],
                         *args: Any, **kwargs: Any) -> tuple[Verdict, list[Candidate]]:
    """``verdict.decide`` on the statements of the asked people only (``of_the_asked_people``). Where only statements
    on other people would carry a yes or a no, the verdict is neither ("uncertain", resting on them): what is advised
    for others says the answer depends on who is asked of, not that nothing speaks to it."""
    said, behind = decide(question, of_the_asked_people(question, direct), of_the_asked_people(question, ranked),
                          *args, **kwargs)
    if said != "insufficient":
        return said, behind
    others, their = decide(question, direct, ranked, *args, **kwargs)
    return ("uncertain", their) if others in ("yes", "no") else (said, behind)
