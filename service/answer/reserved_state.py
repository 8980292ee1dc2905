"""Advice kept for people in a state, read against a question whose people are in the opposite state.

"Gizmo flushing should be reserved for patients with symptomatic wobble or haemic instability" keeps the act for
those people: asked of a patient who is "asymptomatic and haemically stable", it says the act is not for them, so its
words are a "no" for them, not the "yes" a words model reads in the advice (session 59's blind test: "leans yes" to
a transfusion for a stable patient without symptoms, above a sentence that reserves it for severe symptomatic anaemia
or instability). A patient the question puts in the named state ("symptomatic", "unstable") keeps the advice's yes.

A state's opposite is read from English's negating prefixes ("a-symptomatic", "in-stability" against "stable",
"non-severe", "un-stable") and negators before a word ("no fever", "without symptoms", "not pregnant"): a closed
class of grammar, no topic.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.negation import NEGATORS

# Statements whose restriction of use is remembered (``kept_for``): as many as the other statement memos keep.
STATEMENTS_KEPT = 20_000

# Use kept for some people or cases: "reserved (only) for", "limited/restricted/confined to", "only for/in/if/when"
# ("... should be used only if ..."), up to the end of the clause. Not "not limited to" (a list's "including but not
# limited to" keeps nothing). Grammar.
_KEPT_FOR = re.compile(r"\b(?:reserved\s+(?:only\s+)?for|(?<!not\s)(?:limited|restricted|confined)\s+(?:only\s+)?to|"
                       r"only\s+(?:be\s+\w+\s+)?(?:for|in|if|when|where|once))\b(?P<group>[^.;:]*)", re.I)
# English's negating prefixes of an adjective or a noun of state ("asymptomatic", "anaemic" aside: see
# ``CORE_LETTERS``; "instability", "unstable", "immobile", "irregular"). "dis-" is left out: it begins too many words
# that are no negation of another ("disorder", "discharge", "disease").
_PREFIXES = ("non", "un", "in", "im", "ir", "an", "a")
# The fewest letters the rest of a word (its stem) must have after a negating prefix to be read as the negated word:
# shorter rests ("a-cute", "in-fect") are parts of words, not words. By hand, from stems such as "stabl" (5).
CORE_LETTERS = 5
# ... or, where the stemmer cuts a long word short ("inoperable" to "inoper"), the fewest letters of the word after its
# prefix ("operable", 8) for a stem of four ("oper") to be read so: a rest that long is a word, not a part of one.
WORD_LETTERS = 8
# A word of the text as read here, with a "non" before it joined by a hyphen or a space ("non-severe"), or a clause's
# end (a comma, as ``_CLAUSE_END`` writes it).
_WORD = re.compile(r"(?:\bnon[\s\-])?[a-z][a-z\-]*|,", re.I)
# Negators that are verbs of failing: they negate what follows only as "failed to ..." (``_words``). Grammar.
_FAILING = frozenset(("fail", "failed", "fails"))
# Words after a negator that it negates ("no chest pain", "without any symptoms"). As ``negation.NEGATION_REACH``.
_NEGATED_REACH = 3
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[\-\u2013\u2014]+\s|\b(?:and|but|or|with|while|whereas)\b", re.I)


def _stem(word: str) -> str:
    """The index's stem of one word ("instabl" of "instability"), the word lower-cased where it has none."""
    stems = tokenize(word)
    return stems[-1] if stems else word.lower()


def _readings(word: str) -> tuple[str, str | None]:
    """A word's stem and, where it opens with a negating prefix (``_PREFIXES``, or "non" before it), the stem of the
    state it negates: ("asymptomat", "symptomat") of "asymptomatic", ("instabl", "stabl") of "instability",
    ("sever", "sever") of "non-severe" (a "non" always negates), ("stabl", None) of "stable"."""
    lowered = word.lower()
    m = re.match(r"non[\s\-](?P<w>.+)", lowered)
    if m is not None:
        return _stem(m.group("w")), _stem(m.group("w"))
    stem = _stem(lowered)
    for prefix in _PREFIXES:
        if stem.startswith(prefix) and (len(stem) - len(prefix) >= CORE_LETTERS
                                        or len(lowered) - len(prefix) >= WORD_LETTERS > len(stem) - len(prefix) >= 4):
            return stem, stem[len(prefix):]
    return stem, None


# A word of a text as read here: its stem, the state its prefix negates (``_readings``) and whether a negator before it
# turns it ("no" fever).
_Word = tuple[str, "str | None", bool]


def _words(text: str) -> list[_Word]:
    """The words of ``text`` as ``_readings`` reads them, each with whether a negator within ``_NEGATED_REACH`` words
    before it in its clause turns it; question words aside."""
    out: list[_Word] = []
    reach = 0
    words = _WORD.findall(" ".join(_CLAUSE_END.sub(" , ", text).split()))
    for n, word in enumerate(words):
        lowered = word.lower()
        if lowered in NEGATORS:
            # (A verb of failing negates what follows only as "failed to ...": in "... only when steroids have failed
            # in X" the steroids failed, and X is no state negated. Read so, the case "steroids have failed - Y?" was
            # set apart from the X the rule keeps Y for, and its "yes" turned "no".)
            negates = lowered not in _FAILING or (n + 1 < len(words) and words[n + 1].lower() == "to")
            reach = _NEGATED_REACH if negates else 0
            continue
        if lowered == ",":
            reach = 0
            continue
        stem, core = _readings(word)
        turned, reach = reach > 0, max(reach - 1, 0)
        if stem and stem not in QUESTION_WORDS:
            out.append((stem, core, turned))
    return out


# The fewest letters two stems of one state must share from their start ("stab" of "stabl" and "stabil", "symptom" of
# "symptom" and "symptomat"), all but one of the shorter's letters at least.
SHARED_LETTERS = 4


def one_state(a: str, b: str, min_shared: int = SHARED_LETTERS) -> bool:
    """Whether two stems name one state: they share their first letters, all but the shorter's last at least and at
    least ``min_shared`` ("stabl" and "stabil", "symptom" and "symptomat"; not "fever" and "febril")."""
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= max(min_shared, min(len(a), len(b)) - 1)


def states_named(text: str, plain: frozenset[str]) -> frozenset[tuple[str, bool]]:
    """The states ``text`` names, each as a stem and whether it is negated: a prefixed word as the state its prefix
    negates where ``plain`` (the stems both texts write) holds that state unprefixed ("asymptomatic" as a negated
    "symptomat" beside "symptomatic"; "anaemia" as itself, no "aemia" being written), or a "non" word; a word a
    negator reaches turned ("no symptoms" is a negated "symptom")."""
    return states_of_words(_words(text), plain)


def word_readings(text: str) -> tuple[_Word, ...]:
    """The words of ``text`` as ``states_named`` reads them (``_words``), for ``states_of_words``."""
    return tuple(_words(text))


def states_of_words(words: Sequence[_Word], plain: frozenset[str]) -> frozenset[tuple[str, bool]]:
    """``states_named`` of a text whose words (``_words``) were read before: the words are the text's alone, so a
    caller that reads one text against many others' ``plain`` (``case_state``) reads them once."""
    named: set[tuple[str, bool]] = set()
    for stem, core, turned in words:
        if core is not None and core != stem and not any(one_state(core, p) for p in plain):
            core = None  # (a prefix no written word confirms: "an-aemia" is "anaemia")
        named.add((core, not turned) if core is not None else (stem, turned))
    return frozenset(named)


@lru_cache(maxsize=STATEMENTS_KEPT)
def kept_for(text: str) -> tuple[str, str] | None:
    """The words before a statement's restriction of use (``_KEPT_FOR``: what is kept) and the people or cases it is
    kept for, None where it keeps nothing for anyone. Remembered per text: asked of every guideline statement an
    answer weighs for another case (``case_state.for_another_state``), the same statements question after question,
    and its pattern was the dearest search of an answer."""
    m = _KEPT_FOR.search(text)
    if m is None or not m.group("group").strip():
        return None
    return text[:m.start()], m.group("group").strip()


# What parts a group of people into alternatives: "patients with A or B", "A, B or C". Grammar.
_ALTERNATIVES = re.compile(r",|\bor\b", re.I)


def _in_an_alternative(asked: frozenset[tuple[str, bool]], group: str, plain: frozenset[str]) -> bool:
    """Whether the question's states name one of the group's alternatives (``_ALTERNATIVES``) as it is: its head (its
    last word) alike, and none of its words the other way ("anaemic crisis" in "anaemic crises or instability")."""
    for part in _ALTERNATIVES.split(group):
        named = states_named(part, plain)
        if not named:
            continue
        last = states_named(" ".join(part.split()[-1:]), plain)
        head_alike = any(one_state(a, t) and n == m for a, n in asked for t, m in last)
        other_way = any(one_state(a, t) and n != m for a, n in asked for t, m in named)
        if head_alike and not other_way:
            return True
    return False


def outside_kept(question: str, text: str) -> bool:
    """Whether ``text`` keeps an act the question asks of for people in states (``kept_for``) and the question puts
    its people in the opposite of one of those states and in none of them: "reserved for patients with symptomatic
    wobble or haemic instability" for "... asymptomatic and haemically stable - flush?". In one of them is: alike in a
    state some text names negated (the negation marks it: "stable" of "instability", "symptomatic" of
    "asymptomatic"), or in the whole of one alternative of the group (``_in_an_alternative``); words both name alike
    and neither negates ("haemic", the condition) are otherwise neither in nor out. The act must be asked: a word of
    what is kept (beyond the states) is a word of the question."""
    kept = kept_for(text)
    if kept is None:
        return False
    before, group = kept
    plain = frozenset(stem for stem, _, _ in (*_words(question), *_words(group)))
    asked, their = states_named(question, plain), states_named(group, plain)
    act = frozenset(tokenize(before)) - QUESTION_WORDS
    if not asked or not their or not act & frozenset(tokenize(question)):
        return False
    negated_ = [c for c, n in (*asked, *their) if n]
    opposite = any(one_state(a, t) and n != m for a, n in asked for t, m in their)
    inside = any(one_state(a, t) and n == m and any(one_state(a, c) for c in negated_)
                 for a, n in asked for t, m in their)
    return opposite and not inside and not _in_an_alternative(asked, group, plain)
