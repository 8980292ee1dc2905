"""A statement that repeats a question's claim with one slot filled otherwise: a "no" in the question's own words.

"Does gizmozumab activate the wobble axis?" above "Gizmozumab suppressed the wobble axis in healthy volunteers": the
statement names the subject and what is acted on, and fills the one slot the question asks about (the direction)
with its opposite. So with a value in a named slot ("Is gizmo syndrome caused by a deletion in chromosome 12?" above
"... deletions of chromosome 14q2 ..."). The words model reads such a statement as a "yes": nearly every word of the
claim is in it, and nothing is negated. (A third slot, a word of the same ending after another short prefix,
"hyperwobblia" above "hypowobblia", was dropped: it read "effective" and "selective" as such a pair and fixed nothing.
It is read apart now, with the corpus as judge of what a word is: ``another_prefix``.)

What counts as the same slot is grammar, no topic: the words of change or regulation (``verdict.direction_of``: up
or down, general English), a value (a number or a Roman numeral) after the same word.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.evidence import SENTENCE_END
from service.answer.negation import NEGATORS
from service.answer.verdict import asks_itself, direction_of

_WORDS = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")  # "2.5" one word, not "2" and "5"
# Words a value after which is a bound or an amount, not a slot's name ("over 75", "of 2.5", "to 3.0"): a value
# there differs from a statement's without contradicting it ("over 70" holds 75). Grammar: prepositions, comparison.
_BOUND_WORDS = frozenset("over under above below beyond than least most about around approximately aged age ages "
                         "from to between within after before by per every each of at in on for with up".split())
# A sign of comparison before a number ("PaO2 ≤8 kPa", "haematocrit ≥55%"): the number is a bound there, which a case's
# value may meet, not a slot's value; read as a word of bound (``_BOUND_WORDS``), as "under 8" is. Grammar.
_COMPARISON_SIGN = re.compile(r"[<>]=?|=[<>]|[≤≥⩽⩾]")
_YES_OR_NO = re.compile(r",?\s*yes\s+or\s+no\W*$", re.I)
_COPULA = re.compile(r"(?:is|are|was|were)$")  # a question asked in the passive opens on one
_ROMAN = {numeral: str(n) for n, numeral in enumerate("i ii iii iv v vi vii viii ix x".split(), start=1)}
_LEADING_NUMBER = re.compile(r"\d+")
# Words after which "I" is the pronoun ("Should I ...?", "... when I stop ..."), not a numeral. Grammar.
_BEFORE_I = frozenset("can could should may might must shall will would do did am if when and or but".split())
COVERAGE = 0.5  # share of the claim's other terms a statement must name to repeat the claim
NEAR = 4  # words between a statement's word of direction and a term of what the question's acts on


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def _terms(words: list[str]) -> frozenset[str]:
    return frozenset(tokenize(" ".join(words)))


def _value(word: str) -> str | None:
    """A word's value: its leading number ("22" of "22q11"), or a Roman numeral's ("2" of "II"); None for a word of
    letters."""
    if word in _ROMAN:
        return _ROMAN[word]
    found = _LEADING_NUMBER.match(word)
    return found.group() if found else None


def _covers(rest: frozenset[str], terms: frozenset[str]) -> bool:
    return bool(rest) and len(rest & terms) >= COVERAGE * len(rest)


def _acted_on(words: list[str], i: int, asked_in_passive: bool) -> frozenset[str]:
    """The terms of what a question's word of direction acts on: the content word after it ("activate the wobble
    axis"), or, asked in the passive ("Is gizmin usually decreased in gloomitis?"), the one before it."""
    after = [w for w in words[i + 1:] if tokenize(w)]
    before = [w for w in words[:i] if tokenize(w) and not w.endswith("ly")]  # not an adverb ("usually")
    passive = asked_in_passive and words[i].endswith("ed")
    pick = before[-1:] if passive or not after else after[:1]
    return _terms(pick)


def slot(question: str, sentence: str) -> int:
    """How a sentence fills the slots of a question's claim: -1 where it repeats the claim (its subject and at least
    ``COVERAGE`` of its other terms) with one slot filled otherwise (an opposite word of direction near what the
    question's acts on, with none of the asked direction; another value after the asked value's word), +1 where it
    fills such a slot as asked, 0 where it does neither (or negates, compares with "than", or asks)."""
    raw, s = _words(_YES_OR_NO.sub("", question)), _words(_COMPARISON_SIGN.sub(" within ", sentence))
    q = [w for w in raw if w not in QUESTION_WORDS]
    if not q or not s or asks_itself(sentence) or any(w in NEGATORS for w in s) or "than" in s + q:
        return 0
    terms = _terms(s)
    found = 0
    for i, word in enumerate(q):
        own = frozenset(tokenize(word))
        rest = _terms(q[:i] + q[i + 1:]) - own
        if not own or not _covers(rest, terms):
            continue
        sign = direction_of(word)
        at = raw.index(word)
        if sign:
            acted_on = _acted_on(q, i, bool(_COPULA.match(raw[0])))
            said = _direction_said(s, sign, acted_on) if acted_on and acted_on <= terms else 0
        elif ((value := _value(word)) is not None and at and tokenize(raw[at - 1]) and raw[at - 1] not in _BEFORE_I
              and raw[at - 1] not in _BOUND_WORDS and not any(ch.isdigit() for ch in raw[at - 1])):
            said = _value_said(s, frozenset(tokenize(raw[at - 1])), value)
        else:
            said = 0
        if said == 1:
            return 1
        found = found or said
    return found


def _direction_said(s: list[str], sign: int, around: frozenset[str]) -> int:
    """+1 where a sentence's word of direction within ``NEAR`` words of a term of what the asked one acts on
    (``around``) goes the asked way (``sign``), -1 where one goes only the other way and no word of the asked way
    stands anywhere in it, 0 else."""
    near = [direction_of(w) for j, w in enumerate(s) if direction_of(w)
            and around & _terms(s[max(0, j - NEAR):j] + s[j + 1:j + 1 + NEAR])]
    if sign in near or any(direction_of(w) == sign for w in s):
        return 1 if sign in near else 0
    return -1 if near else 0


# Words that join values named after one word into a list or a range ("stage 3b and 4", "types 1 or 2", "grades 2 to
# 4"): each value of the list is named after that word. Grammar.
_VALUE_JOINS = frozenset({"and", "or", "to"})


def _listed_values(s: list[str], i: int, asked: str) -> set[str | None]:
    """The values of the list of values that opens at ``s[i]`` (``_VALUE_JOINS``): "3" and "4" of "3b and 4", and
    each of a range's ends, with the ``asked`` value where a range holds it ("2 to 4" holds "3"). (The range is not
    spelled out: "1 to 30000000" would be thirty million strings.)"""
    values = {_value(s[i])}
    while i + 2 < len(s) and s[i + 1] in _VALUE_JOINS and (nxt := _value(s[i + 2])) is not None:
        low = _value(s[i])
        if (s[i + 1] == "to" and low is not None and low.isdigit() and nxt.isdigit() and asked.isdigit()
                and int(low) <= int(asked) <= int(nxt)):
            values.add(asked)
        values.add(nxt)
        i += 2
    return values


def _value_said(s: list[str], anchor: frozenset[str], value: str) -> int:
    """+1 where a sentence names the asked ``value`` after the word the question names it after (``anchor``:
    "chromosome", "phase"), -1 where it names only other values there, 0 where it names none."""
    values: set[str | None] = set()
    for j in range(len(s) - 1):
        if frozenset(tokenize(s[j])) == anchor:
            values |= _listed_values(s, j + 1, value)
    values.discard(None)
    if value in values:
        return 1
    return -1 if values else 0


def one_slot_otherwise(question: str, first: str, said: list[str]) -> bool:
    """Whether the first statement a "yes" rests on repeats the question's claim with one slot filled otherwise
    (``slot`` -1, in one of its sentences) and no statement behind it fills that slot as asked (+1)."""
    if not any(slot(question, p) == -1 for p in SENTENCE_END.split(first)):
        return False
    return all(slot(question, p) != 1 for t in said for p in SENTENCE_END.split(t))


# A word that another word is with a prefix taken away says the contrary of it ("nonsyndromic" or "non-syndromic" of
# "syndromic", "unrelated" of "related"): English's plainly negating prefixes ("in-", "a-", "dis-" also begin words
# that deny nothing: "increase", "across", "disorder"; an "anti-aging" effect is an effect on aging). Grammar.
_NEGATING_PREFIXES = frozenset({"non", "un"})
# Two words with other prefixes are one word after each ("monoclonal", "polyclonal"; "adenoviral", "lentiviral") only
# where each prefix has this many letters: "reaction" and "interaction" do not deny each other.
PREFIX_CHARS = (3, 5)
REST_CHARS = 5  # the shortest rest two words must share after their prefixes ("viral", "clonal")


def another_prefix(question: str, first: str, said: list[str], idf: Callable[[str], float]) -> bool:
    """Whether the first statement a "yes" rests on repeats the question's claim with one of its words put after
    another prefix, and no statement behind it names that word itself: "ProSavin, a lentiviral vector ..." for "Does
    ProSavin use an adenoviral vector?", "... cause a nonsyndromic neurodevelopmental delay" for "... syndromic
    neurodevelopmental delay?". The words model reads such a statement as a "yes": every other word of the claim is in
    it, and nothing is negated.

    Two words are one word after two prefixes (``PREFIX_CHARS``) when what they share at the end (``REST_CHARS`` or
    more) is a word the corpus writes at least as often as the rarer of the two (``idf``, the index's): "viral" of
    "adenoviral" and "lentiviral"; not "ective" of "effective" and "selective", a fragment. Where one word is the rest
    itself, the other's prefix negates it (``_NEGATING_PREFIXES``): "upregulated" does not deny "regulated"."""
    asked = [w for w in _words(_YES_OR_NO.sub("", question)) if w not in QUESTION_WORDS]
    named = {w for t in said for w in _words(t)}
    for sentence in SENTENCE_END.split(first):
        words = _words(sentence)
        if asks_itself(sentence) or any(w in NEGATORS for w in words):
            continue
        terms = _terms(words)
        for i, word in enumerate(asked):
            rest = _terms(asked[:i] + asked[i + 1:]) - frozenset(tokenize(word))
            if word in named or not _covers(rest, terms):
                continue
            if any(_prefixed(word, w, idf) for w in words):
                return True
    return False


def _prefixed(asked: str, other: str, idf: Callable[[str], float]) -> bool:
    """Whether ``other`` is ``asked`` after another prefix (``another_prefix``)."""
    for plain, negated in ((asked, other), (other, asked)):
        head, _, tail = negated.partition("-")
        if tail == plain and head in _NEGATING_PREFIXES:
            return True
    # (two prefixes written with hyphens before one word: "pro-apoptotic" and "anti-apoptotic")
    heads, tails = zip(asked.partition("-")[::2], other.partition("-")[::2])
    if (tails[0] == tails[1] and len(tails[0]) >= REST_CHARS and tails[0].isalpha() and heads[0] != heads[1]
            and all(h.isalpha() and PREFIX_CHARS[0] <= len(h) <= PREFIX_CHARS[1] for h in heads)):
        return True
    if not (asked.isalpha() and other.isalpha()) or asked == other:
        return False
    shared = 0
    while shared < min(len(asked), len(other)) and asked[-1 - shared] == other[-1 - shared]:
        shared += 1
    prefixes = (asked[:len(asked) - shared], other[:len(other) - shared])
    if shared < REST_CHARS:
        return False
    if not all(prefixes):
        if (prefixes[0] or prefixes[1]) not in _NEGATING_PREFIXES:
            return False
    elif not all(PREFIX_CHARS[0] <= len(p) <= PREFIX_CHARS[1] for p in prefixes):
        return False
    rest = tokenize(asked[len(prefixes[0]):])
    pair = tokenize(asked) + tokenize(other)
    return len(rest) == 1 and len(pair) == 2 and idf(rest[0]) <= max(idf(t) for t in pair)
