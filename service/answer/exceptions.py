"""Advice with an exception that names the case asked about.

"Clinicians should consider whether a direct oral anticoagulant is a suitable alternative when a patient on warfarin
has unstable INR values, unless warfarin is specifically required, such as with a mechanical heart valve" advises a
switch for most patients and excepts some: for "Should a patient on warfarin for a mechanical heart valve be switched
to a DOAC ...?" its advice is the other way. An exception is read from English grammar: "unless", "except",
"other than", "apart from" or "excluding" and what follows in its clause, each example it gives ("such as ...",
"for example ...") a case of its own. No pattern here names a medical topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.bounds import ABOVE, BELOW
from service.answer.concepts import QUESTION_WORDS
from service.answer.models import Verdict
from service.answer.polarity import as_asked, stance
from service.answer.routing import GUIDELINE_ADVICE, RECOMMENDATION

# An exception, from its word to the end of its clause (a comma does not end it: "unless X is required, such as with
# Y" names Y as a case of X).
_EXCEPTION = re.compile(r"\b(?:unless|except|other\s+than|apart\s+from|excluding)\b(?P<case>[^;.:!?]*)", re.I)
# Where an exception names its cases by example: each part is a case ("X is required", "with Y").
_EXAMPLES = re.compile(r",?\s*\b(?:such\s+as|for\s+example|for\s+instance|e\.\s?g\.|including|as\s+in)\b|,", re.I)
# What a question names only to deny it ("a patient without a mechanical valve", "no history of Y", "not pregnant"):
# the word and up to four words after it, which name no case asked of.
_DENIED = re.compile(r"\b(?:without|no|not|non)\b(?:\s+[\w\-]+){1,4}", re.I)
# The least a statement's own advice (outside its exception) must share with the question for the exception to be an
# exception to what was asked: two terms (what is advised and of whom), not one word in common.
MIN_SHARED = 2
# Who gives advice ("Clinicians should consider ..."): no word of what the advice is about, so none of the terms the
# rest must share with the question ("Should clinicians ask a patient on warfarin with a mechanical heart valve about
# supplements?" shares only them and "warfarin" with advice to consider switching, and was answered by its exception).
_ADVISERS = frozenset(tokenize("clinicians doctors physicians prescribers nurses pharmacists"))


def excepted_case(question: str, text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a statement excepts the case the question asks about: a part of its exception (``_EXCEPTION``, split
    into its examples, ``_EXAMPLES``) whose every term the question names, not in a denial (``_DENIED``), at least one
    of them not named by the rest of the statement (the case it sets apart, not what the advice is about), while that
    rest shares ``MIN_SHARED`` terms with the question. "... unless warfarin is specifically required, such as with a
    mechanical heart valve" excepts "a patient on warfarin for a mechanical heart valve"; not a patient "without a
    mechanical heart valve". ``names``: terms of other names of what the question asks about, counted as asked
    ("direct oral anticoagulant" of "DOAC")."""
    found = _EXCEPTION.search(text)
    if found is None:
        return False
    asked = (frozenset(tokenize(_DENIED.sub(" ", question))) | names) - QUESTION_WORDS
    rest = frozenset(tokenize(text[:found.start()] + " " + text[found.end():])) - QUESTION_WORDS - _ADVISERS
    if len(rest & asked) < MIN_SHARED:
        return False
    said = list(tokenize(_DENIED.sub(" ", question)))
    for part in _EXAMPLES.split(found.group("case")):
        case = frozenset(tokenize(part)) - QUESTION_WORDS
        if case and (case <= asked or _named_short(part, said)) and case - rest:
            return True
    return _bound_met(found.group("case"), question)


# A bound an exception sets on a measure ("... diagnosed before 25 weeks", "... fasting glucose levels >110 mg/dL"):
# the word of the measure or unit it is set on, the way it points (``bounds``' words and signs of comparison, with the
# words of time that bound a span: "before", "after"), and the limit.
_ABOVE = rf"(?:{ABOVE}|after)"
_EXCEPTION_BOUND = re.compile(rf"(?P<noun>[A-Za-z]+)(?:\s+(?:levels?|values?|of))?\s*"
                              rf"(?P<way>{_ABOVE}|{BELOW}|before)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[A-Za-z]+)?", re.I)
# A value a question gives: a number after its measure's word, within two words ("fasting glucose 118", "QTc 515 ms"),
# or before its unit ("at 22 weeks").
_GIVEN = r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])"


def _bound_met(case: str, question: str) -> bool:
    """Whether a value the question gives meets a bound the exception sets (``_EXCEPTION_BOUND``): the same unit after
    it ("22 weeks" for "before 25 weeks") or the bound's measure word within two words before it ("fasting glucose 118"
    for "glucose levels >110 mg/dL"). "... is a suitable alternative ... except for those diagnosed before 25 weeks and
    those with fasting glucose levels >110 mg/dL, in which case insulin is preferred" excepts a case diagnosed at 22
    weeks with a fasting glucose of 118, which names none of the exception's words but its values."""
    for bound in _EXCEPTION_BOUND.finditer(case):
        limit, lower = float(bound.group("n")), re.fullmatch(_ABOVE, bound.group("way"), re.I) is not None
        unit, noun = (bound.group("unit") or "").lower(), bound.group("noun").lower()
        for value in _values_of(question, noun, unit):
            if (value > limit) if lower else (value < limit):
                return True
    return False


def _values_of(question: str, noun: str, unit: str) -> list[float]:
    """The values ``question`` gives of a measure: numbers its unit's word follows (its first three letters, "wks" of
    "weeks" aside, as written), or that follow within two words its measure's word."""
    found = []
    stem = next(iter(tokenize(noun)), "")
    for m in re.finditer(_GIVEN, question):
        after = question[m.end():m.end() + 12].strip(" -").lower()  # ("31-year-old": its unit after the hyphen)
        before = tokenize(question[max(0, m.start() - 40):m.start()])[-2:]
        if (unit and len(unit) >= 3 and after[:3] == unit[:3]) or (stem and stem in before):
            found.append(float(m.group(1)))
    return found


def _named_short(part: str, said: list[str]) -> bool:
    """Whether the question names a case of three words or more less one word inside it, in its order ("a mechanical
    valve" of "with a mechanical heart valve"; not "severe kidney failure" of "severe heart failure": a word changed,
    not left out)."""
    case = list(tokenize(part))  # (every word: "mechanical" shares its stem with the question word "mechanism")
    runs = {tuple(said[i:i + len(case) - 1]) for i in range(len(said))}
    return len(case) >= 3 and any(tuple(case[:i] + case[i + 1:]) in runs for i in range(1, len(case) - 1))


def on_exception(question: str, verdict: Verdict | None, statements: list[str],
                 names: frozenset[str] = frozenset()) -> Verdict | None:
    """The verdict on a question about the case a statement's advice excepts (``excepted_case``): advice for
    something ("should consider X ... unless Y") does not hold for Y, a "no" to it there (as asked,
    ``polarity.as_asked``); advice against it ("X is not recommended unless Y") is lifted for Y without saying X is
    then advised, "uncertain". The first statement with such an exception decides; a statement without advice
    (``routing.RECOMMENDATION``, ``routing.GUIDELINE_ADVICE``) excepts nothing. Uncertain and insufficient stay.
    ``names``: as ``excepted_case`` takes them."""
    if verdict not in ("yes", "no"):
        return verdict
    for text in statements:
        if not (RECOMMENDATION.search(text) or GUIDELINE_ADVICE.search(text)) or not excepted_case(question, text,
                                                                                                   names):
            continue
        advice = _EXCEPTION.sub("", text)
        return "uncertain" if stance(advice) == "against" else as_asked(question, "no")
    return verdict


def excepting_advice(question: str, statements: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """The index of the first statement whose advice for something excepts the case the question asks about
    (``excepted_case``: "Clinicians should consider whether a direct oral anticoagulant is a suitable alternative ...,
    unless warfarin is specifically required, such as with a mechanical heart valve" for "Can a DOAC be used instead of
    warfarin in a patient with a mechanical heart valve?"), where the advice itself is not against it; None where none
    does. Such a statement says "no" there, as ``on_exception`` reads it, even where it was quoted as closest evidence
    only: the case it sets apart is what makes it no direct answer. ``names``: as ``excepted_case`` takes them."""
    for n, text in enumerate(statements):
        if ((RECOMMENDATION.search(text) or GUIDELINE_ADVICE.search(text)) and excepted_case(question, text, names)
                and stance(_EXCEPTION.sub("", text)) != "against"):
            return n
    return None
