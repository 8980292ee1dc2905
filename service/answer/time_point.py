"""The time point a question asks at, and the sentences of a statement that speak of it.

"Does lavage still give better function than a steroid injection after five years?" is answered by "Longer follow-up
of that trial found no significant difference between the groups at about five years", not by the one-year result
the same statement opens with. A time point is a count and a unit of time ("at one year", "after 5 years", "at about
six weeks", "12-month"): grammar, no topic named.
"""
from __future__ import annotations

import re
from functools import lru_cache

from service.answer.anaphora import leans_back
from service.answer.evidence import SENTENCE_END

_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNITS = {"day": 1.0, "week": 7.0, "month": 365 / 12, "year": 365.0}  # in days, so that 12 months is one year
# A count and a unit of time, as a time point or a length ("at one year", "five years", "12-month", "six weeks"); not
# an age ("under 2 years", "older than 6 months", "aged 65 years", "6 months old", "65 years of age").
_AGE_BEFORE = "".join(rf"(?<!\b{w} )" for w in ("under", "over", "aged", "than", "age", "ages"))
_TIME = re.compile(rf"{_AGE_BEFORE}\b(?P<n>\d+|{'|'.join(_NUMBERS)})[\s\-]+(?P<unit>day|week|month|year)s?\b"
                   r"(?![\s\-]+(?:old|of\s+age)\b)", re.I)


@lru_cache(maxsize=20_000)
def time_points(text: str) -> frozenset[int]:
    """The time points a text names (``_TIME``), each in whole days (a year as 365, a month as a twelfth of it).
    Remembered per text: asked of each sentence of the statements an answer weighs, the same ones question after
    question, and its pattern (six look-behinds at each word) was among the dearest scans of an answer."""
    return frozenset(_days(m) for m in _TIME.finditer(text))


def _days(m: re.Match[str]) -> int:
    """A count and unit of time (``_TIME``) in whole days (a year as 365, a month as a twelfth of it)."""
    n = m.group("n").lower()
    return round((int(n) if n.isdigit() else _NUMBERS[n]) * _UNITS[m.group("unit").lower()])


def at_asked_time(question: str, text: str) -> str:
    """The sentences of a statement that speak of the time point the question asks at: where the question names one
    (``time_points``) and the statement has a sentence naming it and another naming only other time points, the
    statement less the latter ("A trial found X better at one year. Longer follow-up found no significant difference
    at about five years." read for "... after five years?" is its second sentence). The whole statement otherwise:
    a statement that names no time point, or none of the asked one, still speaks of what was asked."""
    asked = time_points(question)
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    named = [time_points(s) for s in sentences]
    if not asked:
        # No time point asked: a statement that reports a result, then the same study's result at another time point
        # in a sentence pointing back to it ("At one year, X was better. Longer follow-up of the same trial at about
        # five years found no difference"), is read at its first, as its study's main result ("Is barbotage better
        # than a steroid injection?" stays "Yes" at one year; the bottom line quotes both).
        first = next((k for k, points in enumerate(named) if points), None)
        later = next((k for k in range(len(sentences)) if first is not None and k > first and named[k]
                      and not named[k] & named[first] and leans_back(sentences[k])), None)
        return " ".join(sentences[:later]) if later is not None else text
    if not any(points & asked for points in named):
        return text
    kept = [s for s, points in zip(sentences, named) if not points or points & asked]
    return " ".join(kept) if len(kept) < len(sentences) else text


# What says a count of time is a course's length: "a course of five days", "a five-day course" (not "for five days",
# which may be how long anything goes on).
# Grammar, no topic.
_COURSE_BEFORE = re.compile(r"\b(?:course|courses|duration|treatment)\s+of\s+(?:(?:about|around|at\s+least|only)\s+)?$",
                            re.I)
_COURSE_AFTER = re.compile(r"^[\s\-]*(?:\w+\s+)?(?:course|courses|regimen)\b", re.I)


def course_lengths(text: str) -> frozenset[int]:
    """The lengths of a course a text states ("A total antibiotic course of five days", "a five-day course"), each
    in whole days as ``time_points`` counts them: when a course given as advised ends."""
    return frozenset(_days(m) for m in _TIME.finditer(text)
                     if _COURSE_BEFORE.search(text[:m.start()]) or _COURSE_AFTER.match(text[m.end():]))


def course_ends_as_asked(question: str, text: str) -> bool:
    """Whether a statement gives a course's length (``course_lengths``) that is the time the question asks at ("A
    total antibiotic course of five days ..." for "... stop antibiotics after five days?"): advice on the course is
    then advice on stopping at its end, as asked, not its reverse."""
    return bool(time_points(question) & course_lengths(text))

