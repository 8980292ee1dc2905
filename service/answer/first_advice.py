"""The first closest statement's own advice on the asked thing: a lean may not point against it.

An answer with no lead quotes its closest evidence, and a yes or a no read beside it is shown as a lean ("leans no, from
closest evidence only"). Where the first statement quoted is a guideline's whole sentence of advice for the very thing
asked, with no denial in it ("Gizmotab with prednisone is recommended as an option for ... in people who have no or
mild symptoms ..."), a "no" beside it tells the reader the opposite of the quote that stands under it; so does a "yes"
beside advice against the thing. The verdict model's lean may have come from other statements, or from a "No
recommendation for or against ..." it read as a denial: whatever it came from, it is no answer above a quote that
advises the other way.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.case_against import asked_thing, names_thing
from service.answer.case_state import for_other_case
from service.answer.case_topic import thing_asked_of_case
from service.answer.clipped import clips
from service.answer.concepts import QUESTION_WORDS
from service.answer.further_group import narrowed_past_the_case
from service.answer.models import Verdict
from service.answer.polarity import as_asked
from service.answer.question import Question
from service.answer.routing import NEUTRAL, TOGETHER
from service.answer.scoring import Candidate, sentence_terms
from service.answer.settled_advice import EXCEPTING
from service.answer.verdict import denies
from service.answer.verdict_closest_advice import advice_answers, advice_clause, advised_way

# "Should <anyone> use X for ...?": the thing is what the asking verb takes, up to the preposition or the end, whoever
# is asked to use it ("labs", "nurses", "we"). Grammar: a modal, a subject of one or two words, a verb of using or
# giving.
# (The subject may carry its own "with" phrase, "Should patients with gizmo fever wear a mask ...?"; the thing worn,
# taken or received is used as a given one is.)
_SHOULD_USE = re.compile(r"^\s*(?:should|can|could|may|must|do|does)\s+(?:[\w\-]+\s+){1,2}?"
                         r"(?:(?:with|without)\s+(?:[\w\-]+\s+){1,3}?)?"
                         r"(?:use|give|start|offer|prescribe|add|try|adopt|order|perform|apply|wear|take|receive)\s+"
                         r"(?:(?:a|an|the)\s+)?(?P<x>(?:[\w\-]+\s+){0,2}?[\w\-]+)"
                         r"(?=\s+(?:for|in|on|to|with|after|before|during|while|as|at|when|if)\b|\s*\?*$)", re.I)
# A thing asked of with another ("X with Y", "X + Y"): a pair, which advice on the pair speaks of. Grammar.
_PAIRED = re.compile(r"\w\s+(?:with|w/|\+)\s*\w", re.I)
# The fewest letters a clipped word of the thing must keep to stand for the statement's word ("pred" of
# "prednisone"), as a clinician types it.
_CLIP_LETTERS = 4


def _thing_forms(q: Question, intervention_forms: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The forms of the asked thing: ``case_against.asked_thing``'s, else the thing a case note's ask names
    ("case, is X an option?": ``case_topic.thing_asked_of_case``) or the X of "Should anyone use X for ...?"; none
    where none is read."""
    found = asked_thing(q, intervention_forms)
    if found:
        return found
    for text in (q.as_asked or q.text, q.text):
        should_use = _SHOULD_USE.search(text)
        for thing in (thing_asked_of_case(text), should_use.group("x") if should_use else None):
            if thing and (terms := frozenset(tokenize(thing)) - QUESTION_WORDS):
                return (terms,)
    return ()


def _named(form: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether ``terms`` hold every term of ``form``, each as written or clipped ("pred" of "prednisone")."""
    return all(t in terms or any(clips(t, w, _CLIP_LETTERS) for w in terms) for t in form)


def first_advice_way(q: Question, closest: list[Candidate],
                     intervention_forms: tuple[frozenset[str], ...]) -> Verdict | None:
    """The yes or no, as asked, of the first closest statement where it is a guideline's whole sentence (nothing cut
    off) whose advising clause (``advice_clause``) names the asked thing and advises on it (``advised_way``): for it
    with no denial in it (``verdict.denies``), or against it; not a neutral recommendation, nor advice for another case
    than asked (``case_state.for_other_case``) or narrowed to people the case never states
    (``further_group.narrowed_past_the_case``), nor advice on the thing joined to another (``routing.TOGETHER``) where
    the question asks of it alone, nor advice with its own exception (``settled_advice.EXCEPTING``), nor
    for a question advice does not answer (``advice_answers``: an effect, a comparison). None otherwise."""
    if not q.yes_no or not closest or not advice_answers(q):
        return None  # (advice to use a thing answers no effect, comparison or pairing asked)
    first = closest[0]
    if first.hit.document.kind != DocumentKind.GUIDELINE or any(first.cut) or NEUTRAL.search(first.text):
        return None
    if EXCEPTING.search(first.text):
        return None  # advice with its own exception ("..., unless X is required"): the case may be the exception
    forms = _thing_forms(q, intervention_forms)
    clause = sentence_terms(advice_clause(first.text))
    if not forms or not (names_thing(forms, clause) or any(_named(form, clause) for form in forms)):
        return None
    asked = q.as_asked or q.text
    if TOGETHER.search(advice_clause(first.text)) and not (TOGETHER.search(asked) or _PAIRED.search(asked)):
        return None  # advice on the thing joined to another ("X and Y should not be combined"), one alone asked
    if for_other_case(asked, first, True) or narrowed_past_the_case(asked, first):
        return None
    thing = frozenset().union(*forms)
    way = advised_way(first.text, thing)
    if way == "for" and denies(first.text, thing):
        return None
    if way not in ("for", "against"):
        return None
    verdict = as_asked(q.text, "yes" if way == "for" else "no", first.text)
    return verdict if verdict in ("yes", "no") else None
