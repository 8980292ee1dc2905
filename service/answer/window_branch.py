"""The rule of a guideline whose window of time since the event holds the case's time, read for a case that gives one.

Session 66's blind test: "raped 4 days ago - still worth giving EC?" quoted the rule for a woman presenting once the
(5-day) window for emergency contraception closed (four days are inside it), and "she presents on day 4 - still start
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


# Words that say a thing does no good or is not to be done ("the pill is ineffective when swallowed beyond 96 hours
# after"): a sentence worded as advice that holds one is no advice for the thing (a closed class of English).
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
    """Which way a sentence advises on what it names: against by ``polarity.stance`` or where it says the thing does
    no good or is not to be done (``_NO_EFFECT``: "X is ineffective when swallowed beyond 96 hours after"), else for
    where it is worded as a recommendation ("Offer ...", "Consider offering ...", "... should be started"); None for
    no advice."""
    way = stance(text, topic, True) or stance(text, topic)
    if way is not None:
        return way
    if _NO_EFFECT.search(text):
        return "against"
    return "for" if RECOMMENDATION.search(text) or GUIDELINE_ADVICE.search(text) else None


def window_branch(index: SearchIndex, q: Question, forms: tuple[frozenset[str], ...], ranked: list[Candidate]
                  ) -> tuple[Verdict | None, Candidate] | None:
    """The verdict (None for a question that is no yes/no one, or no verdict read) and the rule that gives it, for a
    question that gives its case's time since the event, read in the guideline documents among the ``ranked``
    statements that set a window of time: of their sentences that name the asked thing besides their windows (one of
    its ``forms``, or the words after the question's dash, ``_asked_forms``), advise on it and fit the case,

    - one whose windows all hold the case's time and that advises against the thing: "no" (as asked), from it;
    - else one whose windows all hold it and that advises it: no verdict (a window may be timed from another event
      than the case's), but it leads the quotes;
    - else one that advises the thing only up to limits the case is past (``elapsed.past_every_window``): "no".

    None otherwise (no time given, no window, no asked thing named)."""
    hours = asked_elapsed(q.as_asked or q.text)
    forms = _asked_forms(q, forms) if hours is not None else ()
    if hours is None or not forms:
        return None
    documents = list(dict.fromkeys(c.doc_id for c in ranked[:_DOCUMENTS_FROM]
                                   if c.hit.document.kind == DocumentKind.GUIDELINE and windows(c.text)))
    read: dict[str, list[Candidate]] = {"against": [], "for": [], "past": []}
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
                read[way].append(said)
            elif way == "for" and past_every_window(q.as_asked or q.text, text):
                read["past"].append(said)
    if read["against"]:
        return (as_asked(q.text, "no", read["against"][0].text) if q.yes_no else None), read["against"][0]
    if read["for"]:
        return None, read["for"][0]
    if read["past"]:
        return (as_asked(q.text, "no", read["past"][0].text) if q.yes_no else None), read["past"][0]
    return None
