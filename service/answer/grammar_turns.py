"""Three turns of grammar a verdict reads against the words of its own quote. Grammar, no topic.

- A negated wait ("initiation of gizmotherapy should not await testing", "do not delay treatment"): advice to do the
  act now, a yes to "start X before Y comes back?" (``on_waiting``), a no to "should we wait for Y before X?".
- A "without" phrase the question and a statement share ("gizmo tablets without gadget powder ..."): it names the
  subject both speak of, not a denial of what the statement finds (``shared_without``).
- A statement that the asked thing changes the effect of another the question names ("Gizmozyme can reduce the effect
  of wobblefarin" for "can a patient on wobblefarin take gizmozyme?"): an interaction, never a yes to may they take
  it (``interaction_on_permission``).
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.models import Verdict
from service.answer.routing import INTERACTION

# A wait denied: "should not await", "must not be delayed", "do not wait for", "need not be deferred", "should not be
# withheld until/pending", "without waiting for", "without delay", "there should be no delay".
WAIT_DENIED = re.compile(
    r"\b(?:(?:should|must|need|do|does|did|can|will)\s+not|shouldn't|mustn't|don't|doesn't|cannot)\s+(?:be\s+)?"
    r"(?:await\w*|wait\w*|delay\w*|defer\w*|postpon\w*|withh[eo]ld\w*|held\s+(?:back|off|until|pending))"
    r"|\bwithout\s+(?:waiting|awaiting|delay\w*|deferr\w*)"
    r"|\b(?:should|must)\s+be\s+no\s+delay", re.I)
# A question asking whether to do a thing ahead of another ("start X before the scan comes back?", "treat while
# awaiting results?", "give X pending the test?", "without waiting for the result?").
_ASKS_AHEAD = re.compile(r"\b(?:before|pending|while\s+(?:awaiting|waiting)|without\s+(?:waiting|awaiting))\b", re.I)
# A question asking whether to wait ("should we wait for the scan?", "delay X until ...?", "hold off ...?").
_ASKS_WAIT = re.compile(r"\b(?:wait|await|delay|defer|postpone|hold\s+off|withhold)\w*\b", re.I)


def waited_subjects(text: str) -> frozenset[str]:
    """The terms of what a statement says should not wait (``WAIT_DENIED``): the words before the denied wait in its
    clause ("initiation of gizmotherapy" of "... should not await testing"); empty when it denies no wait."""
    terms: set[str] = set()
    for found in WAIT_DENIED.finditer(text):
        terms |= set(tokenize(re.split(r"[,;:]", text[:found.start()])[-1]))
    return frozenset(terms)


def denies_only_waiting(clause: str) -> bool:
    """Whether a clause denies a wait (``WAIT_DENIED``) and nothing else by a "not": "Initiation of gizmotherapy should
    not await testing" advises the act now, as "Do not withhold X" does."""
    if not WAIT_DENIED.search(clause):
        return False
    rest = WAIT_DENIED.sub(" ", clause)
    return not re.search(r"\b(?:not|no|never|avoid\w*|contraindicat\w*)\b|n't", rest, re.I)


def on_waiting(question: str, verdict: Verdict | None, texts: list[str]) -> Verdict | None:
    """A "no" or neither to a question asking whether to do a thing ahead of another (``_ASKS_AHEAD``: "start X before
    the scan comes back?"), above a statement that denies waiting to do it (``WAIT_DENIED``, the thing that should not
    wait named in the words before the question's "before": "initiation of X should not await testing"), is that
    statement's advice to act now: "yes"; asked whether to wait (``_ASKS_WAIT``), a "yes" there is its "no". The "not"
    of a denied wait negates the waiting, not the act. Any other verdict stays."""
    if verdict is None:
        return verdict
    ahead = _ASKS_AHEAD.search(question)
    waits = _ASKS_WAIT.search(question) and not re.search(r"\bwithout\s+(?:waiting|awaiting)\b", question, re.I)
    if waits:
        act = frozenset(tokenize(question))
    elif ahead:
        act = frozenset(tokenize(re.split(r"[,;:]|\s[-\u2013\u2014]\s", question[:ahead.start()])[-1]))
    else:
        return verdict
    if not any(waited_subjects(t) & act for t in texts):
        return verdict
    if waits:
        return "no" if verdict == "yes" else verdict
    return "yes" if verdict in ("no", "uncertain") else verdict


_WITHOUT = re.compile(r"\bwithout\s+", re.I)
_PHRASE_WORDS = 4  # words after a question's "without" that may name what its subject goes without
_PHRASE_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


def _words_after(text: str, end: int) -> list[re.Match[str]]:
    """The words just after position ``end`` of ``text`` in its clause (up to ``_PHRASE_WORDS``)."""
    clause = re.split(r"[,;:.?!()\u2013\u2014]|\s-\s", text[end:])[0]
    return list(_PHRASE_WORD.finditer(text, end, end + len(clause)))[:_PHRASE_WORDS]


def _strip_shared(text: str, phrases: list[list[str]]) -> tuple[str, dict[int, int]]:
    """``text`` less each of its "without" phrases that opens as one of ``phrases`` does (the matched words, one
    naming word at least), and for each of ``phrases`` that matched, how many of its words did."""
    cut: list[tuple[int, int]] = []
    used: dict[int, int] = {}
    for found in _WITHOUT.finditer(text):
        words = _words_after(text, found.end())
        for i, phrase in enumerate(phrases):
            k = 0
            while k < min(len(words), len(phrase)) and words[k].group().lower() == phrase[k]:
                k += 1
            if k and tokenize(" ".join(phrase[:k])):
                cut.append((found.start(), words[k - 1].end()))
                used[i] = max(k, used.get(i, 0))
                break
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    return text, used


def shared_without(question: str, texts: list[str]) -> tuple[str, list[str]]:
    """The question and statements read without the "without" phrases they share ("gizmo salts without wobble
    powder" in both): such a phrase names the subject the statement speaks of, as the question names it, and its
    "without" denies nothing of the finding. Each statement's phrase is cut where it opens with the question's words
    (one naming word at least), and the question's as far as any statement shares it; all unchanged where the first
    statement, the one a verdict rests on most, shares none (its finding is of people the "without" does not name:
    a PubMedQA dev "no" on those without the other features of a syndrome became a "yes" above a finding in all with
    the syndrome)."""
    found = list(_WITHOUT.finditer(question))
    phrases = [[w.group().lower() for w in _words_after(question, m.end())] for m in found]
    if not any(phrases):
        return question, texts
    read: list[str] = []
    shared: dict[int, int] = {}
    for n, t in enumerate(texts):
        stripped, used = _strip_shared(t, phrases)
        if n == 0 and not used:
            return question, texts  # the first statement speaks of another subject: the question's "without" stays
        read.append(stripped)
        for i, k in used.items():
            shared[i] = max(k, shared.get(i, 0))
    if not shared:
        return question, texts
    asked = question
    for i in sorted(shared, reverse=True):
        words = _words_after(question, found[i].end())
        asked = asked[:found[i].start()] + asked[words[shared[i] - 1].end():]
    return asked, read


# A question asking whether someone may take a thing: "Can a patient on X take Y?", "Is it ok to take Y?", "Y - ok?".
_ASKS_PERMISSION = re.compile(
    r"^\s*(?:can|could|may|should)\s+(?:i|we|you|he|she|they|(?:a|an|the|my|this)\s+[^?]*?)\s+"
    r"(?:take|start|use|try|have|begin|add)\b"
    r"|\b(?:ok|okay|alright|all\s+right|fine|safe)\s+(?:for\s+[^?]*?\s+)?to\s+(?:take|start|use|try|have|begin|add)\b",
    re.I)


def interaction_on_permission(question: str, verdict: Verdict | None, texts: list[str],
                              asked: frozenset[str] = frozenset()) -> Verdict | None:
    """A "yes" to whether someone may take a thing (``_ASKS_PERMISSION``) above a first statement that it changes the
    effect of, or interacts with, another thing the question names (``routing.INTERACTION`` outside any negation,
    the other thing's terms in the question and not among the asked thing's, ``asked``): the modal "can" of "can
    reduce the effect of" states a harm, not a permission, so the yes is that warning's "no". Any other verdict
    stays."""
    if verdict != "yes" or not texts or not _ASKS_PERMISSION.search(question):
        return verdict
    text = texts[0]
    q_terms = frozenset(tokenize(question)) - asked
    for found in INTERACTION.finditer(text):
        before = re.split(r"[;,]", text[:found.start()])[-1].lower()
        if re.search(r"\b(?:not|no|never|without|neither|nor)\b|n't", before):
            continue
        after = re.split(r"[;,.]|\s(?:and|but|or)\s", text[found.end():])[0]
        partner = frozenset(tokenize(after)) - asked
        if partner & q_terms:
            return "no"
    return verdict
