"""What a question's frame asks a statement to state, beyond an amount, a span of time or an age (``lead.misses_shape``
reads those): a value for "What ... range/target?", a length of time for "How long does X take?", a superlative for
"Which ... most?", a later time point for "Does the benefit last?". Grammar of the question and of the statement, no
topic: the lead and the closest evidence prefer a statement that gives what is asked over one that echoes the
question's words ("... has a narrow therapeutic range" for "what ... range")."""

from __future__ import annotations

import re

from service.answer.caseless import Caseless

# How long, or for how many of a unit of time ("For how many days?", "And how long should she use it?"; not "How many
# days a month ...?", how often): what a course's length, or a span, answers (``regimen.regimen_asked``, and the
# follow-up statements ``scoring`` keeps). Grammar.
ASKS_HOW_LONG = Caseless(re.compile(r"\bhow\s+long\b|\bhow\s+many\s+(?:days|weeks|months|years)\b"
                                    r"(?!\s+(?:a|an|per|each|every)\b)", re.I))
# A value that bounds a measure ("On gizmarin for a heart rhythm problem, what clotting-test range?", "What is
# the target level ...?", "Which threshold ...?"), which a number answers ("2.0 to 3.0", "below 140"), not a statement
# that only names the word ("... has a narrow therapeutic range"). Grammar of the question, no topic.
_VALUE_ASKED = Caseless(re.compile(r"\b(?:what|which)\s+(?:[\w\-]+\s+){0,3}?(?:range|target|goal|threshold|"
                                   r"cut[\s\-]?off|cut[\s\-]?point)s?\b", re.I))
# How long a procedure or a thing done takes ("How long does the gizmo lavage take?", "how long does procedure
# take"), which a length of time answers ("takes 10 to 30 minutes"), not how long its benefit lasts. Grammar.
_TAKES_ASKED = Caseless(re.compile(r"\bhow\s+long\s+(?:does|do|will|would|did|should|can)\s+(?:[\w\-]+\s+){0,5}?"
                                   r"take\b(?!\s+(?:to|for)\b)", re.I))
# Which of several is the most or least of something ("which phase hurts most", "Which stage is the most
# painful?"), which a statement of a superlative answers ("... is usually the most painful phase"). Grammar.
_MOST_ASKED = Caseless(re.compile(r"\b(?:which|what)\b[^?]*\b(?:most|least|worst)\b", re.I))
_SUPERLATIVE_STATED = re.compile(r"\b(?:the\s+)?(?:most|least)\s+(?!of\b|patients\b|people\b|cases\b|studies\b|"
                                 r"trials\b)[a-z]\w+|\b(?:worst|commonest)\b", re.I)
# Whether an effect lasts ("does benefit last", "Does the benefit of gizmo lavage last long term?"), which the
# latest follow-up answers: a statement reporting a later time point in years ("Longer follow-up ... at about five
# years found no significant difference"), before one on the first year. Grammar of time, no topic.
_LASTING_ASKED = Caseless(re.compile(r"\b(?:does|do|will|would|did)\s+(?:[\w\-]+\s+){0,6}?last\b(?!\s+(?:dose|"
                                     r"year|month|week|day|time|visit)s?\b)", re.I))
_LATER_STATED = re.compile(r"\b(?:longer|long[\s\-]term|extended|later)\s+follow[\s\-]?up\b|"
                           r"\b(?:at|after|over|for)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|"
                           r"nearly\s+|almost\s+|up\s+to\s+)?(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)"
                           r"[\s\-]+years?\b", re.I)
# A value a statement gives: a range of numbers ("2.0 to 3.0", "between 4 and 6") or a bound ("below 140", "at least
# 7"). Grammar of numbers, no topic.
# (Not the ages of the people it applies to, "(aged 5 to 16)"; a bound may also follow its number, "a level of 40
# parts per billion or more", or be a sign, "\u2265 40".)
_VALUE_STATED = re.compile(r"(?<!aged\s)(?<!ages\s)\b\d+(?:\.\d+)?\s*(?:to|-|\u2013|and)\s*\d+(?:\.\d+)?\b|"
                           r"\b(?:below|above|under|over|less\s+than|more\s+than|greater\s+than|at\s+least|at\s+most|"
                           r"up\s+to)\s+\d+(?:\.\d+)?\b(?!\s+(?:patients|participants|people|trials|studies)\b)|"
                           r"\b\d+(?:\.\d+)?\s*(?:[a-z/%()]+\s+){0,4}?or\s+(?:more|less|greater|higher|lower|above|"
                           r"below|over|under)\b|[\u2265\u2264<>]=?\s*\d", re.I)
# A length of time a statement gives, with or without a preposition ("takes 10 to 30 minutes", "lasts about an
# hour"; not "once a day", which says how often). Grammar of time.
_LENGTH_STATED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|ten|an)(?:\s+(?:to|or|and)\s+\d+)?[\s\-]+"
                            r"(?:seconds?|minutes?|hours?|days?|weeks?)\b", re.I)


def lasting_asked(question: str) -> bool:
    """Whether a question asks whether an effect lasts ("Does the benefit of gizmo lavage last long term?",
    ``_LASTING_ASKED``): what a later time point answers (``_LATER_STATED``)."""
    return bool(_LASTING_ASKED.search(question))


def stated_asked(question: str) -> re.Pattern[str] | None:
    """What a statement must state to give what the question's frame asks: a value for "What ... range/target?"
    (``_VALUE_ASKED``), a length of time for "How long does X take?" (``_TAKES_ASKED``), a superlative for "Which ...
    most?" (``_MOST_ASKED``), a later time point for "Does the benefit last?" (``_LASTING_ASKED``); None for any other
    question."""
    if _VALUE_ASKED.search(question):
        return _VALUE_STATED
    if _TAKES_ASKED.search(question):
        return _LENGTH_STATED
    if _MOST_ASKED.search(question):
        return _SUPERLATIVE_STATED
    if lasting_asked(question):
        return _LATER_STATED
    return None


def states_asked(text: str, question: str) -> bool:
    """Whether a statement gives what the question's frame asks (``stated_asked``): such a statement is quoted as
    closest evidence however far below the best it ranks ("Longer follow-up of the same trial at about five years found
    no significant difference ..." for "Does the benefit of gizmo lavage last long term?", which the relevance model put
    far below advice on the first year)."""
    stated = stated_asked(question)
    return stated is not None and bool(stated.search(text))
