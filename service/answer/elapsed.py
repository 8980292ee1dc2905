"""The time since an event a question gives its case ("raped 4 days ago", "presents on day 4", "seen yesterday"), and
the windows of time since an event a statement sets ("within 72 hours", "no later than 5 days after the exposure",
"after the time required (5 days)", "96–120 hours ago"), both in hours, so that one is read against the other.

Session 66's blind test: "she presents on day 4 - still start PEP?" was answered from "offer PEP to people presenting
within 72 hours" as if it applied (four days are 96 hours), and "raped 4 days ago - still worth giving EC?" led with
the rule for a woman presenting once the (5-day) window for emergency contraception had closed. The case's time and
the statement's window are on one measure, time since the event, whatever words name the event ("raped" and "sexual
assault", "exposure"), and in units that differ (days and hours): both are read here as hours, under one name
(``ELAPSED``) that ``cutoffs`` compares as it compares any measure. Grammar of time and of comparison; no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from service.answer.bounds import NUMBER_WORDS

# The name both sides give the measure, time since the event: no word of English, so no other measure shares it.
ELAPSED = "time-since-event"

# Hours in a unit of time (a month as a twelfth of a year of 365 days), the units' forms a closed class of English.
_HOURS = {"minute": 1 / 60, "min": 1 / 60, "hour": 1.0, "hr": 1.0, "h": 1.0, "day": 24.0, "week": 168.0,
          "wk": 168.0, "month": 730.0, "year": 8760.0}
_UNIT = r"(?P<unit>minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)(?![\w/])"
_COUNT = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
# What anchors a count of time to an event it is counted from: "4 days after the assault", "72 hours of exposure",
# "3 days post-op", "10 days since", "2 weeks ago" (a closed class of English prepositions of time).
_FROM_EVENT = r"(?:after|since|following|from|of|post\b|post-|ago\b)"

# A question's time since its event: "4 days ago", "about 100 hours ago", "10 days after lifting", "3 days post-op",
# "on day 4", "day 2 after surgery", "yesterday". Not "for 3 days" (a course or a symptom's length) nor "in 3 weeks"
# (time to come).
_ASKED_AGO = re.compile(rf"(?<![\w.\-]){_COUNT}\s*-?\s*{_UNIT}\s+(?:ago\b|previously\b|earlier\b|since\b|after\b|"
                        rf"post\b|post-|following\b)", re.I)
_ASKED_DAY = re.compile(r"(?<![\w\-])day\s+(?P<n>\d{1,3})(?![\w.\-/])", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)

Direction = Literal["le", "lt", "gt", "in"]
Window = tuple[Direction, float, float | None]  # direction, limit in hours, and the upper end of a range

# A window a statement sets (each count of time read in hours):
# - up to a limit: "within (the first|the last) 72 hours", "no later than 72 hours", "up to 5 days after",
#   "before 72 hours", "less than 48 hours after";
# - past a limit: "more than 72 hours after", "beyond 5 days", "later than 72 hours", "after 72 hours",
#   "after the window allowed for the morning remedy (5 days)";
# - a range since the event: "96–120 hours ago", "between 72 and 120 hours after".
_WITHIN = re.compile(rf"\b(?:within|no\s+later\s+than)\s+(?:the\s+)?(?:(?:first|last|past|"
                     rf"previous|initial)\s+)?{_COUNT}\s*-?\s*{_UNIT}", re.I)
_UP_TO = re.compile(rf"\b(?:up\s+to|less\s+than|fewer\s+than|under)\s+{_COUNT}\s*-?\s*{_UNIT}\s+{_FROM_EVENT}", re.I)
_BEFORE = re.compile(rf"\bbefore\s+{_COUNT}\s*-?\s*{_UNIT}", re.I)
_PAST = re.compile(rf"\b(?:(?<!\bno\s)(?<!\bnot\s)(?:more|longer|later|greater)\s+than|beyond|after)\s+{_COUNT}"
                   rf"\s*-?\s*{_UNIT}"
                   rf"(?!\s+(?:of\s+)?(?:treatment|therapy|use|follow-up|course)\b)", re.I)
# ("over" and a symbol only before a time counted from its event: "over 2 weeks" alone is how long a thing goes on.)
_PAST_ANCHORED = re.compile(rf"(?:\bover|>|≥)\s*{_COUNT}\s*-?\s*{_UNIT}\s+{_FROM_EVENT}", re.I)
# "after the time required for X (5 days)": a limit named in words, its count in brackets a few words on.
_PAST_NAMED = re.compile(rf"\b(?:after|beyond|outside)\s+the\s+(?:time|window|period)\b[^.;()]{{0,60}}?\(\s*{_COUNT}"
                         rf"\s*-?\s*{_UNIT}", re.I)
_RANGE = re.compile(rf"(?:\bbetween\s+)?(?<![\w.\-])(?P<a>\d+(?:\.\d+)?)\s*(?:-|\u2013|to|and)\s*{_COUNT}\s*-?\s*"
                    rf"{_UNIT}\s+{_FROM_EVENT}", re.I)


# Each reading of a window and the direction it sets.
_READINGS: dict[re.Pattern[str], Direction] = {_WITHIN: "le", _UP_TO: "le", _BEFORE: "lt", _PAST: "gt",
                                               _PAST_ANCHORED: "gt", _PAST_NAMED: "gt"}


def _hours(count: str, unit: str) -> float:
    """A count and a unit of time in hours ("4", "days" -> 96.0; "five", "days" -> 120.0)."""
    n = float(count) if count[0].isdigit() else float(NUMBER_WORDS[count.lower()])
    unit = unit.lower()
    return n * _HOURS[unit[:-1] if unit.endswith("s") and unit[:-1] in _HOURS else unit]


@lru_cache(maxsize=4_096)
def asked_elapsed(question: str) -> float | None:
    """The time since its event a question gives its case, in hours ("raped 4 days ago" -> 96, "on day 4" -> 96,
    "yesterday" -> 24), the first it names; None where it names none."""
    found = [(m.start(), _hours(m.group("n"), m.group("unit"))) for m in _ASKED_AGO.finditer(question)]
    found += [(m.start(), _hours(m.group("n"), "day")) for m in _ASKED_DAY.finditer(question)]
    found += [(m.start(), 24.0) for m in _YESTERDAY.finditer(question)]
    return min(found)[1] if found else None


@lru_cache(maxsize=20_000)
def windows(text: str) -> frozenset[Window]:
    """The windows of time since an event a statement sets, in hours: ("le", 72, None) of "within 72 hours",
    ("gt", 120, None) of "after the window allowed for the morning remedy (5 days)", ("in", 96, 120) of "96–120
    hours ago". A count inside a range is read as the range only."""
    found: set[Window] = set()
    ranges = list(_RANGE.finditer(text))
    for m in ranges:
        low, high = _hours(m.group("a"), m.group("unit")), _hours(m.group("n"), m.group("unit"))
        if low < high:
            found.add(("in", low, high))
    in_range = [range(m.start(), m.end()) for m in ranges]
    for pattern, direction in _READINGS.items():
        for m in pattern.finditer(text):
            if not any(m.start("n") in r for r in in_range):
                found.add((direction, _hours(m.group("n"), m.group("unit")), None))
    return frozenset(found)


def without_windows(text: str) -> str:
    """``text`` with the words of its windows of time blanked out ("If a person presents after the time allowed for
    gizmo (48 hours), offer wound care" -> "If a person presents , offer wound care"): what it says besides its
    windows, for a thing named only in a window's name ("the time allowed for gizmo") is not what it advises."""
    for pattern in (*_READINGS, _RANGE):
        text = pattern.sub(" ", text)
    return text


def _holds(window: Window, hours: float) -> bool:
    """Whether a time since the event (hours) lies inside a window."""
    direction, limit, upper = window
    if direction == "in":
        return limit <= hours <= (upper if upper is not None else limit)
    return {"le": hours <= limit, "lt": hours < limit, "gt": hours > limit}[direction]


def holds_all(found: frozenset[Window], hours: float) -> bool:
    """Whether a time since the event lies inside every one of a statement's windows (``found``, some)."""
    return bool(found) and all(_holds(w, hours) for w in found)


def past_every_window(question: str, text: str) -> bool:
    """Whether the case's time since its event (``asked_elapsed``) is past every window a statement sets, each a limit
    up to which ("within 48 hours of the bite", "no later than 72 hours"): advice given up to a time the case is past,
    which is advice not for it, a no to doing the thing now."""
    hours, found = asked_elapsed(question), windows(text)
    return (hours is not None and bool(found)
            and all(w[0] in ("le", "lt") and not _holds(w, hours) for w in found))
