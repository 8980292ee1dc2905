"""The values a question gives of its case (an age, a size, a span, a dose) read against the conditions of the
statement a "yes" rests on, and of the branch of that statement the asked value is in.

Session 63's blind test: "80yo ... clopidogrel 300 mg load?" answered "yes" from "clopidogrel (a 300-mg load
up to 75 years, a 75-mg dose past 75) should be given ...": the asked dose
is the branch for the other ages, and the branch for an 80-year-old gives another dose, a no. "8 mm gallbladder
polyp - cholecystectomy?" answered "yes" from advice for a polyp "larger than 10 mm", and "only tried senna x2 months -
lubiprostone?" from advice for people in whom laxatives failed "for at least 6 months": rules for other values than the
case's, no yes for it. Three readings, each of the grammar of comparison and of numbers (no topic):

- ``misses_condition``: the case's value lies outside every threshold or range the statement sets on the same
  measure (``bounds.outside_threshold``, ``bounds.outside_range``, ``cutoffs.threshold_met``);
- ``branch_for_case``: a statement that gives a value for each of several cases ("300 mg for patients ≤75 years,
  75 mg for patients >75 years") gives the asked value only for a case the question's is not, and another value of
  the same unit for the question's case: "other" (a no);
- ``falls_inside``: advice whose range on a measure holds the case's value ("a polyp 6 mm to 10 mm across", "aged
  18 to 35"): the row of the rule for the case, quoted before rows for other values.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from ingest.models import DocumentKind
from service.answer.bounds import (NUMBER_WORDS, asked_values, case_bounds, contradicts, inside_range, outside_range,
                                   outside_threshold, thresholds)
from service.answer.cutoffs import threshold_met
from service.answer.elapsed import past_every_window
from service.answer.models import Verdict
from service.answer.polarity import asks_against
from service.answer.scoring import Candidate

# An age a branch is for, by a comparison before the number and years after it ("for patients ≤75 years of age",
# "patients over 65 years", "aged under 18 years"): a comparison word or symbol, the number, a unit of years, and
# either "of age"/"old" after it or a word of people or "aged" before it. Grammar of comparison.
_AGE_COMPARE = {"≤": "le", "<=": "le", "⩽": "le", "<": "lt", "≥": "ge", ">=": "ge", "⩾": "ge", ">": "gt",
                "under": "lt", "below": "lt", "younger than": "lt", "less than": "lt", "over": "gt", "above": "gt",
                "older than": "gt", "more than": "gt"}
_COMPARE = "|".join(sorted(map(re.escape, _AGE_COMPARE), key=len, reverse=True))
_AGE_CONDITION = re.compile(rf"(?P<cmp>{_COMPARE})\s*(?P<n>\d{{1,3}})\s*(?:-\s*)?(?:years?|yrs?)\b"
                            rf"(?P<of_age>\s+(?:of\s+age|old)\b)?", re.I)
_PEOPLE_OR_AGED = re.compile(r"\b(?:aged|patients|people|persons|adults|individuals|those|men|women|children)\s*$",
                             re.I)
# A dose or an amount a branch gives: a number and a unit of amount, with or without a hyphen between ("300-mg",
# "75 mg", "0.5 mg/kg", "10 units"). SI and clinical units, a closed class.
_AMOUNT = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>mg/kg|mcg/kg|mg|mcg|µg|ug|g|ml|units?|iu|mmol)"
                     r"(?![\w/])", re.I)
# Where one branch of a statement ends and the next begins: a comma or a semicolon, "whereas", "while". Grammar.
_BRANCH_END = re.compile(r"[;,]|\bwhereas\b|\bwhile\b", re.I)
# A person's age read from a question ("80yo", "an 80-year-old", "80 y/o", "aged 80"): the number and what follows.
_ASKED_AGE = re.compile(r"(?<![\w.])(?P<n>\d{1,3})\s*(?:-\s*)?(?:yo\b|y/o\b|y\.o\.|yr?s?[\s\-]+old\b|"
                        r"years?[\s\-]+old\b|-?year-old\b)|\baged\s+(?P<m>\d{1,3})\b", re.I)

# An age band a statement gives its people by a range after a noun of people or of age ("active young adult (18-35)
# patients", "women aged 40 to 49 years", "children 2-5 years"): the ages it is for. Grammar; nouns of people are
# general English. A number after a noun of people is an age only in an age's context (``_age_context``), not in
# "adults (25-29.9 kg/m2)", "patients 30-60 minutes after" or "children 6-59 mo"; an upper end with decimals is none.
_AGE_BAND = re.compile(r"\b(?P<noun>aged|ages?|adults?|patients|people|persons|children|adolescents|women|men)\s*"
                       r"(?P<open>\(\s*)?(?:between\s+)?(?P<a>\d{1,3})\s*(?:-|\u2013|to|and)\s*(?P<b>\d{1,3})"
                       r"(?!\d|\.\d)", re.I)
# What makes the band's numbers ages: years after them ("2-5 years", "40 to 49 yrs"), the bracket that opened before
# them closing right after ("adult (18-35) patients"), or, after "aged"/"ages", the clause ending ("aged 40-49,").
_YEARS_AFTER = re.compile(r"\s*-?\s*(?:years?|yrs?|yo|year-olds?)\b", re.I)
_BRACKET_CLOSED = re.compile(r"\s*\)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")

# A clause that makes the rule hold only under a condition ("only if ...", "only when ...", "only in people who ...").
# Grammar: "only" and a word that opens a condition or the people it holds for.
# So does a rule that needs "all of the following" conditions it lists: each of them is one it needs.
_ONLY_IF = re.compile(r"\bonly\s+(?:if|when|where|once|after|in|for|provided)\b|"
                      r"\b(?:if|when|where)\s+all\s+(?:of\s+)?the\s+following\s+(?:\w+\s+)?(?:are|is)\s+"
                      r"(?:met|present|fulfill?ed|satisfied|true)\b", re.I)
# A value or a time in a rule's words before its "only" (digits or a number word past "one", which also reads "no
# one", "one of"): the rule holds from that value on.
_NUMBER_BEFORE_ONLY = re.compile(r"\d|\b(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("zero", "one"))
                                 + r")\b", re.I)
# A point in time a rule speaks from ("beyond 3 months", "after 12 weeks", "past 6 months"): a case at that point is
# at the rule's decision, so it reaches it ("ge"). Grammar of time; the units are the calendar's.
_FROM_POINT = re.compile(r"\b(?:beyond|after|past|over|longer\s+than|more\s+than|at\s+least)\s+(?P<n>\d+)\s*"
                         r"(?P<unit>days?|weeks?|months?|years?)\b", re.I)
# Whether a threshold's direction lets a value in: (value, limit) -> bool. Grammar of comparison.
_THRESHOLD_LETS_IN = {"ge": lambda v, lim: v >= lim, "gt": lambda v, lim: v > lim,
                      "lt": lambda v, lim: v < lim, "le": lambda v, lim: v <= lim}

Amount = tuple[float, str]


def age_bands(text: str) -> list[tuple[float, float]]:
    """The age bands a statement gives its people (``_AGE_BAND``): (18.0, 35.0) of "young adult (18-35) patients"."""
    return [(float(m.group("a")), float(m.group("b"))) for m in _AGE_BAND.finditer(text)
            if float(m.group("a")) < float(m.group("b")) and _age_context(m, text)]


def _age_context(band: re.Match[str], text: str) -> bool:
    """Whether a band's numbers (``_AGE_BAND``) are ages by what follows them: years, the bracket opened before them
    closing, or, after "aged"/"ages", the end of the clause; not a unit of another measure or of time."""
    after = text[band.end():]
    return bool(_YEARS_AFTER.match(after) or (band.group("open") and _BRACKET_CLOSED.match(after))
                or (band.group("noun").lower().startswith("age") and _CLAUSE_ENDS.match(after)))


def _age_band_met(question: str, text: str) -> bool | None:
    """Whether the question's age (``asked_age``) lies in an age band the statement gives; None where either gives
    none."""
    age, bands = asked_age(question), age_bands(text)
    if age is None or not bands:
        return None
    return any(low <= age <= high for low, high in bands)


def _unit(unit: str) -> str:
    """A unit as compared: lower case, "units" as "unit", "ug"/"µg" as "mcg"."""
    unit = unit.lower().rstrip("s") if unit.lower() in ("units", "unit") else unit.lower()
    return {"ug": "mcg", "µg": "mcg"}.get(unit, unit)


def _amounts(text: str) -> frozenset[Amount]:
    """The amounts a text gives (``_AMOUNT``): (300.0, "mg") of "300-mg loading dose"."""
    return frozenset((float(m.group("n")), _unit(m.group("unit"))) for m in _AMOUNT.finditer(text))


@lru_cache(maxsize=4_096)
def asked_age(question: str) -> float | None:
    """The age a question gives its patient ("80yo", "a 72-year-old", "aged 80"); None when it gives none."""
    m = _ASKED_AGE.search(question)
    if m is None:
        return None
    return float(m.group("n") or m.group("m"))


def _age_conditions(text: str) -> list[tuple[str, float]]:
    """The age conditions a text sets (``_AGE_CONDITION``): ("le", 75.0) of "for patients ≤75 years of age"."""
    found = []
    for m in _AGE_CONDITION.finditer(text):
        if m.group("of_age") or _PEOPLE_OR_AGED.search(text[:m.start()]):
            found.append((_AGE_COMPARE[m.group("cmp").lower()], float(m.group("n"))))
    return found


def _meets(direction: str, limit: float, value: float) -> bool:
    return {"ge": value >= limit, "gt": value > limit, "lt": value < limit, "le": value <= limit}[direction]


def _branch_met(question: str, age: float | None, text: str) -> bool | None:
    """Whether the case meets the condition a branch sets: its age conditions (``_age_conditions``) and thresholds on
    a measure the question gives (``cutoffs.threshold_met``); None where it sets none the question gives a value of."""
    conditions = _age_conditions(text) if age is not None else []
    met = threshold_met(question, text)
    if not conditions and met is None:
        return None
    return all(_meets(d, limit, age) for d, limit in conditions if age is not None) and met != "unmet"


BranchReading = Literal["other", "unmet"]


@lru_cache(maxsize=4_096)
def branch_for_case(question: str, text: str) -> BranchReading | None:
    """How a statement's branches answer the amount the question asks of (``_amounts`` of the question): "other" where
    the branch giving it is for a case the question's is not and another branch, for the question's case, gives
    another amount of the same unit ("300-mg ... for patients ≤75 years, 75 mg for those >75 years"
    asked of 300 mg at 80); "unmet" where only the first holds (the amount is given for other cases alone); None
    where the question asks no amount, the statement has no branch for a case, or the case meets the asked one."""
    asked = _amounts(question)
    if not asked:
        return None
    age = asked_age(question)
    branches = [b for b in _BRANCH_END.split(text) if b.strip()]
    if len(branches) < 2:
        return None
    read = [(_amounts(b), _branch_met(question, age, b)) for b in branches]
    giving = [met for amounts, met in read if amounts & asked]
    if not giving or any(met is not False for met in giving):
        return None
    units = {unit for _, unit in asked}
    for amounts, met in read:
        if met and any(unit in units for _, unit in amounts) and not amounts & asked:
            return "other"
    return "unmet"


def misses_condition(question: str, text: str) -> bool:
    """Whether the case's value lies outside every threshold or range a statement sets on the same measure, or its age
    outside every age band the statement gives its people: a rule for other values than the case's ("larger than 10
    mm" for an 8 mm polyp, "for at least 6 months" for two months, "adults (18-35)" for a 50-year-old)."""
    return (outside_threshold(question, text) or outside_range(question, text)
            or threshold_met(question, text) == "unmet" or _age_band_met(question, text) is False
            or contradicts(text, case_bounds(question)))


def falls_inside(question: str, text: str) -> bool:
    """Whether a value the question gives lies inside a range a statement states on the same measure
    (``bounds.inside_range``: 8 mm in "6 mm to 10 mm across"), or its age in an age band the statement gives its
    people (``age_bands``: 24 in "young adult (18-35) patients"), and outside none of its thresholds."""
    if not asked_values(question) and asked_age(question) is None:
        return False  # (no value given: most questions, read without a look at the statement)
    return (inside_range(question, text) or bool(_age_band_met(question, text))) and not misses_condition(question,
                                                                                                            text)


def only_condition_missed(question: str, text: str) -> bool:
    """Whether the case's value misses the condition a statement makes the only one its rule holds under (``_ONLY_IF``:
    "Continue zorbin beyond 6 weeks only if the score has fallen by at least 30%" for a fall of 10%): the rule then
    says not to, for this case. The clause is read from "only" to the end of the sentence, so that a value before it
    ("beyond 6 weeks") is not taken for its condition."""
    found = _ONLY_IF.search(text)
    return (found is not None and misses_condition(question, text[found.start():])
            and _reaches_rule(question, text[:found.start()]))


def missed_only_or_in_time(question: str, text: str) -> bool:
    """Whether the case misses the only condition a rule holds under (``only_condition_missed``) or is past every
    window of time since the event it is given in (``elapsed.past_every_window``: "within 48 hours of the bite" for a
    bite 3 days ago): either way the rule says not to, for this case."""
    return only_condition_missed(question, text) or past_every_window(question, text)


def _reaches_rule(question: str, before: str) -> bool:
    """Whether the case reaches what the rule's own words before its "only" state as a value or a time ("Continue
    zorbin beyond 3 months only if ...": a case 2 weeks in, or of no stated time, is not yet under that rule, so its
    condition missed is no "no" for it). True where those words give no number; where they do, only a value of the
    case on the same measure that the threshold lets in (``thresholds``) reaches it."""
    if not _NUMBER_BEFORE_ONLY.search(before):
        return True
    asked = dict(asked_values(question))
    points = [((m.group("unit").lower().rstrip("s"), ""), "ge", float(m.group("n")))
              for m in _FROM_POINT.finditer(before)]
    return any(measure in asked and _THRESHOLD_LETS_IN[direction](asked[measure], limit)
               for measure, direction, limit in (*thresholds(before), *points))


def verdict_for_values(question: str, verdict: Verdict | None, resting: Candidate | None) -> Verdict | None:
    """A "yes" resting on a guideline statement (``resting``: the lead, or the first statement a lean rests on) read
    against the case's values: "no" where the statement's branch for the case gives another amount than the asked one
    (``branch_for_case`` "other") or the case misses the only condition its rule holds under
    (``only_condition_missed``, asked whether to do the thing, not whether to stop); "uncertain" where the asked amount
    is given for other cases only, or the case's value misses the statement's condition (``misses_condition``): advice
    for other values carries no yes for this case. Any other verdict, or a study's finding, stays."""
    if verdict != "yes" or resting is None or resting.hit.document.kind != DocumentKind.GUIDELINE:
        return verdict
    branch = branch_for_case(question, resting.text)
    if branch == "other" or (missed_only_or_in_time(question, resting.text) and not asks_against(question)):
        # (Nor the rule's only condition for doing the asked thing, missed by the case: advice not to, here.)
        return "no"
    if branch == "unmet" or misses_condition(question, resting.text):
        return "uncertain"
    return verdict
