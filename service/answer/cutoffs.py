"""Whether the case a question describes meets the threshold a statement sets on the same named measure.

A guideline writes a threshold as a measure's name, then a comparison and a number: by a symbol ("an INR of ≥8.0",
"(HBV DNA >20 000 IU/mL)", "score is ≥8"), by words before the number ("a PSA greater than 10", "eGFR below 30") or
after it ("a CHA2DS2-VASc score at 2 or more", "HbA1c of 7.0% or more"), or as the one value of the people it is for
("men with a gizmo score of 1"). Counted over the first 600 shared guidelines (session 60): symbols before a number
2,500 times in 330 files (the word before them names a measure or an age: "of", "is", "aged", "BMI", "(eGFR", ...),
"N or more/above" 370 in 128, "more/greater than N" 432 in 170, "less/fewer than N" 322 in 121, "above/over N" 233 in
104, "below/under N" 135 in 57, "at least N" 359 in 153, "aged N" 432 in 120. A question gives the value as a name
and a number ("INR 9", "CHA2DS2-VASc 3", "HBV DNA 50,000 IU/mL", "a BMI of 32") or an age ("a 35-year-old",
``bounds.asked_values``).

The measure is matched by its name on both sides: a word the question's name and the statement's share, not only a
word of a general measure (``_GENERAL``: "score", "level"), so that "Wells score 3" is not held against "a CHA2DS2-VASc
score of 2 or above". A value meets a statement that sets thresholds on its measure when it meets every one of them;
among statements it meets, the one whose limit lies nearest the value is the row of a table of thresholds it falls
in (INR 9 meets ">5.0" and "≥8.0"; the advice for "≥8.0" is for it). Grammar of comparison and of numbers; no topic.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal, NamedTuple

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.clipped import clips
from service.answer.abbreviations import learned
from service.answer.bounds import asked_values, thresholds
from service.answer.elapsed import ELAPSED, asked_elapsed, windows
from service.answer.guideline import is_advice
from service.answer.question import ASKED_AFTER_DASH
from service.answer.scoring import Candidate

Direction = Literal["ge", "gt", "le", "lt", "eq", "in"]

# A number as clinical text writes it: "9", "8.0", "50,000", "20 000" (thousands by a comma or a space).
_NUMBER = r"(?P<n>\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?)"
# A unit after a number: a ratio ("IU/mL", "mL/min/1.73"), a percentage, or one of the units of clinical measures
# and of time (a closed class of general English and SI, no topic). A word after the number that is none of these
# ("on warfarin") is no unit.
_UNIT_WORDS = ("mg g kg mcg µg μg ug ng pg mmol µmol μmol umol nmol pmol mol l ml dl iu u units mmhg cm mm m2 kg/m2 "
               "years year months month weeks week days day hours hour h hrs minutes min seconds s ms msec bpm "
               "beats").split()
_UNIT = r"(?P<unit>%|[A-Za-zµμ][\w.µμ]*/[\w.µμ/]*[\wµμ]|" + "|".join(sorted(map(re.escape, _UNIT_WORDS), key=len,
                                                                     reverse=True)) + r")(?![\w/])"
_SYMBOL = {"≥": "ge", ">=": "ge", "=>": "ge", "⩾": "ge", ">": "gt", "≤": "le", "<=": "le", "=<": "le", "⩽": "le",
           "<": "lt"}
# (A verb of exceeding sets the bound as its adjectives do: "whose level exceeds 360", "if it exceeded 5"; not where
# negated, "should not exceed 4 g", "must never exceed": a cap on what is given, not people above it. Grammar.)
_WORDS_BEFORE = (("gt", r"more\s+than|greater\s+than|higher\s+than|above|over|"
                        r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)exceed(?:s|ed|ing)?|in\s+excess\s+of"),
                 ("ge", r"at\s+least|(?:equal\s+to\s+or|or\s+equal\s+to)\s+(?:more|greater|higher)\s+than"),
                 ("le", r"no\s+more\s+than|up\s+to|at\s+most"),
                 ("lt", r"less\s+than|lower\s+than|fewer\s+than|below|under"))
_WORDS_AFTER = (("ge", r"(?:or|and)\s+(?:more|above|over|greater|higher|older|longer)"),
                ("le", r"(?:or|and)\s+(?:less|below|under|fewer|lower|younger)"))
_SYMBOLS = "|".join(sorted(map(re.escape, _SYMBOL), key=len, reverse=True))
# The link between a measure's name and its number: "INR of ≥8.0", "score is 3", "count: 40", "PSA = 12".
_LINK = r"(?:\s*(?:\b(?:of|is|was|were|are)\b|[:=])\s*)?"
_BEFORE_WORDS = "|".join(f"(?P<{d}>{p})" for d, p in _WORDS_BEFORE)
_STATED_BEFORE = re.compile(rf"{_LINK}(?:(?P<symbol>{_SYMBOLS})\s*|(?:{_BEFORE_WORDS})\s+){_NUMBER}\s*(?:{_UNIT})?",
                            re.I)
_STATED_AFTER = re.compile(rf"{_LINK}(?<![\w.,\-]){_NUMBER}\s*(?:{_UNIT}(?:\s+[\w/.]+?)?\s+)?"
                           rf"(?:(?P<after_ge>{_WORDS_AFTER[0][1]})|(?P<after_le>{_WORDS_AFTER[1][1]}))\b", re.I)
# The one value of the people a statement is for: "(people|men) with a gizmo score of 1", a bare number (not a dose
# or a duration, "with a daily dose of 1500 mg", nor a bound after a unit of parts, "45 mL/min per 1.73 m2 or more").
_WITH_VALUE = re.compile(rf"\bwith\s+an?\s+(?P<name>[\w\-() ]{{2,60}}?)\s+of\s+{_NUMBER}(?![\d.,]\d|\d)"
                         rf"(?!\s*(?:[\-–]|to\b|or\b|and\b|{_SYMBOLS}|[.,]\d|{_UNIT}))", re.I)
# A value a question gives: a name, then the number (no comparison before it: that is a bound), not part of a name
# ("CHA2DS2", "CURB-65") nor an age ("35-year-old", read by ``bounds.asked_values``).
# The number closes the name: a unit, a mark or a word of grammar follows it ("INR 9 on warfarin", "score 3 - should
# ...?", "CHA2DS2-VASc 3 be anticoagulated?"), not a noun the number is part of the name of ("type 2 diabetes", "gizmo
# 13 vaccine"), nor the thousands of a larger number ("100,000 genomes").
_AFTER_VALUE = (r"(?=\s*(?:$|[,;:.?!)\u2013\u2014]|-+\s|(?:on|in|with|and|or|but|despite|after|since|while|at|for|not|"
                r"no|without|now|today|be|is|are|was|were)\b))")
_GIVEN = re.compile(rf"(?<![\w.\-]){_LINK}{_NUMBER}"
                    rf"(?![\w\-]|\.\d|[,\u2009\u202f ]\d{{3}}(?!\d)|\s*(?:-|\s)?(?:years?|months?|weeks?)[\s\-]*old)"
                    rf"(?:\s*{_UNIT}|{_AFTER_VALUE})", re.I)
# A year ("in 2018") is no value of a measure.
_YEAR = range(1900, 2100)
# Words that name no measure: articles, prepositions, verbs of being and having, people, pronouns, question words and
# the verbs a question opens with ("Name 4 ...", "List 3 ...") (a closed class of English grammar).
_GRAMMAR = frozenset("a an the of in on at for to by with without from and or but who whom which that whose is are "
                     "was were be been has have had having their his her its they he she it this these those than "
                     "as if when where patients patient people persons person adults adult men women man woman "
                     "children child individuals those any all what how why do does did can could should would will "
                     "may might must please list name".split())
# Nouns of a general measure, which name none alone ("score" of "Wells score" and of "CHA2DS2-VASc score"); a closed
# class of general English.
_GENERAL = frozenset("score scores level levels value values count counts rate rates ratio concentration index grade "
                     "class stage total result results reading".split())
# Words that make a number a target to reach, not a threshold of whom advice is for ("raise the platelet count above
# 50", "a blood pressure goal of <140", "aim for an HbA1c below 7.0"): a closed class of English verbs and nouns of
# aim, with the measure as its object (not "Lower the dose if eGFR <30": the "if" names whom), or the point a thing goes
# on until ("continue X until the INR is >2.0"). A case short of a target is the case the advice is for.
_TARGET = re.compile(r"\b(?:(?:rais|increas|lower|reduc|keep|maintain|achiev|reach|bring)\w*|target\w*|goals?|"
                     r"aim(?:s|ing|ed)?(?:\s+(?:for|at|to))?)\s+"
                     r"(?:(?!(?:if|when|in|with|for|who|whose|where|whom|at)\b)\S+\s+){0,5}$|"
                     # ("until either the clotting ratio (CR) is reliably >2.0": a long name)
                     r"\buntil\s+(?:(?!(?:if|when|who|whose|where|whom)\b)\S+\s+){0,8}$", re.I)
# A range a statement sets on a named measure, its two ends joined by "to", a hyphen or a dash ("ECOG PS 0 to 1",
# "a score of 2-4"): the people it is for have a value inside it. Not an age (``bounds`` reads age bands) nor a
# number inside a longer one.
_RANGE = re.compile(rf"{_LINK}(?<![\w.,\-])(?P<a>\d+(?:\.\d+)?)\s*(?:to|-|\u2013|through)\s*(?P<b>\d+(?:\.\d+)?)"
                    rf"(?![\w.,\-]*\d)\s*(?:{_UNIT})?(?![\w/])", re.I)
# Words that make a number a state to keep clear of, not a threshold of whom advice is for ("... provided hypotension
# (SBP <90 mmHg) is avoided", "avoiding a potassium above 6.0"): the case the advice is for is on its other side
# (``_OPPOSITE``; "Avoid X if eGFR <30" names whom, and stays). A closed class of English verbs of avoiding, before
# the number in its clause or said of it after, in the same sentence part (up to ``_AVOIDED_REACH`` characters on).
_AVOIDED_BEFORE = re.compile(r"\b(?:avoid(?:s|ed|ing|ance\s+of)?|prevent(?:s|ed|ing|ion\s+of)?)\s+"
                             r"(?:(?!(?:if|when|in|with|for|who|whose|where|whom|at)\b)\S+\s+){0,5}$", re.I)
_AVOIDED_REACH = 90
_AVOIDED_AFTER = re.compile(r"[^.;:]{0,%d}?\b(?:is|are|be|been|being)\s+(?:avoided|prevented)\b" % _AVOIDED_REACH,
                            re.I)
_NAME_REACH = 3  # words before the number that may name the measure: "international normalized ratio (INR)", "HBV DNA"
_CLAUSE_END = re.compile(r"[.;:!?,\u2013\u2014]|\s-\s|\band\b|\bor\b|\bbut\b", re.I)


_OPPOSITE: dict[Direction, Direction] = {"ge": "lt", "gt": "le", "le": "gt", "lt": "ge", "eq": "eq", "in": "in"}


class Cutoff(NamedTuple):
    """A threshold a statement sets: the words naming its measure, its unit ("" unsaid), direction and number, and
    the terms of what it is said to be for right after it (``_FOR_WHAT``: "CrCl <25 mL/min for gizmaban"), if any; a
    range ("ECOG PS 0 to 1") is direction "in" from ``limit`` to ``upper``, both ends in."""
    names: frozenset[str]
    unit: str
    direction: Direction
    limit: float
    applies_to: frozenset[str] = frozenset()
    upper: float | None = None


# What a threshold is said to be for, right after it ("... <15 mL/min for drugx and drugy, <25 mL/min for drugz"):
# thresholds side by side for different things, of which the one for the asked thing is the question's. Grammar.
_FOR_WHAT = re.compile(r"\s*for\s+(?P<w>[^,;:.()\[\]<>\u2264\u2265]{1,60})", re.I)


def _applies_to(text: str, end: int) -> frozenset[str]:
    """The terms of what the threshold ending at ``end`` is said to be for (``_FOR_WHAT``), or none."""
    found = _FOR_WHAT.match(text, end)
    return frozenset(tokenize(found.group("w"))) - _GRAMMAR if found else frozenset()


class Given(NamedTuple):
    """A value a question gives: the words naming its measure, its unit ("" unsaid) and number."""
    names: frozenset[str]
    unit: str
    value: float


def _number(text: str) -> float:
    """A number with its thousands separators dropped ("50,000", "20 000")."""
    return float(re.sub(r"[,\u2009\u202f ]", "", text))


# The prefix micro as written: the micro sign, the Greek mu (which sources type for it) and a plain "u" ("umol/L" in a
# typed question); one prefix, so "umol/L" and "μmol/L" are one unit.
_MICRO = str.maketrans({"\u00b5": "u", "\u03bc": "u"})


def _unit(unit: str | None) -> str:
    """A unit as compared: lower case, the micro prefix as "u" (``_MICRO``), a plural's "s" dropped ("years" and
    "year" are one)."""
    unit = (unit or "").lower().translate(_MICRO)
    return unit[:-1] if len(unit) > 2 and unit.endswith("s") and "/" not in unit else unit


def _name(before: str) -> frozenset[str]:
    """The words that name the measure of a number, from the text just before it (``before``): up to
    ``_NAME_REACH`` words back, within its clause, less grammar ("a CHA2DS2-VASc score" -> cha2ds2-vasc, score).
    "aged" names the age, as ``bounds`` reads it."""
    clause = _CLAUSE_END.split(before)[-1]
    words = [w.lower().strip("-") for w in re.findall(r"[A-Za-z][\w\-]*", clause)]
    words = ["age" if w == "aged" else w for w in words if w not in _GRAMMAR]
    return frozenset(words[-_NAME_REACH:])


_DIRECTIONS: dict[str, Direction] = {"ge": "ge", "gt": "gt", "le": "le", "lt": "lt", "eq": "eq"}


def _direction(groups: dict[str, str]) -> Direction:
    """The direction a matched comparison sets: its symbol's, its words' before the number, or after it."""
    if "symbol" in groups:
        return _DIRECTIONS[_SYMBOL[groups["symbol"]]]
    if "after_ge" in groups or "after_le" in groups:
        return "ge" if "after_ge" in groups else "le"
    return next(_DIRECTIONS[d] for d, _ in _WORDS_BEFORE if d in groups)


@lru_cache(maxsize=20_000)
def cutoffs(text: str) -> frozenset[Cutoff]:
    """The thresholds a statement sets on named measures (``_STATED_BEFORE``, ``_STATED_AFTER``, ``_WITH_VALUE``),
    and on age as ``bounds`` reads it: (cha2ds2-vasc, score) "ge" 2 of "a CHA2DS2-VASc score at 2 or more";
    (inr,) "ge" 8 of "an INR of ≥8.0"; (hbv, dna) "gt" 20000 iu/ml of "(HBV DNA >20 000 IU/mL)"; (age,) "gt" 30 of
    "aged more than 30 years"."""
    found: set[Cutoff] = set()
    for m in (*_STATED_BEFORE.finditer(text), *_STATED_AFTER.finditer(text)):
        names = _name(text[:m.start()])
        if not names or _TARGET.search(_CLAUSE_END.split(text[:m.start()])[-1] + " "):
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        side = _direction(groups)
        if _avoided(text, m):  # a state the advice keeps clear of: the case it is for is on its other side
            side = _OPPOSITE[side]
        found.add(Cutoff(names, _unit(groups.get("unit")), side, _number(groups["n"]),
                         _applies_to(text, m.end())))
    for m in _RANGE.finditer(text):
        names = _name(text[:m.start()])
        low, high = _number(m.group("a")), _number(m.group("b"))
        if names and "age" not in names and low < high and not _TARGET.search(
                _CLAUSE_END.split(text[:m.start()])[-1] + " "):
            found.add(Cutoff(names, _unit(m.group("unit")), "in", low, upper=high))
    for m in _WITH_VALUE.finditer(text):
        names = _name(m.group("name"))
        if names:
            found.add(Cutoff(names, "", "eq", _number(m.group("n"))))
    for (what, _), direction, limit in thresholds(text):
        if what == "age":
            found.add(Cutoff(frozenset({"age"}), "year", _DIRECTIONS[direction], limit))
    for window, limit, upper in windows(text):
        found.add(Cutoff(frozenset({ELAPSED}), "hour", window, limit, upper=upper))
    return frozenset(found)


def _avoided(text: str, m: re.Match[str]) -> bool:
    """Whether the threshold ``m`` finds in ``text`` names a state the advice keeps clear of (``_AVOIDED_BEFORE``,
    ``_AVOIDED_AFTER``: "... provided hypotension (SBP <90 mmHg) is avoided"), not whom the advice is for."""
    return bool(_AVOIDED_BEFORE.search(_CLAUSE_END.split(text[:m.start()])[-1] + " ")
                or _AVOIDED_AFTER.match(text, m.end()))


@lru_cache(maxsize=4_096)
def given(question: str) -> frozenset[Given]:
    """The values a question gives for named measures (``_GIVEN``) and its age (``bounds.asked_values``): (inr,) 9 of
    "INR 9 on warfarin", (cha2ds2-vasc,) 3 of "new AF, CHA2DS2-VASc 3", (age,) 35 of "35 years old"."""
    found: set[Given] = set()
    for m in _GIVEN.finditer(question):
        before = question[:m.start()]
        if re.search(rf"(?:{_SYMBOLS}|{_BEFORE_WORDS}|\bleast|\bthan)\s*$", before, re.I):
            continue  # a bound the question sets ("over 5 minutes"), not a value it gives
        names, value = _name(before), _number(m.group("n"))
        if names and "age" not in names and not (value in _YEAR and not m.group("unit")):
            found.add(Given(names, _unit(m.group("unit")), value))
    for (what, _), value in asked_values(question):
        if what == "age":
            found.add(Given(frozenset({"age"}), "year", value))
    elapsed = asked_elapsed(question)
    if elapsed is not None:
        found.add(Given(frozenset({ELAPSED}), "hour", elapsed))
    return frozenset(found)


def _same_measure(asked: Given, stated: Cutoff) -> bool:
    """Whether a value and a threshold are on one measure: their names share a word, one beyond a general measure
    noun where the question names more than one (``_GENERAL``), or one side names it by a short form whose long form
    is the other's name (``_spelled_out``: "SBP 130" and "systolic blood pressure <90"); and their units agree where
    both say one."""
    shared = asked.names & stated.names | _clipped(asked.names, stated.names)
    specific = asked.names - _GENERAL
    if not shared or (specific and not shared & specific):
        if not (_spelled_out(asked.names, stated.names) or _spelled_out(stated.names, asked.names)):
            return False
    return not (asked.unit and stated.unit and asked.unit != stated.unit)


# The fewest letters of a word clipped short that name the whole word ("creat" of "creatinine", "bili" of "bilirubin"):
# a clinician's clipped name of a measure; a shorter start ("cr", "hb") is as often initials of another.
_CLIPPED_LEAST = 4


def _clipped(asked: frozenset[str], stated: frozenset[str]) -> frozenset[str]:
    """The asked names that are a stated name's word clipped short (``_CLIPPED_LEAST`` letters or more, "creat" of
    "serum creatinine"): "creat 1.4" gives the serum creatinine a threshold on it sets ("creatinine >1 mg/dL"). Read
    as another measure, the value met nothing, and advice whose other thresholds it missed was set aside as another
    case's though the creatinine met its own."""
    words = _words(stated)
    return frozenset(name for name in asked if any(clips(name, word, _CLIPPED_LEAST) for word in words))


# The longest short form read as one of a measure ("ABPI", "eGFR"): longer words are words, not initials.
_SHORT_MOST = 6
# A short form with one letter more than a known one ("ABPI" beside "ABI"), read as it only from this many letters
# on: a three-letter form with one letter more matches too many two-letter initials.
_ONE_MORE_LEAST = 4


def _words(names: frozenset[str]) -> frozenset[str]:
    """The words of a measure's names, hyphened names in their parts ("ankle-brachial" -> ankle, brachial)."""
    return frozenset(w for name in names for w in re.findall(r"[a-z0-9]+", name.lower()))


@lru_cache(maxsize=4_096)
def _long_forms(short: str) -> tuple[frozenset[str], ...]:
    """The words of each long form the learned abbreviation lexicon gives ``short`` (any case: "SBP" -> systolic,
    blood, pressure), or, where it knows none, of the long forms of every short form it knows that ``short`` holds with
    one letter more, the first and last letters kept ("ABPI" -> those of "ABI": ankle, brachial, index): a measure
    written with a letter of one more word of its long form ("pressure")."""
    lexicon, upper = learned(), short.upper()
    found = [*lexicon.long_forms(upper), *lexicon.long_forms(short)]
    if not found and len(short) >= _ONE_MORE_LEAST:
        for known in lexicon.forms:
            if (len(known) == len(upper) - 1 and known.isupper() and known[0] == upper[0] and known[-1] == upper[-1]
                    and _holds_in_order(upper, known)):
                found += list(lexicon.long_forms(known))
    return tuple(frozenset(re.findall(r"[a-z0-9]+", form.lower())) for form in found)


def _holds_in_order(longer: str, shorter: str) -> bool:
    """Whether the letters of ``shorter`` occur in ``longer`` in their order."""
    letters = iter(longer)
    return all(c in letters for c in shorter)


def _spelled_out(short_side: frozenset[str], long_side: frozenset[str]) -> bool:
    """Whether a name on one side is a short form (``_SHORT_MOST`` letters at most) one of whose long forms
    (``_long_forms``) has all its words, more than one, among the other side's names."""
    words = _words(long_side)
    return any(len(form) > 1 and form <= words for name in short_side
               if name.isalnum() and 2 <= len(name) <= _SHORT_MOST for form in _long_forms(name))


def _meets(value: float, cutoff: Cutoff) -> bool:
    """Whether ``value`` lies on the side of ``cutoff`` it sets."""
    if cutoff.direction == "in":
        return cutoff.limit <= value <= (cutoff.upper if cutoff.upper is not None else cutoff.limit)
    return {"ge": value >= cutoff.limit, "gt": value > cutoff.limit, "le": value <= cutoff.limit,
            "lt": value < cutoff.limit, "eq": value == cutoff.limit}[cutoff.direction]


Met = Literal["met", "unmet"]


def threshold_met(question: str, text: str) -> Met | None:
    """Whether the values the question gives (``given``) meet the thresholds a statement sets on the same measures
    (``cutoffs``): "met" where they meet every one, "unmet" where it misses every one ("INR 6" against "INR of ≥8.0"),
    None where the statement sets none on a measure the question gives, or the value meets some and misses others."""
    met = [_meets(g.value, c) for g, c in _pairs(question, text)]
    if met and all(met):
        return "met"
    # Missed only where every threshold on the question's measures is: thresholds side by side may be alternatives
    # ("... one or more risk factors, for example: ... Age 75 years or older, ...").
    return "unmet" if met and not any(met) else None


def _pairs(question: str, text: str) -> list[tuple[Given, Cutoff]]:
    """Each value the question gives with each threshold the statement sets on its measure; of thresholds said to be
    for different things ("CrCl <15 mL/min for drugx, CrCl <25 mL/min for drugz"), only those for a thing the question
    names, where any is (for drugz, CrCl 20 meets the one for drugz: the one for drugx is another drug's)."""
    pairs = [(g, c) for g in given(question) for c in cutoffs(text) if _same_measure(g, c)]
    asked = frozenset(tokenize(question))
    named = [(g, c) for g, c in pairs if c.applies_to & asked]
    return named or pairs


def meets_some(question: str, text: str) -> bool:
    """Whether a value the question gives meets at least one threshold a statement sets on its measure (thresholds side
    by side may be for several things: "CrCl <15 mL/min for X, CrCl <25 mL/min for Y" holds a CrCl of 20 for Y)."""
    return any(_same_measure(g, c) and _meets(g.value, c) for g in given(question) for c in cutoffs(text))


def nearness(question: str, text: str) -> float:
    """How near the value a question gives lies to the limits a statement sets on its measure, as the largest share
    of the value the gap is (0 for a limit met exactly): among statements whose thresholds a value meets, the one
    nearest is the row it falls in (INR 9 is 1/9 from "≥8.0" and 4/9 from ">5.0")."""
    gaps = [abs(g.value - c.limit) / max(abs(g.value), 1e-9) for g, c in _pairs(question, text)]
    return max(gaps, default=float("inf"))


def _named_measure_met(question: str, text: str) -> bool:
    """Whether a statement sets a threshold on a measure the question names, beyond its age and its time since the
    event: an age is given by most cases and met by advice on anything for people of that age ("people aged 65 or
    over"), and a time since one event by advice on anything timed from another ("within 12 hours of the onset" for
    a drug given 70 minutes ago), so neither alone makes advice the case's."""
    return any(_same_measure(g, c) for g in given(question) if g.names not in ({"age"}, {ELAPSED})
               for c in cutoffs(text))


def meets_named_threshold(question: str, text: str) -> bool:
    """Whether a statement sets thresholds on a measure the question gives a value of, beyond its age
    (``_named_measure_met``), and the value meets them (``threshold_met``): advice for the asked case ("do not use
    drugz if CrCl <25 mL/min" for CrCl 20), which closest evidence quotes first."""
    return _named_measure_met(question, text) and threshold_met(question, text) == "met"


_STEM = 4  # letters two words share at their start to be one word's forms ("treat", "treatment"; "anticoagul")


def _asked_words(question: str) -> frozenset[str]:
    """The words of what a question asks after its case (``ASKED_AFTER_DASH``), less grammar: {give, vitamin} of
    "... - should I give vitamin K?"; none for "... - what do I do?" or a question with no dash."""
    m = ASKED_AFTER_DASH.search(question.strip())
    if m is None:
        return frozenset()
    return frozenset(t for t in tokenize(m.group("asked")) if t not in _GRAMMAR and len(t) >= _STEM)


def _names_asked(asked: frozenset[str], c: Candidate) -> bool:
    """Whether a statement names a word of what the question asks, by its form's start ("treat" and "treatment")."""
    return not asked or any(t.startswith(w) or w.startswith(t) for w in asked for t in c.terms if len(t) >= _STEM)


def threshold_lead(question: str, ranked: list[Candidate], lead: Candidate | None, margin: float,
                   as_typed: str = "") -> Candidate | None:
    """The statement that leads for a question giving a measure's value: a guideline's advice scoring at least
    ``margin`` of the best statement whose thresholds on that measure the value meets (``threshold_met``), the one
    nearest the value first (``nearness``: the row of a table of thresholds it falls in), the lead kept on a tie;
    that advice is for the asked case ("Offer X to people with a gizmo score of 2 or above" for a score of 3). It
    needs a measure the question names besides the age (``_named_measure_met``), and takes the place of a lead that
    sets no threshold on the question's measures only where it scores above it; where the question ``as_typed``
    asks something after its case, only advice that names it (``_asked_words``: advice to withhold doses at "INR
    >5.0" says nothing of whether to give vitamin K at INR 6). Else the lead, unless the value misses its
    thresholds: then none, for advice to other people does not answer."""
    if not given(question):
        return lead
    best, asked = max((c.score for c in ranked), default=0.0), _asked_words(as_typed or question)
    if lead is not None and threshold_met(question, lead.text) is None:
        # A lead that sets no threshold on the question's measures gives way only to advice the relevance model
        # believes more.
        best = max(best, lead.score / margin)
    met = [c for c in ranked if c.score >= margin * best and is_advice(c) and threshold_met(question, c.text) == "met"
           and _named_measure_met(question, c.text) and _names_asked(asked, c)]
    if lead is not None and threshold_met(question, lead.text) == "met":
        met = [lead, *(c for c in met if c.text != lead.text)]
    if met:
        chosen = min(met, key=lambda c: nearness(question, c.text))  # min keeps the first (the lead) on a tie
        return chosen if chosen is lead else replace(chosen, direct=True)
    return None if lead is not None and threshold_met(question, lead.text) == "unmet" else lead


def for_other_values(question: str, statements: list[Candidate]) -> list[Candidate]:
    """``statements`` less a guideline's whose thresholds the value a question gives misses (``threshold_met``):
    advice for "an INR of ≥8.0" is not quoted for an INR of 6 as if it applied. (A study's finding in people past a
    threshold is left to the readings of findings.)"""
    return [c for c in statements if c.hit.document.kind != DocumentKind.GUIDELINE
            or threshold_met(question, c.text) != "unmet"]
