"""The rule of a guideline whose window of time since the event holds the case's time, read for a case that gives one.

Session 66's blind test: "raped 4 days ago - still worth giving EC?" quoted the rule for a woman presenting "after the
time required for emergency contraception (5 days)" (four days are inside it), and "she presents on day 4 - still start
PEP?" hedged beside "offer PEP to women presenting within 72 hours" (four days are past it). A guideline states its
advice on a time-bound act as rules for windows of time since the event (``elapsed.windows``): the rule whose window
holds the case's time (``elapsed.asked_elapsed``) is the case's, and where every rule that advises the act sets a
window up to a limit the case is past, and none holds it, the act is advised for times the case is past: a no. The
document's sentences are read for them, for the relevance model may rank a rule for another window above the case's
(the words of the rules differ little). Grammar of time and of advice; no topic.
"""
from __future__ import annotations

import re

from index.backends import SearchIndex
from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.case_against import asked_thing
from service.answer.elapsed import asked_elapsed, holds_all, past_every_window, windows, without_windows
from service.answer.models import Verdict
from service.answer.concepts import QUESTION_WORDS
from service.answer.narrower_band import _as_statement, _fits_case, _sentences, _written_terms
from service.answer.polarity import GUIDELINE_ADVICE, RECOMMENDATION, as_asked, stance
from service.answer.question import ASKED_AFTER_DASH, Question
from service.answer.scoring import Candidate

# How many of the best-ranked statements name the documents whose rules are read: the relevance model's own few.
_DOCUMENTS_FROM = 8


# Of the words a question asks after its dash, read as the asked thing where no thing is read otherwise, how many a
# sentence must name ("emergency contraception" of "- still worth giving emergency contraception, and which one?"):
# two, or all where fewer are asked (a name of two words, a verb and a name).
_NAMED_LEAST = 2


# Words that say a thing does no good or is not to be done ("LNG is ineffective if taken more than 96 hours after"):
# a sentence worded as advice that holds one is no advice for the thing (a closed class of English).
_NO_EFFECT = re.compile(r"\b(?:ineffective|not\s+(?:be\s+)?(?:effective|recommended|used|given|offered|needed|"
                        r"necessary)|no\s+(?:benefit|effect|role)|fails?|unnecessary|inappropriate)\b", re.I)


def _asked_forms(q: Question, forms: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The forms of the thing the question asks of (``case_against.asked_thing``), else the words it asks after its
    dash (``ASKED_AFTER_DASH``) less the words of any question, read by ``_names``."""
    found = asked_thing(q, forms)
    if found:
        return found
    m = ASKED_AFTER_DASH.search(q.text.strip()) or ASKED_AFTER_DASH.search((q.as_asked or q.text).strip())
    words = frozenset(tokenize(m.group("asked"))) - QUESTION_WORDS if m is not None else frozenset()
    return (words,) if words else ()


def _names(form: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether a sentence's terms name an asked form: all its words, or ``_NAMED_LEAST`` of them."""
    return bool(form) and len(form & terms) >= min(len(form), _NAMED_LEAST)


def _advised(text: str, topic: frozenset[str]) -> str | None:
    """Which way a sentence advises on what it names: against by ``polarity.stance``, else for where it is worded as
    a recommendation ("Offer ...", "Consider offering ...", "... should be started"); None for no advice."""
    way = stance(text, topic, True) or stance(text, topic)
    if way is not None:
        return way
    advice = RECOMMENDATION.search(text) or GUIDELINE_ADVICE.search(text)
    return "for" if advice and not _NO_EFFECT.search(text) else None


def window_branch(index: SearchIndex, q: Question, forms: tuple[frozenset[str], ...], ranked: list[Candidate]
                  ) -> tuple[Verdict | None, Candidate] | None:
    """The verdict (None for a question that is no yes/no one) and the rule that gives it, for a question that gives
    its case's time since the event: of the guideline documents among the ``ranked`` statements that set a window of
    time, a sentence that names the asked thing (one of its ``forms``, or the thing named after the question's dash,
    ``case_against.asked_thing``), advises on it, fits the case and sets windows
    that all hold the case's time: its advice, as asked. Where none does, and some such sentence advises the thing only
    up to a limit the case is past: "no", from the first of them. None otherwise (no time given, no window, no asked
    thing named)."""
    hours = asked_elapsed(q.as_asked or q.text)
    forms = _asked_forms(q, forms) if hours is not None else ()
    if hours is None or not forms:
        return None
    documents = list(dict.fromkeys(c.doc_id for c in ranked[:_DOCUMENTS_FROM]
                                   if c.hit.document.kind == DocumentKind.GUIDELINE and windows(c.text)))
    past: Candidate | None = None
    for doc_id in documents:
        first = next(c for c in ranked if c.doc_id == doc_id)
        for chunk, text in _sentences(index, doc_id):
            found = windows(text)
            said_besides = _written_terms(without_windows(text)) if found else frozenset()
            named = next((form for form in forms if _names(form, said_besides)), None) if found else None
            way = _advised(text, named) if named is not None else None
            if way is None:
                continue
            said = _as_statement(first, chunk, text)
            if not _fits_case(q, said):
                continue
            if holds_all(found, hours):
                # (Its advice for the thing leads the quotes and gives no yes: a rule for the window may still be
                # of another event's time than the case's. Advice against the thing in the case's window is a no.)
                return (as_asked(q.text, "no", text) if q.yes_no and way == "against" else None), said
            if past is None and way == "for" and past_every_window(q.as_asked or q.text, text):
                past = said
    if past is None:
        return None
    return (as_asked(q.text, "no", past.text) if q.yes_no else None), past
