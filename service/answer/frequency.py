"""How often a thing is taken, read as doses a day, so that a question on one schedule is not answered "yes" by
advice on another ("Should oral iron be taken three times a day?" above "A single daily dose or alternate-day dosing
of oral iron is recommended ...").

"three times a day" is 3, "twice daily" and "once-daily" 2 and 1, "a single daily dose" and "once a day" 1,
"alternate-day dosing" and "every other day" 0.5, "once weekly" and "weekly" 1/7, "monthly" 1/30, "every 8 hours" 3,
"every 4 weeks" 1/28, and a day's amount "given in three divided doses" (or "divided into three doses") 3. Schedules
within a tenth of each other are the same one. Grammar of frequency, no topic.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS

_TIMES = {"once": 1.0, "single": 1.0, "twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0}
_PERIOD_DAYS = {"hour": 1 / 24, "day": 1.0, "daily": 1.0, "week": 7.0, "weekly": 7.0, "month": 30.0, "monthly": 30.0}
_COUNT = r"two|three|four|five|six|\d+"
# "N times a day", "twice daily", "once-daily", "once weekly", "a single daily dose".
_SCHEDULE = re.compile(r"\b(?P<n>once|twice|single|(?:" + _COUNT + r")\s+times)[\s-]+"
                       r"(?:(?:a|an|per|each|every)\s+(?P<p>day|week|month)\b|(?P<q>daily|weekly|monthly)\b)", re.I)
# A day's amount split into doses: "given in three divided doses", "usually divided into three doses".
_DIVIDED = re.compile(r"\b(?:(?P<n>" + _COUNT + r")\s+divided\s+doses|divided\s+into\s+(?P<m>" + _COUNT +
                      r")\s+doses)\b", re.I)
# A dose divided without a count ("divides the dose through the day", "in divided doses"): more than one a day, how
# many unsaid.
_DIVIDED_UNCOUNTED = re.compile(r"\bdivid(?:e|es|ed|ing)\s+(?:the\s+|a\s+|its\s+)?(?:daily\s+|total\s+)?doses?\b|"
                                r"\bdivided\s+doses\b", re.I)
# "weekly" or "monthly" alone ("checked weekly", "monthly injections") is once in that period; "daily" alone is not
# read, as it names a day's amount as often as a schedule ("45 mg daily, in three divided doses").
_ONCE_IN = re.compile(r"\b(?P<q>weekly|monthly)\b", re.I)
# "every 8 hours", "every 4 weeks", "every week": once in each such period. Not "every day", which names a day's amount
# as "daily" does, nor a range ("every 3 to 6 months"), which a single schedule asked may lie within.
_EVERY = re.compile(r"\bevery\s+(?:(?P<n>" + _COUNT + r")\s+(?P<p>hour|day|week|month)s?|(?P<q>week|month))\b", re.I)
# A question on how often a thing is given or done: a verb of giving, taking or checking before its schedule ("Should X
# be taken three times a day?", "Is the INR checked every 3 months?"), not a schedule of something else ("an adult
# with asthma symptoms twice a month"). Grammar of dosing and monitoring, no topic.
_GIVEN_AS = re.compile(r"\b(?:take|taken|give|given|use|used|check|checked|dose|dosed|administer(?:ed)?|prescribe[d]?|"
                       r"measure[d]?|monitor(?:ed)?|repeat(?:ed)?|inject(?:ed)?|apply|applied)\b(?:\s+[\w-]+){0,6}?\s+"
                       r"(?:in\s+|on\s+)?(?:once|twice|single|\w+\s+times|\w+\s+divided|every|weekly|monthly|alternate)\b",
                       re.I)
# Words that deny or set aside what a statement names: a schedule it names may be the one it advises against.
_DENIAL = re.compile(r"\b(?:not|no|never|nor|avoid(?:ed)?|rather\s+than|instead\s+of)\b|n't\b", re.I)
# "alternate-day dosing", "on alternate days", "every other day".
_EVERY_OTHER_DAY = re.compile(r"\balternate[- ]days?\b|\bevery\s+other\s+day\b", re.I)


def _count(word: str) -> float:
    return float(word) if word.isdigit() else _TIMES[word.lower()]


@lru_cache(maxsize=20_000)
def per_day(text: str) -> frozenset[float]:
    """The schedules a text states, each as doses a day."""
    found: set[float] = set()
    counted: list[tuple[int, int]] = []  # spans of "N times ..." read, whose "weekly" is not read again alone
    for m in _SCHEDULE.finditer(text):
        times = _count(m.group("n").split()[0])
        found.add(round(times / _PERIOD_DAYS[(m.group("p") or m.group("q")).lower()], 4))
        counted.append(m.span())
    for m in _ONCE_IN.finditer(text):
        if not any(start <= m.start() < end for start, end in counted):
            found.add(round(1 / _PERIOD_DAYS[m.group("q").lower()], 4))
    for m in _EVERY.finditer(text):
        if m.group("q"):
            found.add(round(1 / _PERIOD_DAYS[m.group("q").lower()], 4))
            continue
        found.add(round(1 / (_count(m.group("n")) * _PERIOD_DAYS[m.group("p").lower()]), 4))
    for m in _DIVIDED.finditer(text):
        found.add(_count(m.group("n") or m.group("m")))
    if _EVERY_OTHER_DAY.search(text):
        found.add(0.5)
    return frozenset(found)


# Two schedules within a tenth of each other are one: "every 4 weeks" and "monthly", "every 12 hours" and "twice a day".
_SAME = 0.1


def _shares(asked: frozenset[float], stated: frozenset[float]) -> bool:
    """Whether a text states one of the asked schedules (``_SAME``)."""
    return any(abs(a - s) <= _SAME * max(a, s) for a in asked for s in stated)


def on_other_schedule(question: str, statement: str) -> bool:
    """Whether a question asks of a schedule (``per_day``) and the statement states schedules, none of them the
    asked one: what the statement advises or found is of another schedule."""
    asked = per_day(question)
    stated = per_day(statement)
    return bool(asked and stated and not _shares(asked, stated))


def _unscheduled_terms(text: str) -> frozenset[str]:
    """A text's terms outside its schedules and question words: what a schedule is stated of ("INR", "checked",
    "vitamin K supplement" of "Should the INR be checked once a month after starting a vitamin K supplement?")."""
    for pattern in (_SCHEDULE, _DIVIDED, _ONCE_IN, _EVERY, _EVERY_OTHER_DAY):
        text = pattern.sub(" ", text)
    return frozenset(tokenize(text)) - QUESTION_WORDS


@dataclass(frozen=True)
class _Scheduled:
    """The statements a schedule asked of is read from, each with how many of the question's terms outside its
    schedule it names (``_unscheduled_terms``): those stating a schedule, and the texts of all of them."""
    asked: frozenset[float]
    texts: tuple[str, ...]
    scheduled: tuple[str, ...]
    named: dict[str, int]

    def most_named(self) -> str | None:
        """The scheduled statement naming most of the question (the first of equals)."""
        return max(self.scheduled, key=lambda text: self.named[text], default=None)


def _scheduled(question: str, close: Sequence[str], further: Sequence[str]) -> _Scheduled | None:
    """The ``close`` statements (those a verdict rests on) and the ``further`` ones (the other ranked statements) that
    name at least as many of the question's terms outside its schedule as any close one does; None when the question
    asks of no schedule."""
    asked = per_day(question)
    if not asked:
        return None
    terms = _unscheduled_terms(question)
    named = {text: len(terms & _unscheduled_terms(text)) for text in (*close, *further)}
    floor = max((named[text] for text in close), default=0)
    texts = (*close, *(text for text in further if named[text] >= floor))
    return _Scheduled(asked, texts, tuple(text for text in texts if per_day(text)), named)


def other_schedule_statement(question: str, close: Sequence[str], further: Sequence[str]) -> str | None:
    """The statement that says a thing the question asks of a schedule is given or done on another: of the
    statements ``_scheduled`` reads, the one stating a schedule that names most of the question, when none of them
    states the asked schedule (``on_other_schedule``). A statement the relevance model scores lower may be the one that
    states the schedule of what is asked ("If a patient ... starts ... a vitamin K supplement, the INR should be checked
    more often, for example weekly ..." below "INR should be checked frequently when warfarin is started" for "Should
    the INR be checked once a month after starting a vitamin K supplement?"). None when the question asks of no
    schedule, when no such statement states one, or when one states the asked schedule or, asked of more than one dose
    a day, divides a dose without saying how often ("... the Japanese osteoporosis regimen divides the dose through the
    day"): which thing a statement's schedule is of is not read ("... MK-7 gives more stable blood levels with
    once-daily dosing than phylloquinone or MK-4" beside it for "Is MK-4 given in three divided doses?")."""
    read = _scheduled(question, close, further)
    if read is None or any(_shares(read.asked, per_day(text)) for text in read.scheduled):
        return None
    if max(read.asked) > 1 and any(_DIVIDED_UNCOUNTED.search(_DIVIDED.sub(" ", text)) for text in read.texts):
        return None  # a dose divided through the day, how often unsaid, may be divided as asked
    return read.most_named()


def asked_schedule_statement(question: str, close: Sequence[str], further: Sequence[str]) -> str | None:
    """The statement that states the asked schedule, when every statement ``_scheduled`` reads that states a schedule
    states only the asked one, and none denies or sets anything aside (``_DENIAL``): "The approved regimen is 45
    milligrams per day, given in three divided doses ..." for "Should menatetrenone be given three times a day?". A
    "no" read from statements on something else ("... not approved as an osteoporosis drug in the United States")
    does not answer the schedule this one states; whether the schedule is advised, it does not say either (a finding
    on it may be a harm), so it makes the answer "uncertain", not "yes". None otherwise."""
    read = _scheduled(question, close, further)
    if read is None or not read.scheduled:
        return None
    for text in read.scheduled:
        if _DENIAL.search(text) or not all(_shares(read.asked, frozenset({one})) for one in per_day(text)):
            return None
    return read.most_named()


def schedule_unstated(question: str, close: Sequence[str], further: Sequence[str]) -> bool:
    """Whether a question asks on what schedule a thing is given or done (``_GIVEN_AS``) and none of the statements
    ``_scheduled`` reads states that schedule, nor, asked of more than one dose a day, divides a dose without saying
    how often: advice to use the thing ("Amoxicillin is the recommended first-line antibiotic ...") says nothing of
    giving it "three times a day", so a "yes" to that rests on nothing stated."""
    read = _scheduled(question, close, further)
    if read is None or not _GIVEN_AS.search(question):
        return False
    if any(_shares(read.asked, per_day(text)) for text in read.scheduled):
        return False
    return not (max(read.asked) > 1 and any(_DIVIDED_UNCOUNTED.search(_DIVIDED.sub(" ", text)) for text in read.texts))


# A schedule asked to beat another: "better than", "superior to", "more effective than", "preferable to" and what
# follows, the rival. Grammar of comparison, no topic.
_BETTER_THAN = re.compile(r"\b(?:better|superior|more\s+effective|preferable|more\s+beneficial)\s+(?:than|to)\s+"
                          r"(?P<rival>[^?]+)", re.I)


def rival_advised(question: str, advice: Sequence[str]) -> str | None:
    """The first of ``advice`` (statements worded as advice) that advises the schedule a question asks another to beat
    (``_BETTER_THAN``: "once daily" of "Is oral gizmo twice or three times daily better than once daily?") and states
    none of the asked ones, denying nothing (``_DENIAL``): "A single daily dose ... of oral gizmo is recommended,
    because more frequent dosing ... reduces absorption ..." says the asked schedule is not the better one, a no. None
    where the question asks no schedule to beat another, or no such advice is given."""
    m = _BETTER_THAN.search(question)
    if m is None:
        return None
    asked, rival = per_day(question[:m.start()]), per_day(m.group("rival"))
    if not asked or not rival or _shares(asked, rival):
        return None
    for text in advice:
        stated = per_day(text)
        if stated and _shares(rival, stated) and not _shares(asked, stated) and not _DENIAL.search(text):
            return text
    return None
