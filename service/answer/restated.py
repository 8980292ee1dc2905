"""A follow-up that says a value of the case anew ("and if it were only stage 0?", "what if his BMI were 28?", "what
if she were 45?") replaces the value the question before gave for the same measure, and keeps the rest of that case.

Asked after "stage II gizmoma on the arm - what excision margin?", "and if it were only stage 0?" asks the margin for
stage 0: with both stages in it, the question read as one on either, and the advice for stage II, which shares more of
its words, led. Which value a follow-up restates is read from the grammar alone: a word naming a measure, then its value
("stage 0", "BMI 28", "grade 3", "score of 2"), or a person said to be a number of years ("she were 45"). No topic.
"""
from __future__ import annotations

import re

from service.answer.question import PERSON_NOUNS

# A value: a number, a Roman numeral up to four letters, or a digit with a letter of a sub-stage ("3b", "IIIa").
_VALUE = r"(?:\d+(?:\.\d+)?|[IVX]{1,4}[abcABC]?|\d[abcABC])"
# Words between a measure's name and its value ("BMI were 28", "score of 2", "stage now 3"). Grammar.
_BETWEEN = r"(?:(?:were|was|is|are|of|at|now|only|just|still)\s+){0,2}"
# A measure named before its value ("stage II", "BMI 28", "score of 2"); not a number that is part of a larger token
# ("3x", "28kg/m2" read whole elsewhere, "2.5%"). Grammar.
_NAMED_VALUE = re.compile(rf"\b(?P<name>[A-Za-z][A-Za-z\-]+)\s+{_BETWEEN}(?P<value>{_VALUE})(?![\w\-/%.]|\.\d)")
# Words that name no measure though a number may follow them: prepositions, verbs of being, pronouns, articles,
# conjunctions and adverbs ("after 6 weeks", "were 45", "only 2"). A closed class of English.
_NOT_A_NAME = frozenset("""about above after against among and around at before below between but by during each every
for from in into is are was were be been being it its he she they his her their them him the a an of on or over per
since than that this these those through to under until up down with within without only just still now nearly almost
approximately roughly about if when while so then also has have had do does did can could will would should may might
must not no""".split())
# A person said to be an age ("she were 45", "he is 8 years old", "if the patient was 70"). Grammar.
_PERSON_AGED = re.compile(r"\b(?P<who>he|she|they|(?:the\s+)?(?:patient|pt|child|man|woman|boy|girl))\s+"
                          r"(?:were|was|is|turns|turned)\s+(?:now\s+)?(?P<n>\d{1,3})(?:\s+years?\s+old)?\b(?![\w%/.])",
                          re.I)
# An age written in a case note as a person's ("30-year-old woman", as ``question.as_note_written`` writes "30F"). Not
# an age that labels the case ("6-year-old wobble fracture"): ``follow_up.without_earlier_age`` drops that one.
_NOTE_AGE = re.compile(rf"\b(?P<n>\d{{1,3}})(?P<unit>-year-old)\s+(?=(?:[\w\-]+\s+)?{PERSON_NOUNS}\b)", re.I)
# A value restated with what it is said of ("the histology were only stage 0", "his BMI were 28"): the whole phrase a
# case note leaves out once the value stands in its place. Grammar.
_SAID_OF = r"(?:(?:his|her|their|its|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:were|was|is|are)\s+(?:(?:only|now|just)\s+)?"
# Words that join a restated value to what else a follow-up says ("... but he has type 2 diabetes"). Grammar.
_JOINING = re.compile(r"^(?:\s*(?:,|and|but|so|also|then|though|although)\b\s*)+|(?:[\s,]+instead)?[\s,]+$|"
                      r"^\s*instead\s*$", re.I)


def named_values(text: str) -> list[tuple[str, str, int, int]]:
    """Each measure ``text`` names before its value ("stage", "0" of "stage 0 in situ"): (name in lower case, value as
    written, start and end of the whole phrase), not a word of ``_NOT_A_NAME``."""
    return [(m.group("name").lower(), m.group("value"), m.start(), m.end()) for m in _NAMED_VALUE.finditer(text)
            if m.group("name").lower() not in _NOT_A_NAME]


def restated_age(said: str) -> str | None:
    """The age a follow-up says a person is (``_PERSON_AGED``: "45" of "what if she were 45"); None where it says
    none."""
    m = _PERSON_AGED.search(said)
    return m.group("n") if m else None


def with_values_restated(asked: str, said: str) -> str:
    """``asked`` (the question or case note before) with each value ``said`` restates put in place of the one it gave
    for the same measure ("stage 0 gizmoma on the arm" of "stage II gizmoma on the arm" for "if it were only stage 0"),
    and with a person's age said anew ("she were 45") in place of the one its "N-year-old" gives. A measure or an age
    ``asked`` gives more than once, or not at all, is left as it is: which of them is meant cannot be told."""
    out = asked
    for name, value, _, _ in named_values(said):
        found = [m for m in _NAMED_VALUE.finditer(out) if m.group("name").lower() == name]
        if len(found) == 1 and found[0].group("value").lower() != value.lower():
            m = found[0]
            out = f"{out[:m.start('value')]}{value}{out[m.end('value'):]}"
    age = restated_age(said)
    ages = list(_NOTE_AGE.finditer(out))
    if age is not None and len(ages) == 1 and ages[0].group("n") != age:
        m = ages[0]
        out = f"{out[:m.start('n')]}{age}{out[m.end('n'):]}"
    return out


def rest_of_clause(said: str, asked: str) -> str:
    """What a follow-up's clause says beside the values it restates (``with_values_restated``): "he has type 2
    diabetes" of "his BMI were 28 but he has type 2 diabetes", "" of "she were 45". Only the phrases whose value
    ``asked`` gave otherwise are taken out, with what they are said of ("the histology were only stage 0", "his BMI
    were 28"); a value inside a name stays ("he has type 2 diabetes")."""
    out = said
    restated = {name for name, value, _, _ in named_values(said)
                if any(n == name and v.lower() != value.lower() for n, v, _, _ in named_values(asked))}
    for name in restated:
        out = re.sub(rf"{_SAID_OF}\b{re.escape(name)}\s+{_BETWEEN}{_VALUE}(?![\w\-/%.])|"
                     rf"(?:his|her|their|its|the)\s+{re.escape(name)}\s+{_BETWEEN}{_VALUE}(?![\w\-/%.])",
                     " ", out, count=1, flags=re.I)
    out = _PERSON_AGED.sub(" ", out, count=1) if restated_age(said) is not None else out
    return _JOINING.sub("", re.sub(r"\s+", " ", out)).strip()
