"""Whether a statement says the asked people need the very thing the question says they lack: "Drugx ... must be
avoided in pregnancy and women who could become pregnant need effective contraception" for "Drugx for condition Y in a
28F not on contraception ok?" is a no for her, however indirect the statement is to the rest of the question (session
54: such a quote stood beside "insufficient"). Grammar only: words of lacking ("not on", "without"), words of need
("need", "require", "must use"), negators."""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.negation import negated_at

# What a question says its people lack: "not on X", "not taking X", "not using X", "off X", "without X", up to a
# break ("?", ",", ";") or a word that ends a noun phrase ("ok", "and", "for", "in", ...). Grammar.
_LACKING = re.compile(r"\b(?:not\s+(?:on|taking|using|receiving|having|had|had\s+any)|off|without|never\s+(?:on|had|"
                      r"taken|used))\s+(?:any\s+|an?\s+|the\s+)?(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
                      r"(?=\s*(?:[?,;.]|$|\b(?:ok|okay|fine|safe|alright|and|or|is|are|was|for|in|with|at|who|"
                      r"because|since|but|can|could|should|may|to)\b))", re.I)
# Words of need and what follows them, to the end of the clause: "need effective contraception", "must use two
# methods of X", "requires X". Grammar.
_NEEDING = re.compile(r"\b(?:needs?|needed|requires?|required|must\s+(?:use|take|have|be\s+on|receive|be\s+given)|"
                      r"should\s+(?:use|take|have|be\s+on|receive|be\s+given)|essential|mandatory)\b"
                      r"(?P<what>[^.;:,]*)", re.I)
_FILLER = frozenset(tokenize("a an the any effective reliable adequate appropriate highly use of"))
NEED_REACH = 4  # words after the word of need the lacked thing may stand in ("need two highly effective methods of X")


def asked_lacking(question: str) -> frozenset[str]:
    """The terms of what a question says its people lack ("... in a 28F not on contraception ok?" -> contracept);
    empty where it says none."""
    for found in _LACKING.finditer(question):
        terms = frozenset(tokenize(found.group("what"))) - _FILLER
        if terms:
            return terms
    return frozenset()


def needs_stated(text: str, lacking: frozenset[str]) -> bool:
    """Whether a statement says the lacked thing (its terms, ``lacking``) is needed, within ``NEED_REACH`` words
    after a word of need, in a clause that does not negate the need ("do not need X" is no need)."""
    if not lacking:
        return False
    for found in _NEEDING.finditer(text):
        if negated_at(text, found.start()):
            continue
        near = [w for w in tokenize(found.group("what")) if w not in _FILLER][:NEED_REACH]
        if lacking <= frozenset(near):
            return True
    return False


def needed_but_lacking(question: str, statements: list[str]) -> int | None:
    """The index of the first statement that says the asked people need what the question says they lack
    (``asked_lacking``, ``needs_stated``); None where none does, or the question says they lack nothing."""
    lacking = asked_lacking(question)
    if not lacking:
        return None
    return next((n for n, text in enumerate(statements) if needs_stated(text, lacking)), None)
