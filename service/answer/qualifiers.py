"""What people, severity, stage and place of care a text names: the qualifiers a question asks its answer to fit
("How is severe community-acquired pneumonia treated?": high severity) and a statement may name otherwise ("for
low-severity community-acquired pneumonia"). English's degree adjectives, age nouns and places of care; no disease."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.bounds import NUMBER_WORDS
from service.answer.question import AGED
from service.answer.routing import REASON

# Qualifiers of the people or the condition a question asks about, by kind: how severe the condition is, how far it has
# spread, the age group, pregnancy, and the place of care. Each kind is a few words of grammar (degree adjectives, age
# nouns, a place's preposition and noun), no disease: a question names a value of a kind ("severe community-acquired
# pneumonia": high), and so may a statement ("for low-severity community-acquired pneumonia": low).
_SEVERITY_WORD = r"(?:non-?severe|(?:low|high|moderate)(?:er)?[- ]severity|mild|moderate|severe)"
_SEVERITY = re.compile(rf"\b{_SEVERITY_WORD}(?:(?:\s*,\s*|\s+(?:or|and|to)\s+|-to-)(?:{_SEVERITY_WORD}))*\b", re.I)
_NON_SEVERE = re.compile(r"\bnon-?severe\b")
# How far the condition has spread, read the same way ("advanced breast cancer", "early-stage disease").
_STAGE_WORD = r"(?:early(?:[- ]stage)?|locali[sz]ed|(?:locally\s+)?advanced|metastatic|late[- ]stage)"
_STAGE = re.compile(rf"\b{_STAGE_WORD}(?:(?:\s*,\s*|\s+(?:or|and|to)\s+)(?:{_STAGE_WORD}))*\b", re.I)
# Each kind of degree, its pattern and the value each of its words gives by how it starts ("non-severe": low).
_DEGREES = (("severity", _SEVERITY, (("non", "low"), ("mild", "low"), ("low", "low"), ("moderate", "moderate"),
                                     ("severe", "high"), ("high", "high"))),
            ("stage", _STAGE, (("early", "early"), ("locali", "early"), ("advanced", "advanced"),
                               ("metastatic", "advanced"), ("late", "advanced"))))
# What a degree adjective may describe in a statement besides the asked condition's own words: the condition named
# in general ("severe symptoms", "non-severe illness"), not a sign or an event of it ("severe bulging", "severe
# attacks"), nor a score ("a low severity score").
_CONDITION_NOUNS = frozenset(tokenize("illness disease symptoms cases infection"))
# Words that end the noun phrase after a degree adjective: what follows them is no longer what it describes.
_PHRASE_ENDS = frozenset("of for in with to such as and or that which who when where at on by from than is are was "
                         "were should can may".split())
_PHRASE_REACH = 3  # words of a noun phrase after its adjective: "low-severity community-acquired pneumonia"
# (Ages in numbers are left to ``bounds``: "aged 1 to 70 years and ... over 70 years" names both groups.)
_AGES = (("older", re.compile(r"\bolder\s+(?:adults?|people|persons|patients|men|women|individuals)\b|\belderly\b",
                              re.I)),
         ("young", re.compile(r"\byoung\s+(?:adults?|men|women)\b", re.I)),
         ("child", re.compile(r"\b(?:child|children|childhood|paediatric|pediatric|infants?|bab(?:y|ies)|"
                              r"newborns?|neonates?|toddlers?)\b", re.I)),
         ("adolescent", re.compile(r"\b(?:adolescents?|teenagers?)\b", re.I)),
         ("adult", re.compile(r"(?<!older )(?<!young )\badults?\b", re.I)))
# A person named by their age ("a 70-year-old woman", "a 3-year-old", "6-month-olds", ``question.AGED``): the age group
# the number falls in (``_aged_group``), and the age itself in months (kind "age at"), which an age bound a statement
# sets may exclude ("children older than 6 months" is no advice for a 2-month-old, ``outside_bounds``).
# A case note writes "74yo", "74 y/o" for a 74-year-old: the same age in the shorthand of clinical notes (grammar of
# notes, no topic; without it "glioblastoma, 74yo ..." was led by advice for patients under 70).
_NOTE_AGE = r"\d+\s*-?\s*(?:yo|y/o)"
_AGED = re.compile(rf"\b(?:{AGED}|{_NOTE_AGE})(?![\w/])", re.I)
_AGE_PARTS = re.compile(r"(?P<n>\d+)(?:[\s\-]+(?P<unit>year|month|week|day)|\s*-?\s*(?:yo|y/o))", re.I)
_MONTHS_PER = {"year": 12.0, "month": 1.0, "week": 12 / 52, "day": 12 / 365}
# The ages English groups people by, in years: under 13 a child, to 17 an adolescent, to 64 an adult, then older.
_AGE_GROUPS = ((13, "child"), (18, "adolescent"), (65, "adult"))


def _aged_group(n: int, unit: str) -> str:
    """The age group (``_AGES``' values) of a person ``n`` ``unit``s old."""
    if unit.lower() != "year":
        return "child"
    return next((group for limit, group in _AGE_GROUPS if n < limit), "older")


# Which side of growing up an age group is on: a question on children is not answered by advice for adults, while
# advice for adolescents is a part of it, as advice for older adults is of adults.
_AGE_SIDE = {"child": "minor", "adolescent": "minor", "adult": "grown", "young": "grown", "older": "grown"}
# The value clinical advice speaks of when it names none: "adults" asked or said adds nothing to tell statements
# apart (advice is for adults unless it says otherwise); only the other side of growing up contradicts it.
ADULTS_DEFAULT = frozenset({"adult"})
# Whom by sex a text speaks of: English nouns and adjectives of sex, and a case note's capital letter right after an
# age ("22yo F", "61M", "22F"; a number of two digits at most without "yo", so that "101F" of a temperature is none).
# The letter is read in its case and with nothing after it but a space or a stop ("3 m/o", "6 m walk", "2 F/U" are no
# sex). A closed class of general English and of clinical notes' shorthand, no topic: advice for men is about other
# people than a young woman, whom advice for young women in a sexual relationship is for.
_NOTE_SEX = r"(?<![\w.])(?:\d{1,3}\s*-?\s*(?i:yo|y/o|y\.o\.)\s*|\d{1,2})"
_NOT_AFTER_NOTE = r"(?![\w./])"
_SEXES = (("female", re.compile(rf"(?i:\b(?:women|woman|females?|girls?)\b)|{_NOTE_SEX}F{_NOT_AFTER_NOTE}")),
          ("male", re.compile(rf"(?i:\b(?:men|man|males?|boys?)\b)|{_NOTE_SEX}M{_NOT_AFTER_NOTE}")))
# Kinds read for a contradiction only: a statement for men contradicts a question on a woman, but one naming women says
# nothing of a question that names no sex (advice is for both unless it says otherwise), nor leaves one that names a
# woman unmatched (advice naming no sex is hers too).
CONTRADICT_ONLY = frozenset({"sex"})
_PREGNANCY = re.compile(r"\b(?:pregnan(?:t|cy|cies)|breast-?feeding|lactating)\b", re.I)
_SETTINGS = (("hospital", re.compile(r"\b(?:in\s+hospital|hospitali[sz]ed|inpatients?|admitted\s+to\s+hospital|"
                                     r"intensive\s+care)\b", re.I)),
             ("home", re.compile(r"\b(?:outpatients?|at\s+home|in\s+primary\s+care|in\s+the\s+community)\b", re.I)))
# An age bound on the people ("children under two", "under 2 years", "younger than 6 months", "older than 65"), read
# as its direction and its number of months, so that a number in words meets one in digits: "under two" and "under 2
# years" are both "lt 24m". A bound is an age only right after a noun of people ("children under two", "infants
# younger than 6 months") or with "old" or "of age" after it; a number without its unit is then years, and one in
# weeks stays in weeks. Grammar of comparison and number words, no topic.
_NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"
_LESS = r"under|below|younger\s+than|less\s+than"
_MORE = r"over|above|older\s+than|more\s+than"
AGE_UNIT = r"(?:years?|yrs?|months?|weeks?)"  # the units of an age (lead.AGE_STATED reads them too)
_PEOPLE_NOUN = (r"(?:child|children|kids?|infants?|bab(?:y|ies)|toddlers?|people|persons|patients|adults?|women|men|"
                r"those)")
_AGE_BOUND = re.compile(rf"\b(?:(?P<lt>{_LESS})|(?P<gt>{_MORE}))\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?P<n>{_NUMBER})"
                        rf"(?:\s*(?:-|\s)\s*(?P<unit>{AGE_UNIT})(?P<old>\s+(?:old|of\s+age))?\b)?"
                        r"(?!\s*%)(?!\s*percent\b)",
                        re.I)
_PEOPLE_BEFORE = re.compile(rf"\b{_PEOPLE_NOUN}\s+(?:aged\s+)?$", re.I)
# An age bound in signs after the word age ("Age <60 years", "age \u226560 years"), as a list item under a lead-in
# writes it ("target for Age \u226560 years is ..."; ingest.readers.lists): "<" up to, ">" past, the year itself
# with "\u2264"/"\u2265". Signs of comparison, no topic.
_AGE_SIGN = re.compile(rf"\bage\s*(?P<sign><=?|\u2264|>=?|\u2265)\s*(?P<n>\d{{1,3}})\s*(?P<unit>{AGE_UNIT})?", re.I)


# An age band in years ("ages 40 to 54 years", "between the ages of 2 and 17", "aged 18-64", "50 to 74 years of age",
# "12 to 17 years old"), and an age with all older or younger people ("65 years of age or older", "aged 50 and over",
# "age 70+ years", "2 years and older", "5 years or younger"): each end read as the bound it sets, so that an exact
# age asked ("a 45-year-old man") meets the band that holds it and not its neighbours' (``outside_bounds``). An age
# only after "age(s)"/"aged", a noun of people or "from", or with "old"/"of age"/"older"/"younger" after it; years
# unless months or weeks are named. Grammar of ages, no topic.
_AGE_WORD = r"(?:(?:the\s+)?ages?\s+(?:of\s+)?|aged\s+)"
_BAND = re.compile(rf"(?P<lead>{_AGE_WORD})?(?:between\s+{_AGE_WORD}?)?(?P<a>\d{{1,3}})"
                   rf"\s*(?:to|-|\u2013|and|through)\s*"
                   rf"(?P<b>\d{{1,3}})(?:\s*(?P<unit>{AGE_UNIT}))?(?P<old>\s+(?:old|of\s+age))?\b", re.I)
_AND_OLDER = re.compile(rf"(?P<lead>{_AGE_WORD})?(?P<n>\d{{1,3}})(?P<plus>\+)?(?:\s*(?P<unit>{AGE_UNIT}))?"
                        rf"(?:\s+(?:old|of\s+age))?(?(plus)|\s+(?:or|and)\s+(?:(?P<up>older|over|above)|"
                        rf"(?P<down>younger|under|below))\b)", re.I)
_AGE_LEAD_PEOPLE = re.compile(rf"\b(?:{_PEOPLE_NOUN}|from|individuals|persons?)\s+(?:between\s+)?$", re.I)


def _in_months(n: int, unit: str) -> float:
    """``n`` of an age's ``unit`` (years when none) in months."""
    unit = unit.lower()
    return n * (12 / 52 if unit.startswith("w") else 1 if unit.startswith("m") else 12)


def _age_ranges(text: str) -> set[str]:
    """The bounds of the age bands and open-ended ages ``text`` names (``_BAND``, ``_AND_OLDER``), as
    ``_age_bounds`` writes them: "ages 40 to 54 years" gives "gt 479m" and "lt 660m" (a month below the band's first
    year, the first month past its last), "65 years of age or older" "gt 779m"."""
    found: set[str] = set()
    for m in _BAND.finditer(text):
        unit = m.group("unit") or ""
        if not (m.group("lead") or m.group("old") or _AGE_LEAD_PEOPLE.search(text[:m.start()])):
            continue
        if not unit and not m.group("lead"):
            continue  # "from 2 to 5": no unit and no word of age, a count of anything
        a, b = int(m.group("a")), int(m.group("b"))
        if not a < b:
            continue
        step = _in_months(1, unit)
        found.add(f"gt {_in_months(a, unit) - 1:g}m")
        found.add(f"lt {_in_months(b, unit) + step:g}m")
    for m in _AND_OLDER.finditer(text):
        unit = m.group("unit") or ""
        if not (m.group("lead") or unit or _AGE_LEAD_PEOPLE.search(text[:m.start()])):
            continue
        if not unit and not m.group("lead"):
            continue
        n = int(m.group("n"))
        if m.group("plus") or m.group("up"):
            found.add(f"gt {_in_months(n, unit) - 1:g}m")
        else:
            found.add(f"lt {_in_months(n, unit) + _in_months(1, unit):g}m")
    return found


def _age_bounds(text: str) -> set[str]:
    """The age bounds ``text`` names (``_AGE_BOUND``), each "lt" or "gt" and a number of months ("lt 24m") or
    weeks ("lt 6w"), and those of its age bands (``_age_ranges``) where they leave some age between them: a statement
    naming two groups ("aged 1 to 70 years and ... over 70 years", two bands) sets no one band on its advice."""
    found: set[str] = set()
    for m in _AGE_BOUND.finditer(text):
        unit = (m.group("unit") or "").lower()
        if not _PEOPLE_BEFORE.search(text[:m.start()]) and not m.group("old"):
            continue  # "over two weeks of treatment", "under 5 mg": a length or an amount, not an age
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS[word]
        direction = "lt" if m.group("lt") else "gt"
        if unit.startswith("w"):
            found.add(f"{direction} {n}w")
        else:
            found.add(f"{direction} {n if unit.startswith('m') else 12 * n}m")
    signed = {_signed_bound(m.group("sign"), int(m.group("n")), m.group("unit") or "")
              for m in _AGE_SIGN.finditer(text)}
    low, high = _span(signed)
    if low < high - 1:  # ("120 mg below age 3 and 240 mg for age >=3 years" names two groups: no one bound)
        found |= signed
    ranges = _age_ranges(text)
    if ranges and _leaves_an_age(found | ranges, ranges):
        found |= ranges
    return found


def _signed_bound(sign: str, n: int, unit: str) -> str:
    """An age bound in signs as ``_age_bounds`` writes it: "<60" "lt 720m", "\u226460" "lt 732m" (the 60th year
    in), ">60" "gt 720m", "\u226560" "gt 719m" (as "60 years or older")."""
    months, inclusive = _in_months(n, unit), sign in ("<=", ">=", "\u2264", "\u2265")
    if sign[0] in ("<", "\u2264"):
        return f"lt {months + (_in_months(1, unit) if inclusive else 0):g}m"
    return f"gt {months - (1 if inclusive else 0):g}m"


def _leaves_an_age(bounds: set[str], band: set[str]) -> bool:
    """Whether some age lies inside every one of ``bounds`` (above each "gt", below each "lt"), a year of it at
    least, or half the ``band``'s width where that is less: a band read through its last year ("1 to 70 years") and a
    bound past it ("over 70") leave none; "6 to 11 months" alone leaves its own."""
    low, high = _span(bounds)
    band_low, band_high = _span(band)
    if not band_low < band_high - 1:
        return False  # two bands ("ages 30 to 44 ... ages 45 to 59"): two groups
    return low < high - min(12.0, (band_high - band_low) / 2)


def _span(bounds: set[str]) -> tuple[float, float]:
    """The highest "gt" and the lowest "lt" of ``bounds``, in months."""
    return (max((_months(b.split()[1]) for b in bounds if b.startswith("gt")), default=-1.0),
            min((_months(b.split()[1]) for b in bounds if b.startswith("lt")), default=float("inf")))


# Both of a pair or one ("bilateral", "in both ears"; "unilateral", "one eye"): a question on a bilateral infection is
# answered by advice for "infection in both ears". The nouns are the body's paired parts, what "both" and "one" count
# there (words of anatomy, no disease).
_PAIRED = (r"(?:ears?|eyes?|sides?|kidneys?|lungs?|breasts?|knees?|hips?|ankles?|feet|foot|hands?|legs?|shoulders?|"
           r"ovar(?:y|ies))")
_SIDES = (("both", re.compile(rf"\bbilateral(?:ly)?\b|\bboth\s+{_PAIRED}\b", re.I)),
          ("one", re.compile(rf"\bunilateral(?:ly)?\b|\b(?:one|a\s+single)\s+{_PAIRED}\b", re.I)))
# Kinds whose values are read for a match only: two age bounds that differ may still meet ("under 6 months" is a part
# of "under two"; ``bounds`` reads their ranges), so one never contradicts the other here.
MATCH_ONLY = frozenset({"age bound"})
# Examples a statement gives ("including pregnant and postpartum women", "such as in late pregnancy"), to the end of
# their clause: they widen what it says, they do not restrict it to the people they name. Grammar.
EXAMPLES = re.compile(r"\b(?:such\s+as|including|e\.g\.|for\s+example)\b[^,;:.]*", re.I)


@lru_cache(maxsize=20_000)
def qualifiers(text: str, condition_terms: frozenset[str] | None = None,
               examples: bool = False) -> dict[str, frozenset[str]]:
    """The values of each kind of qualifier ``text`` names (kinds: "severity", "stage", "age", "age bound"
    (``_AGE_BOUND``), "sides" (``_SIDES``), "sex" (``_SEXES``), "pregnancy", "setting"),
    those in its examples (``EXAMPLES``) only with ``examples``. With ``condition_terms`` (a statement read against a
    question: the question's terms), a degree adjective counts only where it describes the asked condition, a noun of
    its noun phrase (``_PHRASE_REACH`` words, to a preposition or joining word) being one of those terms or a noun for
    the condition in general (``_CONDITION_NOUNS``); a question's own degree adjectives all count. Cached: the same
    statements and titles are read again for each answer's lead and its verdict. What the text alone decides is read
    once per text (``_text_qualifiers``): a statement is read against question after question, and only the degree
    adjectives' test of ``condition_terms`` differs."""
    degrees, rest = _text_qualifiers(text, examples)
    found: dict[str, set[str]] = {}
    for kind, after, levels in degrees:
        if condition_terms is not None and not after & (condition_terms | _CONDITION_NOUNS):
            continue
        found.setdefault(kind, set()).update(levels)
    for kind, values in rest:
        found.setdefault(kind, set()).update(values)
    return {kind: frozenset(values) for kind, values in found.items()}


@lru_cache(maxsize=20_000)
def _text_qualifiers(text: str, examples: bool) -> tuple[tuple[tuple[str, frozenset[str], tuple[str, ...]], ...],
                                                         tuple[tuple[str, tuple[str, ...]], ...]]:
    """What ``qualifiers`` reads of ``text`` alone: each degree adjective's kind, the terms of the noun phrase after it
    (``_PHRASE_REACH`` words, to a ``_PHRASE_ENDS`` word) and its levels, in order; then the values of each other
    kind, in the order ``qualifiers`` adds them."""
    text = text if examples else EXAMPLES.sub(" ", text)
    degrees = []
    for kind, pattern, levels in _DEGREES:
        for m in pattern.finditer(text):
            after = []
            for word in re.findall(r"[\w\-]+", text[m.end():])[:_PHRASE_REACH]:
                if word.lower() in _PHRASE_ENDS:
                    break
                after.append(word)
            # "non-severe" is one word of a low degree, not "non" and "severe" (which made it high as well)
            words = re.findall(r"[a-z]+", _NON_SEVERE.sub("non", m.group(0).lower()))
            degrees.append((kind, frozenset(tokenize(" ".join(after))),
                            tuple(level for word in words for start, level in levels if word.startswith(start))))
    found: dict[str, list[str]] = {}
    # (not in a clause giving the reason for advice, ``routing.REASON``: the people it names are those the reason
    # concerns, not whom the advice is for; "women of childbearing potential" are no children)
    advised = REASON.sub(" ", text)
    for value, pattern in _AGES:
        if pattern.search(advised):
            found.setdefault("age", []).append(value)
    for m in _AGED.finditer(text):
        parts = _AGE_PARTS.match(m.group(0))
        if parts is None:
            continue
        n, unit = int(parts.group("n")), (parts.group("unit") or "year").lower()
        found.setdefault("age", []).append(_aged_group(n, unit))
        found.setdefault("age at", []).append(f"{n * _MONTHS_PER[unit]:g}m")
    ages = _age_bounds(text)
    if ages:
        found["age bound"] = list(ages)
    for value, pattern in _SEXES:
        if pattern.search(advised):
            found.setdefault("sex", []).append(value)
    for value, pattern in _SIDES:
        if pattern.search(text):
            found.setdefault("sides", []).append(value)
    if _PREGNANCY.search(text):
        found["pregnancy"] = ["pregnancy"]
    for value, pattern in _SETTINGS:
        if pattern.search(text):
            found.setdefault("setting", []).append(value)
    return tuple(degrees), tuple((kind, tuple(values)) for kind, values in found.items())


def outside_bounds(ages_at: frozenset[str], bounds: frozenset[str]) -> bool:
    """Whether an exact age asked ("age at" values, months: "2m" of "a 2-month-old") falls outside the age bounds a
    statement sets ("age bound" values: "gt 6m" of "children older than 6 months", "lt 6w"); False when either is
    missing."""
    for at in ages_at:
        age = _months(at)
        for bound in bounds:
            direction, value = bound.split()
            limit = _months(value)
            if (direction == "gt" and age <= limit) or (direction == "lt" and age >= limit):
                return True
    return False


def beyond_bounds(asked: frozenset[str], bounds: frozenset[str]) -> bool:
    """Whether the ages a question asks of by an age bound of its own ("age bound" values: "lt 36m" of "children
    under 3 years", "gt 480m" of "adults over 40") are not all inside the age bounds a statement sets ("lt 6m" of
    "children under 6 months"): the statement's advice then covers part of the asked people at most, or none of them,
    as an exact age outside its bounds is none of them (``outside_bounds``). Each side's bounds are read together, the
    asked ages between its highest "gt" and its lowest "lt"; False when either names none."""
    if not asked or not bounds:
        return False
    low = max((_months(value) for direction, value in map(str.split, asked) if direction == "gt"), default=0.0)
    high = min((_months(value) for direction, value in map(str.split, asked) if direction == "lt"),
               default=float("inf"))
    for bound in bounds:
        direction, value = bound.split()
        limit = _months(value)
        if (direction == "gt" and low < limit) or (direction == "lt" and high > limit):
            return True
    return False


def _months(value: str) -> float:
    """An age bound's number in months ("36m" -> 36, "6w" -> about 1.4)."""
    number = float(value[:-1])
    return number * 12 / 52 if value.endswith("w") else number


def both_sides(said: frozenset[str]) -> bool:
    """Whether ages a statement names lie on both sides of growing up ("in adults or children with ..."): it names
    everyone, so it narrows its advice to no group."""
    return {"minor", "grown"} <= {_AGE_SIDE.get(v, v) for v in said}


def crosses(wanted: frozenset[str], said: frozenset[str]) -> bool:
    """Whether what a statement names (``said``) is all of other values than the question asks (``wanted``), and
    none a part of them: "low" said of "high" asked, "adult" of "child" (not "adolescent" of "child")."""
    if not said or not wanted or wanted & said:
        return False
    sides = {_AGE_SIDE.get(v, v) for v in said}
    return not sides & {_AGE_SIDE.get(v, v) for v in wanted}
