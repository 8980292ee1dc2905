"""Whether the case a question describes meets the condition of the rule a verdict rests on.

A guideline's rule is for people it names by a condition: thresholds on a measure joined by "or", each maybe with a
co-condition (a BMI over 40, or over 35 with comorbidities), a state its "only if" or
"when" clause names ("only if ... when X is not tolerated"), or a state its scope names ("for treating manic
episodes"). Session 67's blind test quoted such rules and did not compare the case with them: "BMI 37, T2DM and sleep
apnoea" beside the rule above said "insufficient", "BMI 32, no comorbidities" beside "BMI >=30 or BMI >=27 and
comorbidities" leaned no, "can't tolerate colistin" beside "only if ... colistimethate is not tolerated" said "No.",
and "in a depressive episode, not manic" beside the rule for manic episodes leaned yes.

Three readings, each of the grammar of conditions (no topic):

- ``threshold_alternatives``: each alternative of the rule (split at "or") with a threshold on a measure the question
  gives (``cutoffs.threshold_met``) is met where the value meets it and the case states its co-condition (by its
  words, or by a thing the corpus gives as an example of it, ``ExampleOf``), missed where the value misses it or the
  case denies its co-condition ("no comorbidities"); the rule is met where one alternative is, missed where all are,
  and "unstated" where the only alternatives the value meets need a co-condition the case does not state;
- ``state_condition_met``: the case states, negated as the rule's conditional clause states it, a verb the clause
  names of a thing both name ("can't tolerate colistin" and "when colistimethate sodium ... is not tolerated");
- ``scope_denied``: the case denies a state ("not manic") that the rule names for whom it is, undenied.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.abbreviations import learned
from service.answer.cutoffs import threshold_met

Condition = Literal["met", "unmet", "unstated"]
# Whether the corpus gives a thing as an example of a class named by its head noun ("sleep apnoea", "comorbidities"):
# built by the service from the index's chunks (``examples_said``).
ExampleOf = Callable[[str, str], bool]

# What parts a rule's people into alternatives: "BMI >40 or BMI >35 and comorbidities". Grammar.
# Not the "or" of a threshold's own words ("35 or over", "2 or more").
_OR = re.compile(r"\s+or\s+(?!(?:more|above|over|greater|higher|older|longer|less|below|under|fewer|lower|"
                 r"younger)\b)", re.I)
# A co-condition right after a threshold's number and unit: "35 kg/m2 and comorbidities that ...", "30 with
# obesity-related complications", "30 who have poorly controlled diabetes". Grammar of conjunction.
_CO_CONDITION = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|[A-Za-z\u00b5\u03bc][\w/.\u00b5\u03bc]*)?\s*,?\s+"
                           r"(?:(?:(?:and|plus)\s+)?(?:(?:who|that)\s+(?:also\s+)?(?:have|has)|with)|and|plus)\s+"
                           r"(?:(?:an?|the|some|at\s+least\s+one|one\s+or\s+more)\s+)?"
                           r"(?P<co>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,5})", re.I)
# Where a co-condition's noun phrase ends: a relative word, a preposition, a verb or a conjunction ("comorbidities
# that may improve", "complications of obesity"). Grammar.
_PHRASE_ENDS = re.compile(r"^(?:that|which|who|whose|where|when|and|or|but|of|in|for|to|with|at|on|may|might|can|"
                          r"could|should|is|are|was|were|be|been|such|including|like)$", re.I)
# A negator before a state the case denies ("no comorbidities", "not manic", "without complications"), up to
# ``_NEGATED_REACH`` words before it. A closed class of English negation.
_NEGATOR = re.compile(r"^(?:no|not|without|nil|denies|non)$", re.I)
_NEGATED_REACH = 2
# A case's split into the phrases it states ("44M BMI 37, T2DM and sleep apnoea, diet failed"; "but he has type 2
# diabetes"): commas, conjunctions and verbs of having. Grammar.
_CASE_SPLIT = re.compile(r"[,;:()?]|\s[-\u2013\u2014]+\s|\b(?:and|but|with|plus|has|have|had|he|she|they|also|"
                         r"what|if|his|her|their|is|are|was|were|known|now)\b", re.I)
# The most words of a case's phrase that may name a thing the corpus gives as an example ("type 2 diabetes").
_PHRASE_WORDS = 4
# The fewest letters a state's stem must have to be read as denied or named by its stem's opening ("manic" and
# "mania" share "mani"; shorter stems are parts of too many words).
_STATE_LETTERS = 5

# A case that says it cannot take or do a thing: a negated verb and its object ("can't tolerate colistin", "unable
# to swallow tablets", "did not respond to X"). Grammar of negation.
_CASE_NEGATED = re.compile(r"\b(?:can(?:no|['\u2019])t|could(?:n['\u2019]t|\s+not)|unable\s+to|"
                           r"does(?:n['\u2019]t|\s+not)|did(?:n['\u2019]t|\s+not)|not|never|no\s+longer)\s+(?P<verb>[a-z]{4,})\s+"
                           r"(?:to\s+|with\s+|on\s+)?(?:(?:the|his|her|their|any)\s+)?(?P<obj>[a-z][\w\-]{3,})", re.I)
# A rule's conditional clause: what follows "only if", "only when", "when", "if", "where", "in people who", up to the
# sentence's end. Grammar of condition.
_CONDITIONAL = re.compile(r"\b(?:only\s+(?:if|when|where|in|for)|when|if|where|unless|in\s+(?:patients|people|those|"
                          r"adults|children|women|men)\s+(?:who|whose|in\s+whom|for\s+whom))\b(?P<clause>.*)$",
                          re.I | re.S)
# A verb negated in a rule's clause: "is not tolerated", "has not produced", "cannot take". Grammar of negation.
_RULE_NEGATED = r"\b(?:not|n['\u2019]t|never|cannot|unable\s+to)\s+(?:(?:be|been|being|yet)\s+)?{verb}\w*"
# The fewest letters two names of one thing must share from their start, as "pregnant" and "pregnancy" share
# ``case_against``'s seven less one: "colistin" and "colistimethate" share "colisti" (seven); all but the shorter's
# last letter, and at least this many.
_NAME_LETTERS = 6


def _stems(text: str) -> list[str]:
    """The index's stems of ``text``'s words, in order, question words aside."""
    return [t for t in tokenize(text) if t not in QUESTION_WORDS]


def _shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared


def _one_name(a: str, b: str, least: int) -> bool:
    """Whether two stems name one thing: equal, or sharing their first letters, all but the shorter's last and at
    least ``least`` of them."""
    return a == b or _shared_start(a, b) >= max(least, min(len(a), len(b)) - 1)


def _co_head(segment: str) -> str | None:
    """The head noun of the co-condition an alternative joins to its threshold (``_CO_CONDITION``): "comorbidities" of
    "BMI over 35 and comorbidities that ...", the last word before its phrase ends; None for none."""
    m = _CO_CONDITION.search(segment)
    if m is None or segment[:m.start()].count("(") > segment[:m.start()].count(")"):
        return None  # (none, or one inside a bracket that defines a state: "(heart rate <50 with symptoms)")
    words: list[str] = []
    for word in m.group("co").split():
        if _PHRASE_ENDS.match(word):
            break
        words.append(word)
    return words[-1] if words else None


def _denied(question: str, stem: str) -> bool:
    """Whether ``question`` denies a state of ``stem`` ("no comorbidities", "not manic"): a negator at most
    ``_NEGATED_REACH`` words before a word naming it."""
    words = re.findall(r"[A-Za-z][\w\-]*", question)
    for at, word in enumerate(words):
        if _NEGATOR.match(word):
            for after in words[at + 1:at + 1 + _NEGATED_REACH]:
                if any(_one_name(t, stem, _STATE_LETTERS) for t in tokenize(after)):
                    return True
    return False


def _case_phrases(question: str) -> list[str]:
    """The phrases a case states (``_CASE_SPLIT``), of at most ``_PHRASE_WORDS`` words, each also as the long form the
    learned abbreviation lexicon gives a short form of it ("T2DM" -> its commonest long form)."""
    phrases: list[str] = []
    lexicon = learned()
    for part in _CASE_SPLIT.split(question):
        words = part.split()
        if not words or len(words) > _PHRASE_WORDS:
            continue
        phrases.append(" ".join(words))
        if len(words) == 1:
            forms = lexicon.long_forms(words[0])
            if forms:
                phrases.append(max(forms, key=lambda f: forms[f]))
    return phrases


def _co_condition(question: str, head: str, example_of: ExampleOf | None) -> Condition:
    """Whether the case states a co-condition of head noun ``head``: "unmet" where it denies it ("no comorbidities"),
    "met" where it names it, or names a thing the corpus gives as an example of it (``example_of``: "sleep apnoea" of
    "comorbidities"), "unstated" otherwise."""
    stems = tokenize(head)
    if not stems:
        return "unstated"
    stem = stems[-1]
    if _denied(question, stem):
        return "unmet"
    if any(_one_name(t, stem, _STATE_LETTERS) for t in _stems(question)):
        return "met"
    if example_of is not None and any(example_of(phrase, head) for phrase in _case_phrases(question)):
        return "met"
    return "unstated"


def threshold_alternatives(question: str, text: str, example_of: ExampleOf | None = None) -> Condition | None:
    """How the case meets a rule's alternatives of thresholds (``_OR``) on a measure the question gives a value of:
    "met" where it meets one (its threshold, and its co-condition where it has one, ``_co_condition``), "unmet"
    where it misses every one, "unstated" where the only ones its value meets need a co-condition the case leaves
    unsaid; None where no alternative sets a threshold on a measure the question gives."""
    read: list[tuple[Condition, str | None]] = []
    for segment in _OR.split(text):
        met = threshold_met(question, segment)
        if met is not None:
            read.append(("unmet", None) if met == "unmet" else ("met", _co_head(segment)))
    if not read:
        return None
    if len(read) < 2:
        # (A co-condition is read only between alternatives, "BMI >40 or BMI >35 and comorbidities": a lone threshold's
        # "with symptoms" may define the state it names, "bradycardia (heart rate <50 with symptoms)". A lone threshold
        # met is left to ``cutoffs``, which already reads it for the lead and the closest evidence.)
        return "unmet" if read[0][0] == "unmet" else None
    read = [(r if head is None or r == "unmet" else _co_condition(question, head, example_of), head)
            for r, head in read]
    if any(r == "met" for r, _ in read):
        return "met"
    return "unmet" if all(r == "unmet" for r, _ in read) else "unstated"


def main_clause(text: str) -> str:
    """The part of a rule before its conditional clause (``_CONDITIONAL``: "X is recommended ... only if: ... is not
    tolerated"), where that part holds words; the whole rule otherwise. The rule's way is read there: the negations of
    its condition ("is not tolerated") are no advice against the thing."""
    found = _CONDITIONAL.search(text)
    return text[:found.start()] if found is not None and _stems(text[:found.start()]) else text


def state_condition_met(question: str, text: str) -> bool:
    """Whether the case states what a rule's conditional clause (``_CONDITIONAL``) names: a verb the case negates of a
    thing (``_CASE_NEGATED``: "can't tolerate colistin") that the clause negates too (``_RULE_NEGATED``: "is not
    tolerated"), the clause naming the thing by a word of one name (``_one_name``: "colistimethate")."""
    found = _CONDITIONAL.search(text)
    if found is None:
        return False
    clause = found.group("clause")
    clause_stems = _stems(clause)
    for m in _CASE_NEGATED.finditer(question):
        verb = tokenize(m.group("verb"))
        thing = tokenize(m.group("obj"))
        if not verb or not thing or len(verb[0]) < 4:
            continue
        negated = re.search(_RULE_NEGATED.format(verb=re.escape(verb[0][:4])), clause, re.I)
        if negated and any(_one_name(t, thing[0], _NAME_LETTERS) for t in clause_stems):
            return True
    return False


# How far back in its clause a rule's negator reaches the state it denies ("without a history of hormone-dependent
# cancers": six words back), and where a clause of a rule ends. Grammar.
_RULE_NEGATED_REACH = 8
# (Not at a comma: a negator reaches each item of its list, "no hydrocephalus, neurologic symptoms, or seizures".)
_RULE_CLAUSE_END = re.compile(r"[;:.]|\s[-\u2013\u2014]+\s|\b(?:who|which|whose|but|whereas)\b", re.I)


def _negated_in_clause(text: str, word: str) -> bool:
    """Whether every place ``text`` names ``word`` has a negator (``_NEGATOR``) at most ``_RULE_NEGATED_REACH`` words
    before it within its clause (``_RULE_CLAUSE_END``): "women without a history of ... cancers" denies "cancers"."""
    places = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    if not places:
        return False
    for at in places:
        clause = _RULE_CLAUSE_END.split(text[:at])[-1]
        before = re.findall(r"[A-Za-z][\w\-]*", clause)[-_RULE_NEGATED_REACH:]
        if not any(_NEGATOR.match(w) for w in before):
            return False
    return True


# The phrases that say whom or what a rule is for: a preposition of scope and up to ``_SCOPE_WORDS`` words after it,
# to a conjunction, a relative word or a verb of need ("for treating severe manic episodes in adolescents"; not "women
# ... need effective contraception", a requirement the case may lack). Not a state the rule keeps away ("to prevent
# delirium", "for the prevention of delirium"): that is for people without it, as a case denying it is. Grammar.
_SCOPE_WORDS = 6
_FOR_WHOM = re.compile(r"\b(?:for|in|among|with|to\s+(?:treat|manage))\s+(?!(?:the\s+)?(?:prevention|prophylaxis)\b)"
                       r"(?P<whom>(?:(?!(?:and|or|but|because|who|whom|which|that|need|needs|"
                       r"must|should|may|can|is|are)\b)[A-Za-z][\w\-]*\s*){1,%d})" % _SCOPE_WORDS, re.I)


def scope_denied(question: str, text: str, thing: frozenset[str]) -> bool:
    """Whether the case denies a state ("currently depressed, not manic") that the rule names for whom it is
    (``_FOR_WHOM``), undenied there ("for treating manic episodes"): a word of ``_STATE_LETTERS`` letters at least,
    not of the asked ``thing``, that the case negates (``_denied``) and the rule names somewhere with no negator before
    it in its clause (``_negated_in_clause``: "for women without a history of ... cancers" is for a case with "no
    cancer")."""
    scope = " ".join(m.group("whom") for m in _FOR_WHOM.finditer(text))
    for word in dict.fromkeys(re.findall(r"[A-Za-z][\w\-]*", scope)):
        for stem in tokenize(word):
            if len(stem) < _STATE_LETTERS or stem in thing or stem in QUESTION_WORDS:
                continue
            if _negated_in_clause(text, word):
                continue
            if _denied(question, stem):
                return True
    return False


# Words of a grade on a scale (of risk, severity, likelihood): a closed class. A rule's conditional clause that names
# some of them ("if their risk rose to moderate or high") is for cases of those grades; a case that gives the same
# measure another grade ("low risk") is not one of them. Grammar of graded states.
_GRADES = frozenset(("low", "intermediate", "moderate", "high", "mild", "severe", "minimal", "poor"))
# How many words either side of a grade name the measure it grades ("gizmo risk rose to moderate", "a low
# gizmo risk"): in the rule's clause, and in the case.
_GRADED_REACH_RULE = 3
_GRADED_REACH_CASE = 2


def _graded(text: str, reach: int) -> list[tuple[str, frozenset[str], bool]]:
    """Each grade word ``text`` names (``_GRADES``) with the stems of the ``reach`` content words either side of it
    (words of no stem, "of", "to", not counted; less other grade words and question words: the measure it grades), and
    whether a negator stands just before it ("not low risk")."""
    words = re.findall(r"[A-Za-z][\w\-]*", text)
    content = [(at, frozenset(tokenize(w)) - QUESTION_WORDS) for at, w in enumerate(words)
               if w.lower() not in _GRADES and tokenize(w)]
    found = []
    for at, word in enumerate(words):
        if word.lower() not in _GRADES:
            continue
        before = [stems for i, stems in content if i < at][-reach:]
        after = [stems for i, stems in content if i > at][:reach]
        negated = any(_NEGATOR.match(w) for w in words[max(0, at - _NEGATED_REACH):at])
        found.append((word.lower(), frozenset().union(*before, *after), negated))
    return found


def stated_grades(text: str) -> frozenset[str]:
    """The grade words ``text`` names (``_GRADES``)."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in _GRADES)


def grade_condition_unmet(question: str, text: str) -> bool:
    """Whether a rule's conditional clause (``_CONDITIONAL``) holds it only for some grades of a measure ("... repeated
    if their gizmo risk rose to moderate or high") and the case states that measure at another grade ("low gizmo
    risk"), undenied, and at none of the clause's grades of it: the rule is for cases the asked one is not, and its way
    is none for it. The measure is a word of at least ``_STATE_LETTERS`` letters less one beside the case's grade that
    the clause names beside its grades."""
    found = _CONDITIONAL.search(text)
    if found is None:
        return False
    ruled = [(g, near) for g, near, negated in _graded(found.group("clause"), _GRADED_REACH_RULE) if not negated]
    if not ruled:
        return False
    stated = _graded(question, _GRADED_REACH_CASE)
    for grade, near, negated in stated:
        measure = frozenset(t for t in near if len(t) >= _STATE_LETTERS - 1)
        grades = frozenset(g for g, n in ruled if n & measure)  # the clause's grades of that measure
        if negated or not grades or grade in grades:
            continue
        if not any(g in grades and not n for g, m, n in stated if m & measure):
            return True
    return False


# A rule's own exception ("... unless ...", "except in ..."), which the case may fall in: its condition met says
# nothing of whether the exception holds, so it gives no way. Grammar.
_EXCEPTED = re.compile(r"\b(?:unless|except)\b", re.I)


def rule_condition(question: str, text: str, thing: frozenset[str] = frozenset(),
                   example_of: ExampleOf | None = None) -> Condition | None:
    """How the case meets the condition of the rule ``text``: its thresholds' alternatives first
    (``threshold_alternatives``), then a state its conditional clause names ("met", ``state_condition_met``), then a
    state of its scope the case denies ("unmet", ``scope_denied``); None where none of them reads it."""
    alternatives = threshold_alternatives(question, text, example_of)
    if alternatives is not None:
        return None if alternatives == "met" and _EXCEPTED.search(text) else alternatives
    if state_condition_met(question, text) and not _EXCEPTED.search(text):
        return "met"
    if scope_denied(question, text, thing) or grade_condition_unmet(question, text):
        return "unmet"
    return None


# A class noun, then within one clause a bracket of its examples: "comorbidities that require care (e.g., A, B or
# C)", "complications (for example A)". Hearst's pattern of examples in brackets. Grammar.
_EXAMPLES_AFTER = (r"\b{kind}s?\b[^.;()]{{0,80}}\(\s*(?:e\.\s?g\.?|eg|for\s+example|such\s+as|including|i\.e\.?)"
                   r"\s*[,:]?[^)]*?\b{thing}\b")


def examples_said(thing: str, kind: str, chunks: list[str]) -> bool:
    """Whether one of ``chunks`` gives ``thing`` among the examples a bracket lists for a class whose head noun is
    ``kind`` (``_EXAMPLES_AFTER``: "comorbidities ... (e.g., sleep apnoea, ...)")."""
    head = kind.lower()
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    words = thing.split()
    if not words:
        return False
    pattern = re.compile(_EXAMPLES_AFTER.format(kind=re.escape(head), thing=r"\s+".join(map(re.escape, words))),
                         re.I)
    return any(pattern.search(chunk) for chunk in chunks)
