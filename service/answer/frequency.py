"""How often a thing is taken, read as doses a day, so that a question on one schedule is not answered "yes" by
advice on another ("Should oral iron be taken three times a day?" above "A single daily dose or alternate-day dosing
of oral iron is recommended ...").

"three times a day" is 3, "twice daily" 2, "a single daily dose" and "once a day" 1, "alternate-day dosing" and "every
other day" 0.5, "once weekly" 1/7. Grammar of frequency, no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache

_TIMES = {"once": 1.0, "single": 1.0, "twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0}
_PERIOD_DAYS = {"day": 1.0, "daily": 1.0, "week": 7.0, "weekly": 7.0, "month": 30.0, "monthly": 30.0}
# "N times a day", "twice daily", "once weekly", "a single daily dose".
_SCHEDULE = re.compile(r"\b(?P<n>once|twice|single|(?:two|three|four|five|six|\d+)\s+times)\s+"
                       r"(?:(?:a|an|per|each|every)\s+(?P<p>day|week|month)\b|(?P<q>daily|weekly|monthly)\b)", re.I)
# "alternate-day dosing", "on alternate days", "every other day".
_EVERY_OTHER_DAY = re.compile(r"\balternate[- ]days?\b|\bevery\s+other\s+day\b", re.I)


@lru_cache(maxsize=20_000)
def per_day(text: str) -> frozenset[float]:
    """The schedules a text states, each as doses a day."""
    found: set[float] = set()
    for m in _SCHEDULE.finditer(text):
        count = m.group("n").lower().split()[0]
        times = float(count) if count.isdigit() else _TIMES[count]
        found.add(round(times / _PERIOD_DAYS[(m.group("p") or m.group("q")).lower()], 4))
    if _EVERY_OTHER_DAY.search(text):
        found.add(0.5)
    return frozenset(found)


def on_other_schedule(question: str, statement: str) -> bool:
    """Whether a question asks of a schedule (``per_day``) and the statement states schedules, none of them the
    asked one: what the statement advises or found is of another schedule."""
    asked = per_day(question)
    stated = per_day(statement)
    return bool(asked and stated and not asked & stated)
