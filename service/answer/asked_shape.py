"""What a question's frame asks a statement to state, beyond an amount, a span of time or an age (``lead.misses_shape``
reads those): a value for "What ... range/target?", a length of time for "How long does X take?", a superlative for
"Which ... most?", a later time point for "Does the benefit last?". Grammar of the question and of the statement, no
topic: the lead and the closest evidence prefer a statement that gives what is asked over one that echoes the
question's words ("... has a narrow therapeutic range" for "what ... range")."""

from __future__ import annotations

import re
from functools import lru_cache

from service.answer.caseless import Caseless
from service.answer.routing import FREQUENCY

# Statements whose readings here are remembered (``names_later_line``, ``BegunStated``): as many as the other
# statement memos keep.
STATEMENTS_KEPT = 20_000
# Questions whose frame is remembered (``stated_asked``): as many as ``question.read_question`` keeps.
QUESTIONS_KEPT = 10_000

# How long, or for how many of a unit of time ("For how many days?", "And how long should she use it?"; not "How many
# days a month ...?", how often): what a course's length, or a span, answers (``regimen.regimen_asked``, and the
# follow-up statements ``scoring`` keeps). Grammar.
ASKS_HOW_LONG = Caseless(re.compile(r"\bhow\s+long\b|\bhow\s+many\s+(?:days|weeks|months|years)\b"
                                    r"(?!\s+(?:a|an|per|each|every)\b)", re.I))
# How often a thing is done or checked ("How often should gizmo antibody levels be checked in pregnancy?"), which a
# statement of a frequency answers ("... should be measured every 4 weeks", ``routing.FREQUENCY``), not one that
# names the measure's thresholds. (A dosing question's how often is ``regimen.regimen_asked``'s.) Grammar.
_HOW_OFTEN_ASKED = Caseless(re.compile(r"\bhow\s+(?:often|frequently)\b", re.I))
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


# The first treatment asked ("which drug first line?", "first choice of ...?", "the initial therapy for ...?", "what do
# I start with?"), not one after it ("second-line", "after first-line failed", "what to add"): what a statement of
# where treatment begins answers. Grammar of lines of treatment, no topic.
_FIRST_ASKED = Caseless(re.compile(r"\b(?:first|1st)[\s\-]*(?:line|choice)\b|\binitial\s+(?:drug|treatment|therapy|"
                                   r"agent|medication|choice)s?\b|\b(?:start|begin)\s+with\b|"
                                   # (a which-question whose "first" ends it, "what imaging first?", "which test first
                                   # for a limp?": the first of a kind asked, not "first trimester" nor "first episode")
                                   r"\b(?:what|which)\b[^?.;:]*?\bfirst(?=\s*(?:[?.!,;:]|$|(?:for|in|with|if|when)\b))",
                                   re.I))
_LATER_ASKED = Caseless(re.compile(r"\b(?:after|failed|fails|failure|beyond|despite|second|2nd|third|3rd|refractory|"
                                   r"next|add|adding|added)\b", re.I))
# Where treatment begins, as a statement says it: a verb of beginning with what it begins with ("Begin therapy with a
# thiazide ...", "Start treatment with ...", "initiated on ..."), or the rank of the first ("first-line", "first
# choice", "the drug of choice", "initial therapy", "the first drug"). The verbs are a small closed class of general
# English (begin, start, initiate, commence), naming no treatment; "Add a second agent ..." says what comes after the
# first.
_BEGUN_STATED = re.compile(r"\b(?:begin|began|begun|beginning|start|started|starting|initiat\w*|commenc\w*)\s+"
                           r"(?:[\w\-]+\s+){0,3}?(?:with|on)\b|\bfirst[\s\-](?:line|choice|step)\b|"
                           r"\bof\s+(?:first\s+)?choice\b|\binitial(?:ly)?\s+(?:drug|treatment|therapy|agent|"
                           r"imaging|test|investigation|examination|modality|study|evaluation)\b|"
                           # (the one preferred of a kind: "... is generally the preferred modality", "the preferred
                           # initial test"; not "preferred by patients", which says who prefers it)
                           r"\bthe\s+(?:[\w\-]+\s+)?preferred\s+(?!by\b)[a-z]|"
                           r"\b(?:is|are)\s+(?:(?!not\b|never\b)[a-z]+\s+)?the\s+primary\s+(?:[\w\-]+\s+)?(?:modality|test|"
                           r"investigation|imaging|examination|treatment|therapy|drug|option|choice)\b|"
                           # (the first of a kind named: "... is often preferred as the first drug for ...")
                           r"\bfirst\s+(?:drug|medicine|medication|treatment|therapy|agent|option)s?\b", re.I)
# Advice to give a treatment, as a statement words it ("An X or Y is recommended for people with ...", "X is preferred
# in ..."): asked the first line, it names what to give as a statement of where treatment begins does, for the people
# it names (a question on the first drug for people with a further state is answered by the advice for that state, "An
# X is recommended for patients with ... and albuminuria", which need not say "first"). Not an imperative ("Offer
# modification and monitoring of ..."), "should be used", nor "is recommended as one option to prevent ...", which
# on the lists put advice on how or what else to do, or another condition's drug, first. Verbs of recommending, a
# small closed class of general English.
_GIVING_ADVISED = re.compile(r"\b(?:is|are)\s+(?:(?!not\b|never\b)\w+\s+)?(?:recommended|preferred)\s+(?:for|in)\b",
                             re.I)
# Words that deny what follows them in their clause ("Avoid gizmidine as first-line ...", "X is no longer first line
# therapy", "... recommends against X as a first-line ..."): such a statement names the first line to say what it is
# not. A small closed class of English words of denial; a clause ends at a semicolon, colon or full stop.
_DENIED_BEFORE = re.compile(r"\b(?:avoid\w*|not|no\s+longer|never|against|instead\s+of|rather\s+than)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:.]\s")
# An aside in brackets ("Topical steroids (i.e., X or Y, swallowed rather than inhaled, ...) are a first-line ..."):
# a denial inside it denies what the aside says (how the thing is taken), not the rank after it. Grammar.
_ASIDE = re.compile(r"\([^()]*\)")
# A line of treatment after the first, as a statement names it ("second-line therapy", "third line"). Grammar of lines.
LATER_LINE_STATED = re.compile(r"\b(?:second|third|fourth|2nd|3rd|4th|later)[\s\-]+line\b", re.I)
# The measure a question asks a value of, named right after its "what" or "which" ("what BMI before I can start ...?",
# "At what INR should ...?", "what sodium concentration counts as ...?"): one or two words that are no verb, pronoun or
# article (``_NOT_MEASURE``), nor the words whose value other frames read (a dose, an age, a range, a kind of thing). A
# statement that names it and gives it a value ("... need a BMI at or above 30") answers before
# one that names the topic only ("... drugs belong only inside a whole programme").
_MEASURE_ASKED = re.compile(r"\b(?:what|which)\s+(?P<m>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})", re.I)
# What may follow a measure's short name asked alone ("what BMI before ...", "At what INR should ...", "which eGFR is
# ..."): a preposition, an auxiliary, the question's end. Another noun makes the name a kind's ("Which BRCA1 mutation
# ...?", "Which MRI sequence ...?"), which asks a name, no value. Grammar words only.
# (Not "is" or "are": "Which microRNA is the mediator of ...?" asks a name, as "Which mRNAs are ...?" does.)
_AFTER_NAME = frozenset("""before for to at in on of should would must do does can could level value values threshold
    cutoff cut-off""".split())
# Words after "what" that name no measure: verbs and auxiliaries, pronouns, articles, kinds of a thing whose value is
# not a number, and the frames read elsewhere (dose, age, time, range, target). Grammar and generic nouns only.
# (The kinds are also what a measure's words may only name the use of: "Which blood pressure drug ...?" asks a drug.)
_KINDS = frozenset("""kind kinds type types sort sorts form forms class classes drug drugs medicine medicines medication
    medications agent agents option options treatment treatments therapy therapies test tests investigation
    investigations imaging scan scans dose doses dosage dosages regimen regimens device devices""".split())
_NOT_MEASURE = _KINDS | frozenset("""is are was were be been do does did can could should would will may might must has
    have had happens happened causes i we you he she they it this that these those the a an my his her their our your
    age ages time times range ranges target targets goal goals threshold thresholds else about other next first
    best""".split())
# What makes the words after "what" a measure: written as a measure's short name ("BMI", "eGFR", "HbA1c",
# ``_name_shaped``), or ending in a noun of measuring ("platelet count", "haemoglobin level", "blood pressure"): a small
# closed class of general English, naming no topic. ("Which gene is mutated ...?" asks a name, no value.)
_MEASURE_NOUNS = frozenset("""level levels count counts score scores pressure concentration concentrations rate ratio
    index weight saturation clearance value values""".split())
# A value given to the measure named before it, within a few words: a bound and a number ("of greater than or equal
# to 30", "\u2265 30", "above 160", "at least 7", "between 27 and 29.9"), or right after it the number it is of ("a BMI
# of 30"; not "... gene, which consists of 12 exons"). Grammar of numbers, no topic.
_BOUND_VALUE = (r"(?:(?:greater|more|less|higher|lower)\s+than(?:\s+or\s+equal\s+to)?|"
                r"above|below|over|under|at\s+least|at\s+most|exceeding|between|[\u2265\u2264<>]=?)\s*\d")


def measure_asked(question: str) -> str | None:
    """The measure a question asks a value of (``_MEASURE_ASKED``: "BMI" of "what BMI before I can start weight loss
    medication?"), or None: no such frame, or the words after "what" are no measure (``_NOT_MEASURE``: "what drug",
    "what dose", "what is")."""
    found = _MEASURE_ASKED.search(question)
    if found is None:
        return None
    words = found.group("m").split()
    lowered = [w.lower() for w in words] + [""]
    if lowered[0] in _NOT_MEASURE:
        return None
    if len(words) > 1 and lowered[1] in _MEASURE_NOUNS:
        # ("platelet count", "sodium concentration"; not "Which blood pressure drug ...?")
        return None if lowered[2] in _KINDS else " ".join(words[:2])
    if lowered[0] in _MEASURE_NOUNS or (_name_shaped(words[0]) and (len(words) == 1 or lowered[1] in _AFTER_NAME)):
        return None if lowered[1] in _KINDS else words[0]  # ("BMI" of "what BMI before ...")
    return None


def _name_shaped(word: str) -> bool:
    """Whether a word is written as a measure's short name is: a capital after its first letter ("BMI", "eGFR") or
    letters and a digit ("HbA1c", "FEV1")."""
    return len(word) > 1 and (any(ch.isupper() for ch in word[1:])
                              or (any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)))


@lru_cache(maxsize=2_000)
def _measure_stated(measure: str) -> re.Pattern[str]:
    """A statement's value of ``measure``: the measure's words, then within six words a bound and a number
    (``_BOUND_VALUE``). Made once per measure."""
    named = r"\s+".join(re.escape(w) for w in measure.split())
    return re.compile(rf"\b{named}\b(?:\s+(?:of|is|was)\s*\d|\W+(?:[\w\-/()]+\W+){{0,6}}?{_BOUND_VALUE})", re.I)


# A question that asks yes or no by its opening, or by that of a clause after a colon or a dash ("Is first-line X as
# effective as Y?", "Scrotal approach: should it become our first choice?"): it asks whether, not where to begin.
# Auxiliaries, grammar only.
_YES_NO_OPENING = Caseless(re.compile(r"(?:^|[:;\u2013\u2014]|\s-)\s*(?:is|are|was|were|does|do|did|should|can|could|"
                                      r"will|would|has|have|may|must)\b", re.I))


def first_asked(question: str) -> bool:
    """Whether a question asks where treatment begins (``_FIRST_ASKED``: "which drug first line?"), not a later step
    (``_LATER_ASKED``) nor whether a thing is the first step (``_YES_NO_OPENING``): a statement of where it begins
    (``_BEGUN_STATED``) answers before one on the condition at large or on the steps after it ("Add second and third
    agents as needed ...")."""
    return (bool(_FIRST_ASKED.search(question)) and not _LATER_ASKED.search(question)
            and not _YES_NO_OPENING.search(question))


def lasting_asked(question: str) -> bool:
    """Whether a question asks whether an effect lasts ("Does the benefit of gizmo lavage last long term?",
    ``_LASTING_ASKED``): what a later time point answers (``_LATER_STATED``)."""
    return bool(_LASTING_ASKED.search(question))


@lru_cache(maxsize=QUESTIONS_KEPT)
def stated_asked(question: str) -> re.Pattern[str] | None:
    """What a statement must state to give what the question's frame asks: a value for "What ... range/target?"
    (``_VALUE_ASKED``), a length of time for "How long does X take?" (``_TAKES_ASKED``), a superlative for "Which ...
    most?" (``_MOST_ASKED``), a later time point for "Does the benefit last?" (``_LASTING_ASKED``); None for any other
    question. Remembered per question: asked four or five times in one answer (scoring's matcher, the shape of the
    lead and of its closest evidence)."""
    if _VALUE_ASKED.search(question):
        return _VALUE_STATED
    if _TAKES_ASKED.search(question):
        return _LENGTH_STATED
    if _MOST_ASKED.search(question):
        return _SUPERLATIVE_STATED
    if lasting_asked(question):
        return _LATER_STATED
    measure = measure_asked(question)
    if measure is not None:
        return _measure_stated(measure)
    return None


class BegunStated:
    """Where treatment begins, as a statement says it (``_BEGUN_STATED``) or advises what to give (``_GIVING_ADVISED``:
    "X is recommended for people with ...", not "Add a second agent ..."), and does not deny it in the clause before
    (``_DENIED_BEFORE``: "Avoid gizmidine as first-line ...", "X is no longer first line therapy"): ``search`` as a
    pattern's, so that it stands where a pattern of ``stated_asked`` does."""

    def search(self, text: str) -> re.Match[str] | None:
        """The first place ``text`` says where treatment begins without a denial before it in its clause, or None
        where it names a later line (``LATER_LINE_STATED``: "X may be offered as a second-line choice to those
        whose first-line treatment was Y" is advice for the line after)."""
        return _begun_stated(text)


@lru_cache(maxsize=STATEMENTS_KEPT)
def _begun_stated(text: str) -> re.Match[str] | None:
    """``BegunStated.search``, remembered per statement: asked of each statement a "which first?" answer weighs, the
    same statements question after question, and its two scans were among the dearest of an answer (a match holds
    nothing that changes)."""
    if names_later_line(text):
        return None
    for pattern in (_BEGUN_STATED, _GIVING_ADVISED):
        for found in pattern.finditer(text):
            if not _DENIED_BEFORE.search(_ASIDE.sub(" ", _CLAUSE_BREAK.split(text[:found.start()])[-1])):
                return found
    return None


BEGUN_STATED = BegunStated()


# The first of a kind as a statement ranks it, not by a verb of beginning: "first-line", "of choice", "the initial
# test", or the preferred or primary one of a kind ("Ultrasound is the primary imaging modality in ...", "X is
# generally the preferred modality"). Rarer than a verb of beginning ("start with a low dose ..."), so a statement
# that ranks the first of a kind is quoted as closest evidence below the relevance margin (``ranks_first_asked``).
# Words of rank and generic kinds of a thing, no topic.
_RANKED_FIRST = re.compile(r"\bfirst[\s\-](?:line|choice)\b|\bof\s+(?:first\s+)?choice\b|"
                           r"\binitial\s+(?:imaging|test|investigation|examination|modality|study|evaluation)\b|"
                           r"\b(?:is|are)\s+(?:(?!not\b|never\b)[a-z]+\s+)?the\s+(?:preferred|primary|best|"
                           r"most\s+appropriate)\s+(?:[\w\-]+\s+)?"
                           r"(?:modality|modalities|test|tests|investigation|imaging|examination|study|treatment|"
                           r"therapy|drug|option|choice|method|approach)\b", re.I)


def ranks_first_asked(text: str, question: str) -> bool:
    """Whether a question asks the first of a kind (``first_asked``: "what imaging first?") and a statement ranks one
    first (``_RANKED_FIRST``: "... is the primary imaging modality in ...", "... is the most appropriate imaging test
    for ...") without denying it before, in its clause
    (``_DENIED_BEFORE``) nor naming a later line: it answers what was asked, however far below the best the relevance
    model ranks it (it put "Pelvic sonography is generally the preferred modality" below three sentences on what CT may
    show, for "what imaging first?")."""
    if not first_asked(question) or names_later_line(text) or text.rstrip().endswith("?"):
        return False  # (a heading that asks, "What Is the Best Test to ...?", ranks nothing)
    return any(not _DENIED_BEFORE.search(_CLAUSE_BREAK.split(text[:found.start()])[-1])
               for found in _RANKED_FIRST.finditer(text))


@lru_cache(maxsize=STATEMENTS_KEPT)
def names_later_line(text: str) -> bool:
    """Whether a statement names a line of treatment after the first (``LATER_LINE_STATED``: "... as second-line
    therapy ..."): asked the first line, it answers after every statement that does not, where none says where
    treatment begins. Remembered per statement (asked of each a first-line answer weighs)."""
    return bool(LATER_LINE_STATED.search(text))


def shape_asked(question: str) -> re.Pattern[str] | BegunStated | None:
    """What a statement must state to give what the question's frame asks, for the lead and its closest evidence to
    prefer: ``stated_asked``'s, or where treatment begins for "which drug first line?" (``first_asked``,
    ``BEGUN_STATED``). (Where it begins is not one of ``stated_asked``'s: many a sentence far from the question
    begins something with something, "start with a low dose ...", so it neither keeps a statement the relevance
    model doubts nor quotes one far below the best; it orders the close ones.)"""
    stated = stated_asked(question)
    if stated is None and first_asked(question):
        return BEGUN_STATED
    if stated is None and _HOW_OFTEN_ASKED.search(question):
        # (Not one of ``stated_asked``'s either: kept at the frame's lower floor, "... INR should be checked weekly"
        # was quoted for how often to check lithium, which no source speaks of.)
        return FREQUENCY.regex
    return stated


def states_asked(text: str, question: str) -> bool:
    """Whether a statement gives what the question's frame asks (``stated_asked``): such a statement is quoted as
    closest evidence however far below the best it ranks ("Longer follow-up of the same trial at about five years found
    no significant difference ..." for "Does the benefit of gizmo lavage last long term?", which the relevance model put
    far below advice on the first year)."""
    stated = stated_asked(question)
    return stated is not None and bool(stated.search(text))
