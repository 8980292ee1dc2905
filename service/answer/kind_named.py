"""The kind of thing a note-style which-question asks for after its case ("elective bowel case - which antibiotic
prophylaxis?", "household contact - which drug first line for prophylaxis?"), and the statements that name it.

Read without a topic (the question's reading finds no intervention or condition in such a note), the relevance model
alone orders the statements, and it puts a guideline's advice on the case that names nothing of the asked kind (when to
remove a catheter) above the advice that answers. A source that names the kind, in a statement found or its title (a
guideline on antimicrobial prophylaxis in surgery speaks of prophylaxis in each of its lines), gives the closest
evidence there is where any does. Grammar of the question and the corpus's own words; no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.scoring import Candidate, sentence_terms

# A which-question ending a note, after its case and a dash, a comma or a colon (or alone): "... - which antibiotic
# prophylaxis?", "..., what kind of dressing?". The kind is what follows the question word up to the question mark.
# Grammar.
_WHICH_AT_END = re.compile(r"(?:^|\s[-\u2013\u2014]+\s*|[,;:]\s*)(?:which|what)\s+(?:(?:kinds?|types?|forms?|sorts?)\s+"
                           r"of\s+)?(?P<k>[^?,;:]+?)\s*\?*\s*$", re.I)
# A which-phrase with a verb or a person in it asks what is done or what a thing is ("what should I do?", "what is the
# first-line drug for X?", ``question.asked_kind`` reads those): no kind named in a note. Grammar.
_VERB_ASKED = re.compile(r"\b(?:is|are|was|were|be|should|shall|must|can|could|do|does|did|will|would|may|might|"
                         r"i|we|you|he|she|they)\b", re.I)
# The words of a rank or a line said with the kind ("which drug first line", "what best first test"), which name no
# kind: every advice sentence of a guideline may say "first"; and the adverbs that follow "what" where no kind is
# asked ("... - what now?", "what next?", "what else?"). Grammar.
_RANK_WORDS = frozenset(tokenize("first second third line choice preferred best initial usual standard optimal "
                                 "ideal most least next for of in on to with a an the now then else instead here "
                                 "there later after afterwards"))
# The shortest asked term a longer written word may hold at its end and still name it ("chemoprophylaxis" names
# "prophylaxis"): shorter endings ("-ic", "line") are parts of many unrelated words. Letters of a stem.
MIN_HELD_TERM = 6


def asked_kind_phrase(question: str) -> str:
    """The words of the kind a which-question ending a note asks for (``_WHICH_AT_END``): "antibiotic prophylaxis" of
    "elective bowel case - which antibiotic prophylaxis?". Empty for any other question, or one whose which-phrase has
    a verb ("what should I do?", ``_VERB_ASKED``)."""
    match = _WHICH_AT_END.search(" ".join(question.split()))
    if match is None or _VERB_ASKED.search(match.group("k")):
        return ""
    return match.group("k")


def asked_kind_terms(question: str) -> frozenset[str]:
    """The terms of ``asked_kind_phrase``, question and rank words aside: {"antibiotic", "prophylaxis"} of "elective
    bowel case - which antibiotic prophylaxis?"."""
    return frozenset(tokenize(asked_kind_phrase(question))) - QUESTION_WORDS - _RANK_WORDS


def _holds(written: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether ``written`` terms name any of the ``asked`` terms, whole or at the end of a longer word
    (``MIN_HELD_TERM``)."""
    return bool(written & asked) or any(len(a) >= MIN_HELD_TERM and w.endswith(a) for w in written for a in asked)


def names_asked_kind(c: Candidate, asked: frozenset[str]) -> bool:
    """Whether a statement, or its source's title, names the asked kind (``asked_kind_terms``)."""
    return _holds(c.terms, asked) or _holds(sentence_terms(c.hit.document.title), asked)


def on_asked_kind(question: str, anchored: bool, yes_no: bool, ranked: list[Candidate]) -> list[Candidate]:
    """Of the statements closest evidence is chosen from, for a which-question read without a topic (not
    ``anchored``, no yes or no), those of the sources that name the kind it asks for (``names_asked_kind``, in one of
    their statements here or their title), where any does; else ``ranked`` as it is. No statement is added, so a
    question no source covers gets no closer evidence than before.

    (A source, not a statement: a source's advice names the members of a kind rather than the kind, "... recommends
    SSRIs or gabapentin" for "which nonhormonal drug?", while another of its lines names the kind; a source none of
    whose lines here names it, advice on when a catheter comes out for "which antibiotic prophylaxis?", speaks of
    another matter. Nor does a kind no source names empty the answer: "which antihypertensive first?" over a corpus
    that never writes the word is answered by advice on ACE inhibitors in other words.)"""
    if anchored or yes_no:
        return ranked
    asked = asked_kind_terms(question)
    if not asked:
        return ranked
    sources = {c.doc_id for c in ranked if names_asked_kind(c, asked)}
    return [c for c in ranked if c.doc_id in sources] if sources else ranked
