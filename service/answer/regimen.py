"""What a dosing question asks of a regimen, and which statements state it: an amount ("What dose of X ...?"), a
course's length ("How long should X be given?"), how often ("How often should X be taken?") or how many sittings
("How many sessions are needed?"). One reading serves the
lead (the statements a dosing question's bottom line opens with, ``on_regimen``) and the bottom line's notice that no
quoted statement states what was asked (``unstated``): a statement of first-line advice is the closest evidence on
"What dose of amoxicillin ...?", not its answer. Grammar of amounts, spans and frequencies, no topic."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Literal

from service.answer.asked_shape import ASKS_HOW_LONG
from service.answer.caseless import Caseless
from service.answer.lead_in import labels_in, subject_terms
from service.answer.polarity import speaks_of_stopping
from service.answer.routing import COURSE, DOSE, DOSE_UNIT, FREQUENCY, RECOMMENDATION
from service.answer.scoring import Candidate

Regimen = Literal["dose", "amount", "course", "frequency", "sessions", "any"]

_HOW_OFTEN = Caseless(re.compile(r"\bhow\s+(?:often|frequently)\b", re.I))
# ... to wait before doing something ("How long should the parents wait before using a backup prescription?"): a wait
# before an act, which no course's length answers (a follow-up after "can we hold off antibiotics?" was read as how long
# to continue antibiotics, above "symptoms do not improve within two to three days"). Verbs of waiting, no topic.
_HOW_LONG_TO_WAIT = re.compile(r"\bhow\s+long\b[^?]*?\b(?:wait|delay|hold\s+off)\w*\s+(?:before|until|for)\b", re.I)
# A count of sittings asked: "How many sessions are needed?", "How many injections ...?". Nouns of a sitting, no topic.
_SITTINGS = r"(?:sessions?|cycles?|injections?|rounds?|applications?|treatments?|infusions?|procedures?)"
_HOW_MANY_SITTINGS = Caseless(re.compile(rf"\bhow\s+many\s+(?:[\w\-]+\s+)?{_SITTINGS}\b", re.I))
# ... and stated: "two treatment sessions", "three to five sessions", "a single injection".
_SITTING_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|single)"
                            rf"(?:\s+(?:to|or)\s+\w+)?\s+(?:[\w\-]+\s+)?{_SITTINGS}\b", re.I)
_SITTINGS_NAMED = re.compile(rf"\b(?:number\s+of\s+{_SITTINGS}|{_SITTINGS}\s+(?:were|are)\s+needed)\b", re.I)
# An amount asked: "What dose of X ...?", "What is the recommended dosage ...?", "How much X ...?", "How many mg ...?".
_DOSE_ASKED = Caseless(re.compile(r"\b(?:doses?|dosages?|dosing|how\s+much|how\s+many)\b", re.I))
# A dose asked in a word of dosing, a unit of dose ("How many mg ...?") or a verb of taking or giving ("How much X
# should a child take?"): an amount given, not "How much weight loss improves function?", which asks an amount of
# anything.
_DOSE_WORD = re.compile(rf"\b(?:doses?|dosages?|dosing|how\s+many\s+{DOSE_UNIT}|take|taken|taking|give|given|"
                        r"prescribed|eat|eaten|drink|swallow)\b", re.I)
# An amount of anything but a dose: a share ("5 to 10 percent of body weight", "10%"), a weight or a time spent ("150
# minutes a week"). Units, no topic.
_QUANTITY = re.compile(r"\b\d[\d.,]*(?:\s+(?:to|or|and)\s+\d[\d.,]*)?\s*(?:%|per\s*cent\b|percent\b|kg\b|kilograms?\b|"
                       r"pounds?\b|lb\b|minutes?\b|hours?\b)", re.I)
# A word of advice anywhere in a question ("What is the recommended dose?", "How long should X be given?"): it asks what
# is advised. Broader than polarity's ``_ADVICE_ASKED`` ("Is X recommended ...?", whether X is advised at all).
# Grammar.
_ADVICE_WORD = Caseless(re.compile(r"\b(?:recommended|advised|should)\b", re.I))

# A threshold of time, no course's length: "on four or more days per month", "for three months or longer". Grammar
# of counts, no topic.
_THRESHOLD = re.compile(r"\b\w+\s+or\s+(?:more|fewer|less|longer|over)\b|\b(?:more|fewer|less)\s+than\s+\w+", re.I)
# What says a span is how long something goes on, just before it: "for (at least) two to three months", "lasts about
# 12 weeks", "a course of five days", "Duration 4-8 days: ..." (a line labelled by it). Not "after about 6 to 12
# months", a time when something is done. Grammar only.
_FOR_A_TIME = re.compile(r"\b(?:for|lasts?|lasting|lasted|course\s+of|durations?(?:\s+of)?|beyond|longer\s+than)\s+"
                         r"(?:(?:at\s+least|about|around|"
                         r"roughly|approximately|up\s+to|a\s+total\s+of|a\s+further|another|only)\s+)?$", re.I)
# What was asked, named as such where no statement gives it: a course's length ("antibiotic duration", "the length of
# treatment", "how long to continue"), an amount ("the dose", "dosing"), how often ("the dosing interval"). Nouns of
# a regimen, no topic.
_DURATION = re.compile(r"\b(?:durations?|length\s+of\s+(?:the\s+|a\s+)?(?:course|treatment|therapy)|"
                       r"how\s+(?:long|many\s+(?:days|weeks|months|years)))\b", re.I)
_AMOUNT_NAMED = re.compile(r"\b(?:doses?|dosages?|dosing|how\s+much)\b", re.I)
_FREQUENCY_NAMED = re.compile(r"\b(?:frequency|intervals?|how\s+often)\b", re.I)
# Stepping a treatment down, which stopping (``polarity.speaks_of_stopping``) does not say: with it, when a course
# ends, what "How long should X be continued?" asks when no statement gives its length. Grammar, no topic.
_STEPPING_DOWN = re.compile(r"\bstep(?:s|ped|ping)?\s+down\b", re.I)


def ends_a_course(text: str) -> bool:
    """Whether a statement speaks of stopping a treatment or stepping it down."""
    return speaks_of_stopping(text) or bool(_STEPPING_DOWN.search(text))


# A dose named by its size, as a setting of the question, not what it asks: "What if asthma is not controlled on a low
# dose?", "after high-dose therapy". Degree words of an amount, no topic.
_DOSE_OF_A_SIZE = re.compile(r"\b(?:low|lower|high|higher|standard|full|usual|maximum|maximal|minimum|minimal|"
                             r"single|double|loading|stable)[\s\-]+(?:doses?|dosages?|dosing|dosed)\b", re.I)


def regimen_asked(question: str) -> Regimen | None:
    """What a dosing question asks of its regimen: how often ("How often ...?"), how long ("How long ...?"), how many
    sittings ("How many sessions ...?"), a dose ("What dose ...?", "How many mg ...?"), an amount of anything ("How
    much ...?", "How much weight loss ...?": a share or a weight states it too, ``_QUANTITY``), else any of them
    ("How should X be taken?"); None for a question that asks how long to wait before an act (``_HOW_LONG_TO_WAIT``), or
    names a dose only by its size ("What if asthma is not
    controlled on a low dose?", ``_DOSE_OF_A_SIZE``), which asks what to do then, not what the dose is."""
    if _HOW_OFTEN.search(question):
        return "frequency"
    if ASKS_HOW_LONG.search(question):
        return None if _HOW_LONG_TO_WAIT.search(question) else "course"
    if _HOW_MANY_SITTINGS.search(question):
        return "sessions"
    if _DOSE_ASKED.search(question):
        sized_only = not _DOSE_ASKED.search(_DOSE_OF_A_SIZE.sub(" ", question)) and not _WHAT_DOSE.search(question)
        return None if sized_only else "dose" if _DOSE_WORD.search(question) else "amount"
    return "any"


# When to stop ("if no effect, when should it be stopped?", "at what point do we discontinue?"): a question word of time
# with a verb of stopping (``polarity.speaks_of_stopping``) after it. Grammar.
_WHEN_ASKED = Caseless(re.compile(r"\b(?:when|at\s+what\s+(?:point|stage|time))\b", re.I))


def frame_stated(question: str) -> Callable[[str], bool] | None:
    """What a statement must say to give what a follow-up's frame asks in words other than the follow-up's own: how
    long (``states_length`` lasting: "usually lasts about 12 weeks"), how often (``routing.FREQUENCY``: "measured every
    4 weeks"), what dose (``states_regimen`` "dose": "500 mg daily") or when to stop (``polarity.speaks_of_stopping``
    after a "when": "Stop the drug if there is no response at 6 weeks"); None for any other question. A follow-up
    searched with the earlier question's words keeps only the statements naming a word of its own, and none of these
    needs to ("how often ... rechecked" is answered by "... should be measured every 4 weeks")."""
    if ASKS_HOW_LONG.search(question):
        return partial(states_length, lasting=True)
    if _WHEN_ASKED.search(question) and speaks_of_stopping(question):
        return speaks_of_stopping
    asked = regimen_asked(question)
    if asked == "frequency":
        return _states_frequency
    if asked == "dose":
        return partial(states_regimen, asked="dose")
    return None


def _states_frequency(text: str) -> bool:
    """Whether a statement says how often (``routing.FREQUENCY``: "every 4 weeks", "twice daily")."""
    return bool(FREQUENCY.search(text))


# A dose asked as such, its size words and all: "What is the recommended low dose of aspirin?". Grammar.
_WHAT_DOSE = re.compile(r"\b(?:what|which)\s+(?:(?:is|are|was)\s+)?(?:the\s+|an?\s+)?(?:[\w/\-]+\s+){0,2}?"
                        r"(?:doses?|dosages?|dosing)\b", re.I)


def advice_asked(question: str) -> bool:
    """Whether a question asks what is advised ("What is the recommended dose?", "How long should X be given?"),
    which advice on it answers before what trials used."""
    return bool(_ADVICE_WORD.search(question))


def states_length(text: str, lasting: bool = False) -> bool:
    """Whether a statement gives a course's length (``routing.COURSE``: "tried for at least two to three months")
    outside a threshold of time (``_THRESHOLD``: "migraine attacks on four or more days per month" says whom
    treatment is for, not how long it lasts): what "How long should X be given?" asks. With ``lasting``, only a
    span said to be how long something goes on (``_FOR_A_TIME``), not a time at which something is done ("review
    ... after about 6 to 12 months")."""
    plain = _THRESHOLD.sub(" ", text)
    if not lasting:
        return bool(COURSE.search(plain))
    # (A span of something, "despite about three to six months of conservative treatment", is how long that went on;
    # "after about 6 to 12 months of good control" is still the time at which something is done.)
    # (... nor "after 5 days" of advice to stop: "Stop treatment after ... or after 5 days" is when the course ends,
    # how long it lasts, ``_ENDS_AFTER``; a guideline writes a course's length so as often as "for 5 days". Only after
    # the word of stopping, and not a span of something else: "review ... after about 6 to 12 months of good control,
    # when a gradual withdrawal can be considered" says when to review, and led "how long should it be tried?".)
    stops = speaks_of_stopping(plain)
    return any(_FOR_A_TIME.search(_RANGE_START.sub("", plain[:m.start()]))
               or _SPAN_IN_BRACKETS.search(_RANGE_START.sub("", plain[:m.start()])) or _LONG.match(plain, m.end())
               or (_SPAN_OF.match(plain, m.end()) and not _AT_A_TIME.search(plain[:m.start()]))
               or (stops and _ENDS_AFTER.search(_RANGE_START.sub("", plain[:m.start()]))
                   and speaks_of_stopping(plain[:m.start()]) and not _SPAN_OF.match(plain, m.end()))
               for m in COURSE.regex.finditer(plain)) or any(
        _LONG.match(plain, m.end()) or _IN_ALL_BEFORE.search(plain[:m.start()]) for m in _YEARS.finditer(plain))


_SPAN_OF = re.compile(r"\s+of\s+\w", re.I)
# A span in brackets right after what it is the length of ("prolonged antibiotic treatment (usually 6 weeks)", "a short
# course (5 to 7 days)"): the bracket gives how long the thing named before it goes on; only an adverb of how usual or
# of about, no word of time ("(after 6 weeks)" is a time). Grammar.
_SPAN_IN_BRACKETS = re.compile(r"[A-Za-z]\s*\(\s*(?:(?:usually|typically|generally|normally|often|ideally|about|"
                               r"around|approximately|roughly|at\s+least|up\s+to)\s+)?$", re.I)
# The time after which a course is stopped, before its span ("Stop treatment ... after 5 days", "discontinue after at
# most 6 months"): read only in a statement that speaks of stopping. Grammar of time.
_ENDS_AFTER = re.compile(r"\b(?:after|at)\s+(?:(?:at\s+(?:least|most)|about|around|roughly|approximately|up\s+to|"
                         r"a\s+maximum\s+of)\s+)?$", re.I)
# A span in years ("1 year", "two years"), which ``routing.COURSE`` leaves out (it is as often how long people were
# followed, "followed for 5 years"): a course's length only where it is said to be the whole of it, "1 year total of
# X", "a total of two years", "three years in duration" (``_LONG``, ``_IN_ALL_BEFORE``). Grammar of time.
_YEARS = re.compile(r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:to|or)\s+\w+)?"
                    r"(?:-|\s+)years?\b", re.I)
_IN_ALL_BEFORE = re.compile(r"\ba\s+total\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?$", re.I)
# The first number of a range a span ends ("4-" of "Duration 4-8 days"): passed over to read what is before it.
_RANGE_START = re.compile(r"\d[\d.,]*\s*[-\u2013]\s*$")
# A span said to be how long something is, after it: "at least six months in duration", "12 weeks in length", "two
# years long". Grammar only.
_LONG = re.compile(r"\s+(?:in\s+(?:duration|length)|long|(?:in\s+)?total)\b", re.I)
_AT_A_TIME = re.compile(r"\b(?:after|at|within|by|until|before)\s+(?:(?:at\s+least|about|around|roughly|"
                        r"approximately|up\s+to)\s+)?$", re.I)


# A concentration, no amount given: a unit per volume after the number ("20 grams per litre", "12 g/dL").
_PER_VOLUME = re.compile(r"\s*(?:per\s+(?:litre|liter|decilitre|deciliter|millilitre|milliliter|dl|l)\b|"
                         r"/\s*(?:d?l|ml)\b)", re.I)


# An amount in a unit of volume larger than a dose's millilitre ("at least 2.5 liters daily", "2 to 3 litres"): how
# much of a thing drunk or infused. Units, no topic.
_VOLUME = re.compile(r"\b\d[\d.,]*(?:\s*(?:to|or|-|–)\s*\d[\d.,]*)?\s*(?:litres?|liters?|l)\b", re.I)


@lru_cache(maxsize=20_000)
def states_amount(text: str) -> bool:
    """Whether a statement gives an amount in a unit of dose (``routing.DOSE``: "45 milligrams per day") or of volume
    (``_VOLUME``: "a fluid intake ... of at least 2.5 liters daily", which the bottom line had said stated no dose of
    fluid) that is not a concentration (``_PER_VOLUME``: "Haemoglobin should rise by about 20 grams per litre")."""
    return any(not _PER_VOLUME.match(text, m.end()) for m in (*DOSE.regex.finditer(text), *_VOLUME.finditer(text)))


# A dose given as a share of another ("a 40% reduction of the standard dose may be weighed", "half the recommended
# dose"): the dose asked, said against the usual one. Grammar of shares, no topic.
_DOSE_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)\s+(?:reduction|increase|decrease)\s+"
                         r"(?:of|in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?doses?\b|"
                         r"\bhalf\s+(?:of\s+)?the\s+(?:[\w\-]+\s+){0,2}?doses?\b", re.I)


@lru_cache(maxsize=20_000)
def states_regimen(text: str, asked: Regimen) -> bool:
    """Whether a statement states what was asked: a dose (``states_amount``: "500 mg", or a share of the usual one,
    ``_DOSE_SHARE``: "a 40% reduction of the standard dose"), an amount (a dose or a share,
    weight or time: ``_QUANTITY``, "5 to 10 percent of body weight"), a course's length said to
    be one (``states_length`` lasting: "for five days"), how often (``routing.FREQUENCY``: "once daily"), or for any
    of them any amount, course or frequency."""
    if asked == "dose":
        return states_amount(text) or bool(_DOSE_SHARE.search(text))
    if asked == "amount":
        return states_amount(text) or bool(_QUANTITY.search(text) or _DOSE_SHARE.search(text))
    if asked == "course":
        return states_length(text, lasting=True)
    if asked == "frequency":
        return bool(FREQUENCY.search(text))
    if asked == "sessions":
        return bool(_SITTING_COUNT.search(text))
    return states_amount(text) or bool(COURSE.search(text) or FREQUENCY.search(text) or _SITTING_COUNT.search(text))


def names_regimen(text: str, asked: Regimen) -> bool:
    """Whether a statement names what was asked as such without stating it ("Recommendations on ... antibiotic
    duration differ between countries", "Dosing varies between trials"): the nearest thing to an answer where no
    statement states it."""
    named = {"dose": (_AMOUNT_NAMED,), "amount": (_AMOUNT_NAMED,), "course": (_DURATION,),
             "frequency": (_FREQUENCY_NAMED,), "sessions": (_SITTINGS_NAMED,),
             "any": (_AMOUNT_NAMED, _DURATION, _FREQUENCY_NAMED)}[asked]
    return any(pattern.search(text) for pattern in named)


def on_regimen(direct: list[Candidate], asked: Regimen, advised: bool = False,
               question_terms: frozenset[str] = frozenset()) -> list[Candidate]:
    """The direct statements a dosing question's bottom line opens with, for what it asks (``asked``): those that
    state it (``states_regimen``; with ``advised``, advice among them first: "What is the recommended dose?" before
    what trials used). Failing any, for how long, one that names a span at all ("review after about 6 to 12
    months", ``states_length``), then one that names a course's length as such (``names_regimen``: "... antibiotic
    duration differ between countries"), then when to stop or step down ("Inhaled corticosteroids should not be
    stopped completely ...", ``ends_a_course``), before an amount or how often; for an amount or how often, any
    statement of a regimen ("A single daily dose or alternate-day dosing ..." for "What daily dose ...?"), then one
    that names what was asked ("Doses ... in rodent studies are ..."); then all of them. The first of these that
    leaves a statement. With the question's terms (``question_terms``), a statement that states what was asked and
    names the asked thing or people only in the sentence that introduces it (``lead_in.subject_terms``: "Dosing:
    <5 years, 70 mg/kg/day" after "Gizmocillin is the first choice ...") comes first when with that sentence it
    names as many of them as any statement does (``_introduced_first``)."""
    regimen = [c for c in direct if states_regimen(c.text, "any") or states_regimen(c.text, asked)]
    if advised:
        regimen = [c for c in regimen if RECOMMENDATION.search(c.text)] or regimen
    stated = [c for c in regimen if states_regimen(c.text, asked)]
    if asked == "amount":  # a dose before a share or a weight: "How much vitamin D ...?" asks the units of one
        stated = [c for c in stated if states_amount(c.text)] or stated
    if stated:
        return _introduced_first(stated, asked, question_terms)
    if asked == "course":
        return ([c for c in regimen if states_length(c.text)] or [c for c in direct if names_regimen(c.text, asked)]
                or [c for c in direct if ends_a_course(c.text)] or regimen or direct)
    return regimen or [c for c in direct if names_regimen(c.text, asked)] or direct


def unstated(texts: list[str], asked: Regimen) -> bool:
    """Whether none of the statements a bottom line quotes (``texts``) states what a dosing question asks
    (``states_regimen``): then the bottom line says so before them, since they are the closest evidence, not its
    answer."""
    return bool(texts) and not any(states_regimen(text, asked) for text in texts)


def _introduced_first(stated: list[Candidate], asked: Regimen, question_terms: frozenset[str]) -> list[Candidate]:
    """``stated`` with those first that name as many of the question's terms as any statement of ``stated`` does
    (with the sentence introducing them, ``lead_in.subject_terms``) and either name more of them so than by
    themselves or hold a line labelled by what was asked ("Dosing: ...", "Duration 4-8 days: ...",
    ``lead_in.labels_in``); those so labelled alone where there are any. Others keep their order."""
    if not question_terms or len(stated) < 2:
        return stated
    whole = {id(c): len(question_terms & subject_terms(c)) for c in stated}
    best = max(whole.values())

    introduced = [c for c in stated if whole[id(c)] == best
                  and (whole[id(c)] > len(question_terms & c.terms) or labelled_by(c.text, asked))]
    if not introduced:
        return stated
    labelled = [c for c in introduced if labelled_by(c.text, asked)]
    if labelled:
        return labelled  # (the line of its section that states it: the lead is chosen among these alone)
    first = {id(c) for c in introduced}
    return [*introduced, *(c for c in stated if id(c) not in first)]


def labelled_by(text: str, asked: Regimen) -> bool:
    """Whether a statement holds a line labelled by what was asked ("Dosing: <4 years, ..." for a dose, "Duration
    5-10 days: ..." for a course's length, ``lead_in.labels_in``): the line of its section that states it."""
    return any(names_regimen(label, asked) for label in labels_in(text))
