"""Numeric bounds a question or a statement puts on what it is about ("a BMI below 35", "BMI ≥35 kg/m2", "BMI
>40"), read from the grammar of comparison (words or symbols before a number), so that a recommendation for
people with a BMI of 35 or more is not taken for one on people with a BMI below 35.

The tokenizer drops "<" and "≥", so without this "BMI below 35" and "BMI ≥35" share every index term. A bound
is the word before the comparison (what is measured: "bmi"), a direction and a number; two bounds on the same
measure whose ranges do not meet contradict each other.
"""
from __future__ import annotations

import re
from functools import lru_cache

# The words and signs that put a value below a number, and above it (``exceptions`` reads an exception's bounds by
# them).
BELOW = r"below|under|less\s+than|lower\s+than|fewer\s+than|up\s+to|<|≤|<=|=<"
ABOVE = r"above|over|more\s+than|greater\s+than|higher\s+than|at\s+least|exceeding|>|≥|>=|=>"
_LOWER, _UPPER = BELOW, ABOVE
_BOUND = re.compile(rf"\b(?P<what>[A-Za-z][\w\-]*)\b\s*(?:(?:of|is|was|were|are)\s+)?"
                    rf"(?:(?P<lt>{_LOWER})|(?P<gt>{_UPPER}))\s*(?P<value>\d+(?:\.\d+)?)", re.I)

Bound = tuple[str, str, float]  # (what is measured, "lt" or "gt", the number)


@lru_cache(maxsize=20_000)
def bounds(text: str) -> frozenset[Bound]:
    """The bounds a text states: ("bmi", "lt", 35.0) of "a BMI below 35" and of "BMI <35 kg/m2"."""
    return frozenset((m.group("what").lower(), "lt" if m.group("lt") else "gt", float(m.group("value")))
                     for m in _BOUND.finditer(text))


# A word that sets one bound on each of the names listed before it ("FEV1 and DLCO both above 60%", "all ... below 5"):
# a closed class of English quantifiers. The names are each side of the "and" list just before it.
_EACH_OF = frozenset({"both", "all", "each"})
_LISTED_BEFORE = re.compile(r"(?P<a>[A-Za-z][\w\-]*)\s+and\s+(?:[\w\-]+\s+){0,2}?(?P<b>[A-Za-z][\w\-]*)\s*"
                            r"(?:(?:are|were)\s+)?$", re.I)


@lru_cache(maxsize=20_000)
def case_bounds(text: str) -> frozenset[Bound]:
    """The bounds a case states (``bounds``), a bound set on a list of names by a quantifier set on each of them
    ("PPO FEV1 and PPO DLCO both above 60%": ("fev1", "gt", 60.0) and ("dlco", "gt", 60.0))."""
    found: set[Bound] = set()
    for m in _BOUND.finditer(text):
        what, way, value = m.group("what").lower(), "lt" if m.group("lt") else "gt", float(m.group("value"))
        listed = _LISTED_BEFORE.search(text[:m.start("what")]) if what in _EACH_OF else None
        if listed is not None:
            found |= {(listed.group("a").lower(), way, value), (listed.group("b").lower(), way, value)}
        else:
            found.add((what, way, value))
    return frozenset(found)


def _meet(a: Bound, b: Bound) -> bool:
    """Whether two bounds on the same measure leave some value that meets both."""
    if a[1] == b[1]:
        return True
    low, high = (a, b) if a[1] == "gt" else (b, a)  # low: "more than", high: "less than"
    return low[2] < high[2]


def contradicts(text: str, asked: frozenset[Bound]) -> bool:
    """Whether a statement bounds a measure the question bounds too, and none of its bounds on it meets the
    question's ("BMI ≥35" and "BMI >40" against "a BMI below 35"); False when either states none."""
    if not asked:
        return False
    own = bounds(text)
    for bound in asked:
        same = [b for b in own if b[0] == bound[0]]
        if same and not any(_meet(bound, b) for b in same):
            return True
    return False


# Numbers as clinical text writes them, in digits or in words ("four or more days per month", "15 or more days").
NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")\b"
# ... and one whose unit may follow its digits with no space ("10mm", "8mm"), as sizes are written.
_NUM_GLUED = r"(?P<n>\d+(?:\.\d+)?(?![\d.])|(?:" + "|".join(NUMBER_WORDS) + r")\b)"
# What a number counts: the noun after it, and what it is counted in ("days per month", "days a month").
_UNIT = r"(?P<unit>[a-z][a-z\-]*)(?:\s+(?:per|a|an|each|every)\s+(?P<per>[a-z]+))?"
_UNIT_AFTER = r"(?P<after>[a-z][a-z\-]*)(?:\s+(?:per|a|an|each|every)\s+(?P<per_after>[a-z]+))?"
# A threshold a statement sets on a count or a measure, by the grammar of comparison before or after its number: "four
# or more days per month", "at least 100 participants", "more than three months", "a respiratory rate of 30 or more",
# "fewer than 200 participants". Each with what it allows of a value: at or above ("ge"), above ("gt"), below ("lt"),
# at or below ("le"). "No more than" is an upper bound, not a "more than". A size is compared as a count is ("larger
# than 10 mm", "smaller than 5 mm"), its unit written after the number with or without a space.
_THRESHOLDS = (
    ("ge", re.compile(rf"\bat\s+least\s+{_NUM}(?:\s+{_UNIT})?", re.I)),
    ("gt", re.compile(rf"(?<!\bno\s)\b(?:more|greater|higher|longer|larger|bigger|wider)\s+than\s+{_NUM_GLUED}"
                      rf"(?:\s*{_UNIT})?", re.I)),
    ("ge", re.compile(rf"\b{_NUM}(?:\s+{_UNIT})?\s+or\s+(?:more|over|above|greater|higher|older|longer)\b"
                      rf"(?:\s+{_UNIT_AFTER})?", re.I)),
    ("lt", re.compile(rf"\b(?:fewer|less|smaller|shorter|narrower)\s+than\s+{_NUM_GLUED}(?:\s*{_UNIT})?", re.I)),
    ("le", re.compile(rf"\bno\s+(?:more|longer)\s+than\s+{_NUM}(?:\s+{_UNIT})?", re.I)),
    ("le", re.compile(rf"\b{_NUM}(?:\s+{_UNIT})?\s+or\s+(?:fewer|less|under|below|younger)\b"
                      rf"(?:\s+{_UNIT_AFTER})?", re.I)),
)
# Words after a number that count nothing (grammar): "30 or more", "two to three months", "15 in all".
_NOT_UNITS = frozenset("or and to of in on at for by the a an with than from per each every who which that as is are "
                       "was were be".split())
_OF_BEFORE = re.compile(r"\b(?P<what>[a-z][a-z\-]*)\s+of\s+$", re.I)
# A number the question asks of, with no comparison of its own before it (those are ``bounds``), nor part of a
# compound ("CURB-65"); "a 40-year-old" is an age, read by ``_AGED_VALUE``.
# A number after "x" or "×" is a span a thing went on for, as clinical notes write it ("tried senna x2 months"), read as
# the number alone.
_AFTER = r"(?:(?<=\bx)|(?<=\u00d7)|(?<![\w\-.]))"
_ASKED_NUMBER = re.compile(rf"{_AFTER}{_NUM}(?!-)(?:\s+{_UNIT})?", re.I)
# ... and one with its unit right after its digits ("8mm polyp"), as the statement side reads a size (``_NUM_GLUED``).
_ASKED_GLUED = re.compile(rf"{_AFTER}(?P<n>\d+(?:\.\d+)?)(?=[a-z])(?!x\b){_UNIT}", re.I)
# ... and one whose unit a noun qualifies, counted in something ("six headache days a month" counts days a month).
_ASKED_QUALIFIED = re.compile(rf"(?<![\w\-.]){_NUM}(?!-)\s+[a-z][a-z\-]*\s+(?P<unit>[a-z][a-z\-]*)\s+"
                              rf"(?:per|a|an|each|every)\s+(?P<per>[a-z]+)", re.I)
_COMPARED_BEFORE = re.compile(rf"(?:{_LOWER}|{_UPPER}|least|than)\s*$", re.I)
# An age: a number of years, months or weeks after "aged"/"age" or before "old", "of age", "or older"/"or younger".
_AGE_UNITS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52}
_AGE_BEFORE = re.compile(r"\bage[d]?\s+$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:old\b|of\s+age\b|or\s+(?:older|younger)\b)", re.I)
_AGED_VALUE = re.compile(rf"(?<![\w\-.]){_NUM}[\s\-]+(?P<unit>years?|months?|weeks?)[\s\-]+olds?\b", re.I)

# An age said as what a person is, with no unit ("once she is 76?", "pt is 82 - full dose?", "when he turns 80"): a
# pronoun or a noun for the patient, a verb of being or becoming, then a number of at most three digits that nothing
# measures after it (no unit, no "%", no decimal; a comma or stop ending the clause is no part of it: "once she is
# 76, stop?"), nor one of a pair ("she is 16/40", weeks of pregnancy over forty; "12+3" weeks
# and days; "140/90" a blood pressure; "6'2" a height). Grammar: English's pronouns and verbs of being, no topic.
_PERSON_IS_AGED = re.compile(r"\b(?:he|she|they|pt|patient|child|man|woman|boy|girl)\s+(?:is|was|turns|turned|reaches|"
                             r"becomes|is\s+now|now\s+is)\s+(?:now\s+)?(?P<n>\d{1,3})"
                             r"(?![\w%/+:'\u2019]|[.,]\d|\s*[a-z%/+])", re.I)
# The oldest age a person is read as (``_PERSON_IS_AGED``): a larger number said of her measures something else.
OLDEST_AGE = 120

Measure = tuple[str, str]  # what a number counts and what it is counted in ("day", "month"); ("rate", "") for "rate of"
Threshold = tuple[Measure, str, float]  # the measure, "ge", "gt", "lt" or "le", the number


def _number(word: str) -> float:
    """A number in digits or in words (``NUMBER_WORDS``)."""
    return float(word) if word[0].isdigit() else float(NUMBER_WORDS[word.lower()])


def _singular(word: str) -> str:
    """A noun's singular, enough to meet "day" with "days" ("months" -> "month"; "mmhg" stays)."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _measures(text: str, start: int, unit: str | None, per: str | None, value: float,
              aged: bool = False) -> set[tuple[Measure, float]]:
    """What the number ``value`` at ``start`` counts, with the number in that measure: its ``unit`` noun (and ``per``
    what, "days per month"), and the noun before an "of" just before it ("a respiratory rate of 30" -> rate). An age
    (``aged``: years, months or weeks said after "aged", or before "old" or "or older") is ("age", "") in years, apart
    from any other count of years (a follow-up of "more than one year")."""
    found: set[tuple[Measure, float]] = set()
    if unit and unit.lower() not in _NOT_UNITS:
        noun = _singular(unit)
        if noun in _AGE_UNITS and (aged or _AGE_BEFORE.search(text[:start])):
            return {(("age", ""), value * _AGE_UNITS[noun])}
        found.add(((noun, _singular(per) if per else ""), value))
    before = _OF_BEFORE.search(text[:start])
    if before:
        found.add(((_singular(before.group("what")), ""), value))
    return found


_OLDER = re.compile(r"\bor\s+(?:older|younger)\b", re.I)


@lru_cache(maxsize=20_000)
def thresholds(text: str) -> frozenset[Threshold]:
    """The thresholds a statement sets (``_THRESHOLDS``): ((day, month), "ge", 4.0) of "migraine attacks on four or
    more days per month"; ((rate, ""), "ge", 30.0) of "respiratory rate of 30 or more"; ((age, ""), "ge", 45.0) of
    "adults aged 45 years or over"."""
    return frozenset(threshold for _, _, threshold in _placed_thresholds(text))


@lru_cache(maxsize=20_000)
def _placed_thresholds(text: str) -> tuple[tuple[int, int, Threshold], ...]:
    """The thresholds of ``thresholds`` with where each is written (start, end), in the order of the text."""
    found: set[tuple[int, int, Threshold]] = set()
    for direction, pattern in _THRESHOLDS:
        for m in pattern.finditer(text):
            names = m.groupdict()
            unit, per = names.get("unit"), names.get("per")
            aged = bool(_OLDER.search(m.group(0))) or bool(unit and _AGE_AFTER.match(text, m.end("unit")))
            if (not unit or unit.lower() in _NOT_UNITS) and names.get("after"):
                unit, per = names["after"], names.get("per_after")
            for measure, value in _measures(text, m.start(), unit, per, _number(m.group("n")), aged):
                found.add((m.start(), m.end(), (measure, direction, value)))
    return tuple(sorted(found))


# The word that joins a rule's alternatives ("more than 2 polyps or polyps larger than 10 mm"): a case meeting either
# meets the rule. Grammar.
_EITHER = re.compile(r"\bor\b", re.I)


def _alternatives(text: str) -> dict[Measure, frozenset[Measure]]:
    """For each measure the statement sets a threshold on, the other measures whose thresholds it joins to it by "or"
    (``_EITHER`` between the two, with no other threshold between): the rule's other ways to be met."""
    placed = _placed_thresholds(text)
    joined: dict[Measure, set[Measure]] = {}
    for (_, end, (first, _, _)), (start, _, (second, _, _)) in zip(placed, placed[1:]):
        if first != second and start > end and _EITHER.search(text, end, start):
            joined.setdefault(first, set()).add(second)
            joined.setdefault(second, set()).add(first)
    return {measure: frozenset(others) for measure, others in joined.items()}


@lru_cache(maxsize=4_096)
def asked_values(question: str) -> frozenset[tuple[Measure, float]]:
    """The counts or measures a question states as a value, not as a bound: ((day, month), 2.0) of "migraine on two
    days a month", ((rate, ""), 24.0) of "a respiratory rate of 24", ((age, ""), 40.0) of "a 40-year-old" and of "she
    is 40" (``_PERSON_IS_AGED``); none of
    "under 3 years" (a bound, ``bounds``)."""
    found: set[tuple[Measure, float]] = set()
    for m in _AGED_VALUE.finditer(question):
        found |= _measures(question, m.start(), m.group("unit"), None, _number(m.group("n")), aged=True)
    for m in _PERSON_IS_AGED.finditer(question):
        if int(m.group("n")) <= OLDEST_AGE:
            found.add((("age", ""), float(m.group("n"))))
    for m in (*_ASKED_NUMBER.finditer(question), *_ASKED_GLUED.finditer(question)):
        if _COMPARED_BEFORE.search(question[:m.start()]):
            continue
        unit = m.group("unit")
        aged = bool(unit and _AGE_AFTER.match(question, m.end("unit")))
        found |= _measures(question, m.start(), unit, m.group("per"), _number(m.group("n")), aged)
    for m in _ASKED_QUALIFIED.finditer(question):
        if not _COMPARED_BEFORE.search(question[:m.start()]):
            found |= _measures(question, m.start(), m.group("unit"), m.group("per"), _number(m.group("n")))
    return frozenset(found)


def _allows(direction: str, limit: float, value: float) -> bool:
    """Whether a threshold ("ge" ``limit`` ...) lets ``value`` in."""
    return {"ge": value >= limit, "gt": value > limit, "lt": value < limit, "le": value <= limit}[direction]


def outside_threshold(question: str, text: str) -> bool:
    """Whether a value the question asks of (``asked_values``) lies outside every threshold the statement sets on the
    same measure (``thresholds``): "migraine on two days a month" against "on four or more days per month", "a
    respiratory rate of 24" against "respiratory rate of 30 or more". Advice or a rule for those past the threshold
    then says nothing for the asked case (or, beside an "or" of another criterion, not enough for a yes); False when
    either states none on a shared measure."""
    asked = asked_values(question)
    if not asked:
        return False
    stated = thresholds(text)
    values, alternatives = dict(asked), _alternatives(text)
    for measure, value in asked:
        # (Not where the rule's other way to be met, joined by "or", is met by the case or not stated by it.)
        if _missed(stated, measure, value) and not any(
                other not in values or not _missed(stated, other, values[other])
                for other in alternatives.get(measure, ())):
            return True
    return False


def _missed(stated: frozenset[Threshold], measure: Measure, value: float) -> bool:
    """Whether ``stated`` sets thresholds on ``measure`` and ``value`` passes none of them."""
    limits = [(direction, limit) for own, direction, limit in stated if own == measure]
    return bool(limits) and not any(_allows(direction, limit, value) for direction, limit in limits)


# A range a statement states on a count or a measure: "2.0 to 3.0", "45 to 200 micrograms per day", "between 6 and 12
# months", "10-30 minutes" (an "about" before it kept). What it counts is read as a threshold's is (``_measures``);
# a range with no unit after it measures what the few words before it name ("The INR target ... is 2.0 to 3.0").
# (Its unit may be written after both ends, "6 mm to 10 mm": then it is one unit, the same after each.)
_RANGE = re.compile(rf"(?<![\w\-.])(?:between\s+)?(?:(?:about|approximately|around|roughly)\s+)?"
                    rf"(?P<a>\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})(?:\s*(?P<unit_a>[a-z]+))?\s*(?:to|–|-|and)\s*"
                    rf"(?:about\s+)?{_NUM}(?:\s*{_UNIT})?", re.I)
_NAME_REACH = 8  # words before a range with no unit that may name what it measures
# Degree words of size on their scale: a range of them ("medium to large deposits") leaves out the sizes past its ends.
_SIZES = {"small": 0, "medium": 1, "large": 2}
_SIZE_RANGE = re.compile(r"\b(?P<a>small|medium|large)(?:-sized)?\s+to\s+(?P<b>small|medium|large)(?:-sized)?\s+"
                         r"(?P<noun>[a-z][a-z\-]*)", re.I)
_SIZE_ASKED = re.compile(r"\b(?P<size>small|medium|large)(?:-sized)?\s+(?P<noun>[a-z][a-z\-]*)", re.I)
# Sizes a statement singles out after a word of emphasis ("... recommended ..., especially for large or soft
# deposits", "mainly for large deposits"): what it states holds chiefly of those, so it says nothing for a size it
# leaves out ("small deposits"). The clause runs to the next punctuation; the noun is its last word, and a clause with
# a preposition or a relative in it (``_PHRASE_BREAK``) is passed over: its size may be of another noun.
_PHRASE_BREAK = frozenset("with in of for to who that which whose than from by at on".split())
_SIZE_SINGLED = re.compile(r"\b(?:especially|particularly|mainly|mostly|chiefly|primarily|only)\s+(?:for|in|with|of)\s+"
                           r"(?P<clause>[a-z][a-z\-, ]*?)(?=[.;:!?()]|$)", re.I)

Range = tuple[Measure, float, float]  # the measure, the lowest and the highest number


@lru_cache(maxsize=20_000)
def ranges(text: str) -> frozenset[Range]:
    """The ranges a statement states (``_RANGE``): ((microgram, day), 45.0, 200.0) of "45 to 200 micrograms per day";
    ((inr, ""), 2.0, 3.0) (and each other word just before it) of "The INR target is 2.0 to 3.0"; a "between A and B"
    only with its "between"."""
    found: set[Range] = set()
    for m in _RANGE.finditer(text):
        joined = m.group(0)
        if " and " in joined.lower() and not joined.lower().startswith("between"):
            continue  # "aged 40 and 60 ..." is no range: a list
        unit, per = m.group("unit"), m.group("per")
        if m.group("unit_a") and (not unit or m.group("unit_a").lower() != unit.lower()):
            continue  # "2 patients to 5": no range of one unit
        low, high = sorted((_number(m.group("a")), _number(m.group("n"))))
        if unit and unit.lower() not in _NOT_UNITS:
            measures = {measure for measure, _ in _measures(text, m.start(), unit, per, high)}
        else:
            before = re.split(r"[.;:!?]", text[:m.start()])[-1]
            measures = {(_singular(w), "") for w in re.findall(r"[a-z][a-z\-]*", before.lower())[-_NAME_REACH:]
                        if w not in _NOT_UNITS}
        found |= {(measure, low, high) for measure in measures}
    return frozenset(found)


def _same_measure(asked: Measure, stated: Measure) -> bool:
    """Whether two measures are one: the same unit, counted in the same (or either unsaid) ("micrograms" and
    "micrograms per day")."""
    return asked[0] == stated[0] and (not asked[1] or not stated[1] or asked[1] == stated[1])


def outside_range(question: str, text: str) -> bool:
    """Whether a value the question asks of (``asked_values``) lies outside a range the statement states on the same
    measure ("an INR of 1.5" against "The INR target ... is 2.0 to 3.0", "1000 micrograms" against "45 to 200
    micrograms"), a size the question asks of outside a range of sizes it states on the same noun ("small deposits"
    against "medium to large deposits"), or a time the question asks of outside the span of time the statement states
    (``spans_apart``: "before 15 weeks" against "after 15 weeks of gestation"): what it says is then of other values
    than the asked one."""
    if spans_apart(question, text):
        return True
    asked = asked_values(question)
    if asked:
        stated = ranges(text)
        for measure, value in asked:
            if any(_same_measure(measure, own) and not low <= value <= high for own, low, high in stated):
                return True
    sized = {(_singular(m.group("noun")), _SIZES[m.group("size").lower()]) for m in _SIZE_ASKED.finditer(question)}
    if sized:
        for m in _SIZE_RANGE.finditer(text):
            low, high = sorted((_SIZES[m.group("a").lower()], _SIZES[m.group("b").lower()]))
            if any(noun == _singular(m.group("noun")) and not low <= size <= high for noun, size in sized):
                return True
        for m in _SIZE_SINGLED.finditer(text):
            words = re.findall(r"[a-z][a-z\-]*", m.group("clause").lower())
            singled = {_SIZES[w.removesuffix("-sized")] for w in words if w.removesuffix("-sized") in _SIZES}
            if _PHRASE_BREAK & set(words):
                continue  # "mainly for large people with gizmos": the size is of another noun than the last
            if singled and words and any(noun == _singular(words[-1]) and size not in singled for noun, size in sized):
                return True
    return False


# A span of time bounded on one side ("before 15 weeks", "prior to 14 weeks", "after 24 hours"), and a time at which
# ("at 12 weeks"): the grammar of time before a number, the units of time after it.
_SPAN = re.compile(r"\b(?P<side>before|prior\s+to|earlier\s+than|after|later\s+than|beyond|at)\s+"
                   r"(?P<n>\d+(?:\.\d+)?)(?:\+\d)?\s*(?P<unit>hour|day|week|month|year)s?\b", re.I)
_SPAN_SIDES = {"before": "lt", "prior": "lt", "earlier": "lt", "after": "gt", "later": "gt", "beyond": "gt", "at": "at"}


def _spans(text: str) -> set[tuple[str, float, str]]:
    """The spans and times of ``_SPAN`` in ``text``: ("lt", 15.0, "week") of "before 15 weeks"."""
    return {(_SPAN_SIDES[m.group("side").split()[0].lower()], float(m.group("n")), m.group("unit").lower())
            for m in _SPAN.finditer(text)}


def spans_apart(question: str, text: str) -> bool:
    """Whether a span of time or a time the question asks of ("before 15 weeks", "at 12 weeks") and every span the
    statement states in the same unit do not meet ("after 15 weeks of gestation"), the statement stating one."""
    asked = _spans(question)
    if not asked:
        return False
    stated = {span for span in _spans(text) if span[0] != "at"}
    for side, n, unit in asked:
        own = [(s, m) for s, m, u in stated if u == unit]
        if own and not any(_spans_meet(side, n, s, m) for s, m in own):
            return True
    return False


def within_span(question: str, text: str) -> bool:
    """Whether the statement states a span of time in a unit the question's span or time is in, and every such span of
    it meets the question's ("prior to 15 weeks of gestation" for "before 15 weeks"): it speaks of the asked time."""
    asked = _spans(question)
    stated = {span for span in _spans(text) if span[0] != "at"}
    shared = {unit for _, _, unit in asked} & {unit for _, _, unit in stated}
    return bool(shared) and not spans_apart(question, text)


def _spans_meet(side: str, n: float, own: str, m: float) -> bool:
    """Whether the asked span or time (``side`` of ``n``) and a stated span (``own`` of ``m``) share a moment."""
    if side == "at":
        return n < m if own == "lt" else n > m
    if side == own:
        return True
    return m < n if side == "lt" else n < m


# Words that set a range as the norm ("usually contain 45 to 200 micrograms", "The INR target ... is 2.0 to 3.0"),
# by stem: a question asking whether a value is the usual or the target one is answered by the range said so.
_NORM = re.compile(r"\b(usual|typical|target|recommend|standard|normal)", re.I)


def states_norm_asked(question: str, text: str) -> bool:
    """Whether a statement sets its figures as the same norm the question asks of (``_NORM``: "usual" asked and
    "usually" said): its range then answers a question about that norm, though it does not lead."""
    return bool(_norms(question) & _norms(text))


@lru_cache(maxsize=20_000)
def _norms(text: str) -> frozenset[str]:
    """The words of a text that set a norm (``_NORM``), lowercased: read once per statement, not per question."""
    return frozenset(m.group(1).lower() for m in _NORM.finditer(text))


def inside_range(question: str, text: str) -> bool:
    """Whether a value the question asks of (``asked_values``) lies inside a range the statement states on the same
    measure ("150 micrograms" in "45 to 200 micrograms"): the norm it states then holds the asked value."""
    return any(_same_measure(measure, own) and low <= value <= high
               for measure, value in asked_values(question) for own, low, high in ranges(text))
