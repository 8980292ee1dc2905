"""The state of the case a guideline's statement is for, read against the state a question puts its patient in.

A guideline divides its advice by the case: "Pacing is reasonable in first- or second-degree block with symptoms ...",
"Variant 4: Child; poor response to treatment within 48 hours or recurrent febrile infection - procedure X: Rating 7".
Asked of a patient in the other state ("asymptomatic first-degree block", "first febrile infection, better within 48
h"), such a statement names nearly every word of the question and is not about that patient: it may be quoted as
context, but it carries no yes or no for them and does not lead (session 60's blind test: "leans yes" to a procedure
from the row for the atypical or recurrent case, asked of a first infection that responded). Four readings, each of
the grammar of describing a case, no topic:

- a word and its negating prefix (``reserved_state``'s reading: "asymptomatic" and "symptomatic" or "with symptoms",
  "unstable" and "stable"), where the statement's word stands by a word of the asked thing;
- which episode: a first one against a recurrent one, of the same thing;
- how the case responds to treatment: better, responding, a good response against a poor one, not responding;
- an ordinal grade of the same noun: "first-degree" against "second-degree", "type 1" against "type 2".

A statement that names the asked side too on a reading ("... for first- or second-degree block ...") is for the patient
on that reading; it must be on each reading it names. Only guideline statements are read: a study's finding names the
people it studied, which the readings of findings weigh.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import QUESTION_WORDS, tokenize
from ingest.models import DocumentKind
from service.answer.negation import NEGATORS
from service.answer.reserved_state import STATEMENTS_KEPT, kept_for, states_of_words, word_readings
from service.answer.cutoffs import meets_some
from service.answer.scoring import Candidate

# Words either side of a state word in which a word of the asked thing must stand for the state to be that thing's
# ("asymptomatic first-degree AV block": "block" within reach): a state said of something else ("to relieve symptoms
# of anxiety") is not the case's. By hand, from table rows and recommendations of the shared guidelines.
REACH = 5

_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


def _content(text: str) -> frozenset[str]:
    return frozenset(tokenize(text)) - QUESTION_WORDS


def _near(text: str, start: int, end: int) -> frozenset[str]:
    """The content terms of the ``REACH`` words either side of ``text[start:end]``."""
    before = _WORD.findall(text[:start])[-REACH:]
    after = _WORD.findall(text[end:])[:REACH]
    return _content(" ".join(before + after))


# --- A word and its negating prefix ("asymptomatic" / "symptomatic", "with symptoms" / "without symptoms").
# A state said by a noun after "with", "without" or "no" ("with symptoms", "without symptoms"), which a prefixed
# adjective says in one word. Grammar.
_WITH_NOUN = re.compile(r"\b(?P<w>with|without|no)\s+(?:(?:any|an?|the)\s+)?(?P<n>[a-z]{4,}(?:\s+[a-z]{4,}){0,2})\b",
                        re.I)
# A negator ending the text before a word, an adverb between at most ("not controlled", "not well controlled").
_NEGATORS = "|".join(sorted(w for w in NEGATORS if w.isalpha()))
_NEGATED_BEFORE = re.compile(rf"\b(?:{_NEGATORS})\s+(?:\w+ly\s+|well\s+)?$", re.I)
# Words read alone for their prefix (``reserved_state``): an adjective of a case, "asymptomatic", "unstable".
_ADJECTIVE = re.compile(r"\b(?:non-)?[a-z]{6,}\b", re.I)


def _prefixed_states(text: str, plain: frozenset[str]) -> list[tuple[str, bool, int, int, bool]]:
    """The states ``text`` names as a prefixed word or its plain form, or as a noun after "with"/"without"/"no",
    each as (stem, negated, start, end, marked): ``marked``, negated by a prefix or by "without"/"no" (what makes a
    word a state with an opposite; a negator before a verb, "do not interact", does not); ``plain``: the stems both
    texts write, for ``states_named``. (What the text alone decides is read once per text, ``_state_words`` and
    ``_with_nouns``: a statement is read against question after question, and only ``plain`` differs.)"""
    out: list[tuple[str, bool, int, int, bool]] = []
    for words, turned, start, end in _state_words(text):
        for stem, negated in states_of_words(words, plain):
            out.append((stem, negated != turned, start, end, negated))
    for negated, start, end, stems in _with_nouns(text):
        for stem in stems:
            out.append((stem, negated, start, end, negated))
    return out


@lru_cache(maxsize=STATEMENTS_KEPT)
def _state_words(text: str) -> tuple[tuple[tuple[tuple[str, str | None, bool], ...], bool, int, int], ...]:
    """Each adjective of a case in ``text`` (``_ADJECTIVE``): its words as ``states_named`` reads them, whether a
    negator just before turns it ("not controlled" is "uncontrolled", where "uncontrolled" is written somewhere), and
    where it stands. Of the text alone, so remembered per text."""
    return tuple((word_readings(m.group(0)), bool(_NEGATED_BEFORE.search(text[:m.start()])), m.start(), m.end())
                 for m in _ADJECTIVE.finditer(text))


@lru_cache(maxsize=STATEMENTS_KEPT)
def _with_nouns(text: str) -> tuple[tuple[bool, int, int, tuple[str, ...]], ...]:
    """Each noun phrase ``text`` names after "with"/"without"/"no" (``_WITH_NOUN``): whether negated, where it stands,
    its stems. Of the text alone, so remembered per text."""
    return tuple((m.group("w").lower() != "with", m.start(), m.end(), tuple(tokenize(m.group("n"))))
                 for m in _WITH_NOUN.finditer(text))


_ACT_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+$", re.I)  # an act in "-ing" just before: "screening ", "testing "


def _with_phrases(text: str) -> frozenset[tuple[int, int]]:
    """Where ``text`` names a state by "with"/"without"/"no" and a noun phrase (``_WITH_NOUN``)."""
    return frozenset((start, end) for _, start, end, _ in _with_nouns(text))


def _one_state(a: str, b: str) -> bool:
    """Whether two stems name one state: one begins the other, four letters at least ("symptom", "symptomat")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _prefix_axes(question: str, text: str, asked_thing: frozenset[str]) -> tuple[bool, bool]:
    """(other, alike) on the readings of a word and its negating prefix: whether the statement names, by a word of the
    asked thing, a state the question names only the other way round, and whether it names one the same way."""
    plain = frozenset(tokenize(question)) | frozenset(tokenize(text))
    q_phrases, t_phrases = _with_phrases(question), _with_phrases(text)
    # (A question's "with"/"without" after an act in "-ing" says how the act is done, not the patient's state: "Does
    # screening without joint care help?" is answered by the contrast "screening with joint care helps", as the verdict
    # reads it, ``verdict.on_condition``.)
    acts = frozenset(span for span in q_phrases if _ACT_BEFORE.search(question[:span[0]]))
    asked_states = [(*x, (x[2], x[3]) in q_phrases) for x in _prefixed_states(question, plain)
                    if (x[2], x[3]) not in acts]
    said = [(*x, (x[2], x[3]) in t_phrases) for x in _prefixed_states(text, plain)]
    # A state opened by a negating prefix is read in any of its words; one opened only by "without"/"no" only in
    # "with"/"without"/"no" phrases on both sides ("without antibiotics" is no opposite of the word "antibiotics").
    by_prefix = {s for s, _, _, _, marked, phrase in (*asked_states, *said) if marked and not phrase}
    by_phrase = {s for s, _, _, _, marked, phrase in (*asked_states, *said) if marked and phrase}

    def on_axis(stem: str, phrase: bool) -> bool:
        return any(_one_state(stem, s) for s in by_prefix) or (phrase and any(_one_state(stem, s) for s in by_phrase))

    asked = [(s, n) for s, n, _, _, _, phrase in asked_states if on_axis(s, phrase)]
    other = alike = False
    for stem, negated, start, end, _, phrase in said:
        # Only a state that one text writes negated: the pair is then a state and its opposite.
        if not on_axis(stem, phrase):
            continue
        if not _near(text, start, end) & asked_thing:
            continue
        for a, n in asked:
            if _one_state(a, stem):
                alike = alike or n == negated
                other = other or n != negated
    return other, alike


# --- Which episode: a first one, or one that came back. A closed class of general clinical English ("first",
# "initial", "new"; "recurrent", "recurring", "repeated", "relapsing", "further"), read only where the words after it
# name the same thing in both texts ("first febrile infection" / "recurrent febrile infection").
_FIRST = re.compile(r"\b(?:first|initial|1st)\b(?![\s\-]*(?:line|choice|degree|trimester|dose|time|step))", re.I)
_AGAIN = re.compile(r"\b(?:recurr(?:ent|ing|ence|ences)|repeated|relapsing|further\s+episodes?)\b", re.I)
_EPISODE_REACH = 3  # words after the episode word that name what recurs: "febrile urinary tract infection"


def _after(text: str, end: int) -> frozenset[str]:
    return _content(" ".join(_WORD.findall(re.split(r"[.;:()]", text[end:])[0])[:_EPISODE_REACH]))


@lru_cache(maxsize=STATEMENTS_KEPT)
def _episodes(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each episode word of ``text`` ("first" or "again") and the terms of what it is an episode of. Of the text
    alone, so remembered per text."""
    out = [("first", _after(text, m.end())) for m in _FIRST.finditer(text)]
    return tuple(out + [("again", _after(text, m.end())) for m in _AGAIN.finditer(text)])


def _episode_axis(question: str, text: str) -> tuple[bool, bool]:
    """(other, alike) on which episode the case is."""
    asked, said = _episodes(question), _episodes(text)
    other = any(a != s and qa & st for a, qa in asked for s, st in said)
    alike = any(a == s and qa & st for a, qa in asked for s, st in said)
    return other, alike


# --- How the case responds to treatment. A closed class of general clinical English: a response qualified as poor
# or its denial ("not responding", "does not improve", "hasn't improved", "no better", "unresponsive", "refractory",
# "failed to respond": a contracted "n't" denies as "not" does, and "no" a comparative; "no better after 3 months" read
# as "better after" stood a patient whom a treatment failed against the statement on patients refractory to it), and a
# good one ("good response", "responding"; a question's patient also "better" or "improving" within a time or on a
# treatment). The poor forms are read first and blanked, so that "not responding well" is no good response. A
# statement's "improved" is an outcome of a thing, not a case's response: only a question reads it.
_POOR = re.compile(r"\b(?:poor|inadequate|insufficient|incomplete|partial|slow|no|lack\s+of)\s+(?:clinical\s+)?"
                   r"respon(?:se|ses)\b|(?:\bnot|n['\u2019]t)\s+(?:\w+\s+)?"
                   r"(?:respond(?:ing|ed)?|improv(?:e|ing|ed)|better)\b|"
                   r"\bnon-?respon\w*|\bunresponsive\b|\brefractory\b|\bfail(?:ed|s|ure|ing)?\s+to\s+"
                   r"(?:respond|improve)\b|\bno\s+(?:clinical\s+)?improvement\b", re.I)
_GOOD_SAID = re.compile(r"\b(?:good|adequate|prompt|complete|satisfactory)\s+(?:clinical\s+)?respon(?:se|ses)\b|"
                        r"\brespond(?:ing|s|ed)\s+(?:well\s+)?to\b", re.I)
# A question's "no better" is its case's poor response; a statement's ("was no better than a dummy pill") compares
# two things and says nothing of a case, so only a question reads it.
_NO_BETTER_ASKED = re.compile(r"\bno\s+better\b", re.I)
_GOOD_ASKED = re.compile(rf"{_GOOD_SAID.pattern}|\brespond(?:ing|ed)\b|\bimprov(?:ing|ed)\b|"
                         r"\bbetter\s+(?:with|within|after|on|by|in|since)\b", re.I)


@lru_cache(maxsize=STATEMENTS_KEPT)
def _response(text: str, good: re.Pattern[str]) -> tuple[bool, bool]:
    """(poor, good): whether ``text`` names a poor response, and a good one outside the poor ones (of the text alone,
    so remembered per text)."""
    poor = _POOR.search(text) is not None or (good is _GOOD_ASKED and _NO_BETTER_ASKED.search(text) is not None)
    blanked = _POOR.sub(" ", text)
    return poor, good.search(_NO_BETTER_ASKED.sub(" ", blanked) if good is _GOOD_ASKED else blanked) is not None


def _response_axis(question: str, text: str) -> tuple[bool, bool]:
    """(other, alike) on how the case responds."""
    asked_poor, asked_good = _response(question, _GOOD_ASKED)
    if asked_poor == asked_good:
        return False, False  # (neither asked, or both: nothing to read)
    said_poor, said_good = _response(text, _GOOD_SAID)
    return (said_good if asked_poor else said_poor), (said_poor if asked_poor else said_good)


# --- An ordinal grade of a noun: "first-degree", "1st degree", "second- or third-degree", "type II", "grade 3",
# "stage IV". The nouns that take a grade this way and the ordinals are general English (no topic).
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_LETTERS = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
_ORDINAL = r"(?:first|1st|second|2nd|third|3rd|fourth|4th)"
_GRADED_NOUN = r"(?:type|grade|stage)"
# A value, a digit perhaps with a sub-stage letter ("stage 3b", "stage 5d": read as its digit, so "3a" and "3b" are
# alike and neither is told from the other, while "5d" is another stage than "4"), or a stage 0 ("stage 0 melanoma",
# in situ: another stage than "stage II").
_VALUE = r"(?:[0-5][a-e]?|i{1,3}|iv|v)"
_BEFORE = re.compile(rf"\b(?P<v>{_ORDINAL}(?:[\s\-]*(?:,|or|and|to)\s*{_ORDINAL})*)[\s\-]+degree\b", re.I)
_AFTER = re.compile(rf"\b(?P<n>{_GRADED_NOUN})s?\s+(?P<v>{_VALUE}(?:\s*(?:,|or|and|to|-|/)\s*{_VALUE})*)\b(?!\w|\.\d)",
                    re.I)
# A class of a named scheme written after the scheme's name in capitals ("TASC C", "NYHA III", "GOLD 2"): the name is
# its noun, a capital letter its value by its place in the alphabet ("TASC C and D lesions": 3 and 4). Read in case:
# "a C" or "vitamin D" is no class. Grammar of names, no topic.
_LETTER = r"[A-E]"
_CLASSED = re.compile(rf"(?<![\w\-])(?P<n>[A-Z]{{2,8}})\s+(?P<v>(?:{_LETTER}|(?i:{_VALUE}))"
                      rf"(?:\s*(?:,|or|and|to|/)\s*(?:{_LETTER}|(?i:{_VALUE})))*)(?![\w\-]|\.\d)")


def _values(words: str) -> frozenset[int]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", words.lower()):
        if len(w) == 1 and w in _LETTERS:
            out.add(_LETTERS[w])  # (a scheme's class by letter, ``_CLASSED``: "TASC C" is its third)
        elif w in _ORDINALS:
            out.add(_ORDINALS[w])
        elif w in _ROMAN:
            out.add(_ROMAN[w])
        elif w.isdigit():
            out.add(int(w))
        elif w[:1].isdigit() and w[1:].isalpha() and len(w) == 2:
            out.add(int(w[0]))  # (a sub-stage: "5d" is stage 5)
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _grades(text: str) -> tuple[tuple[str, frozenset[int], int, int], ...]:
    """Each ordinal grade ``text`` names: its noun, its values, where it stands."""
    out = [("degree", _values(m.group("v")), m.start(), m.end()) for m in _BEFORE.finditer(text)]
    out += [(m.group("n").lower(), _values(m.group("v")), m.start(), m.end()) for m in _AFTER.finditer(text)]
    out += [(m.group("n").lower(), _values(m.group("v")), m.start(), m.end()) for m in _CLASSED.finditer(text)]
    return tuple((n, v, s, e) for n, v, s, e in out if v)


def grades(text: str) -> dict[str, frozenset[int]]:
    """The ordinal grades ``text`` names, by noun ("stage II melanoma": {"stage": {2}}; "first-degree block":
    {"degree": {1}})."""
    out: dict[str, frozenset[int]] = {}
    for noun, values, _, _ in _grades(text):
        out[noun] = out.get(noun, frozenset()) | values
    return out


def _grade_axis(question: str, text: str, asked_thing: frozenset[str]) -> tuple[bool, bool]:
    """(other, alike) on a grade of the same noun: the statement names the noun, by a word of the asked thing, with
    none of the values the question gives it."""
    asked: dict[str, set[int]] = {}
    for noun, values, _, _ in _grades(question):
        asked.setdefault(noun, set()).update(values)
    other = alike = False
    for noun, values, start, end in _grades(text):
        if noun not in asked or not _near(text, start, end) & asked_thing:
            continue
        if values & asked[noun]:
            alike = True
        else:
            other = True
    return other, alike


# --- One head qualified two ways: "low-risk" against "high-risk", "standard-definition" against "high-definition". A
# guideline writes its rule for each group in the same words but the qualifier, and a compound adjective is how it
# names the group; a note may write it with a space ("low risk prostate ca") or cut its head short ("standard-def").
# Letters only: a number before a hyphen is an age or a dose ("3-year", "5-mg"), which ``lead.fit`` and ``cutoffs``
# weigh. Grammar.
_COMPOUND = re.compile(r"\b(?P<m>[a-z]{3,})-(?P<h>[a-z]{3,})\b", re.I)
# Qualifiers of one head listed before it, the head said once ("low- and intermediate-risk", "low-, intermediate- or
# high-risk"): each is a group the rule is for.
_SUSPENDED = re.compile(r"\b(?P<m>[a-z]{3,})-(?=\s*(?:,|and\b|or\b|to\b))", re.I)
# A compound adjective a note writes with a space, before the noun it qualifies: "low risk prostate ca" (the three words
# in one clause; "... anal sex. genital swabs" qualifies nothing). Its head is the statement's as written: a head cut
# short is read only in a hyphenated compound ("standard-def"), where "screening questionnaire" is no "two-question".
_SPACED = re.compile(r"(?=\b(?P<m>[a-z]{3,})[ ](?P<h>[a-z]{3,})[ ][a-z])", re.I)
# Words that stand before a noun without qualifying it as a compound's first part, nor are a noun qualified:
# prepositions, conjunctions, determiners and numerals ("time since injury", "and anal sex", "treatment for mild",
# "every other day", "a two-question screen": a count, as a digit's is, ``_COMPOUND``). Grammar.
_NOT_QUALIFIER = re.compile(r"one|two|three|four|five|six|seven|eight|nine|ten|other|another|every|same|such|about|"
                            r"above|after|against|along|among|and|any|around|before|behind|below|beside|between|"
                            r"but|during|each|except|for|from|into|near|nor|not|off|onto|over|past|per|since|than|that|"
                            r"the|then|this|those|these|through|till|under|until|upon|via|what|when|which|while|who|"
                            r"with|within|without", re.I)
# What a patient is on ("not controlled on a low-dose inhaled steroid", "on low dose ICS"): the treatment taken, whose
# course ``after_failure`` reads; its qualifier names no group of patients (the rule for failure on a "medium-dose"
# course is the next step's, not another patient's). Grammar.
_TAKEN_ON = re.compile(r"\bon\s+(?:(?:an?|the|their|his|her|a\s+\w+)\s+)?[a-z]{3,}[- ][a-z]{3,}", re.I)
_LIST_GLUE = re.compile(r"^[\s,]*(?:(?:and|or|to)\s+)?(?:[a-z]{3,}-[\s,]*(?:(?:and|or|to)\s+)?)*$", re.I)


def _same_head(a: str, b: str) -> bool:
    """Whether two heads of compounds are one word, one maybe cut short ("def", "definition")."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return long_.startswith(short)


@lru_cache(maxsize=STATEMENTS_KEPT)
def _qualified(text: str) -> tuple[tuple[str, str], ...]:
    """Each (head, qualifier) ``text`` writes as a compound adjective, with the qualifiers listed before the head said
    once (``_SUSPENDED``)."""
    out: list[tuple[str, str]] = []
    for m in _COMPOUND.finditer(text):
        head = m.group("h").lower()
        if _NOT_QUALIFIER.fullmatch(m.group("m")):
            continue
        out.append((head, m.group("m").lower()))
        before = text[:m.start()]
        for s in reversed(list(_SUSPENDED.finditer(before))):
            if not _LIST_GLUE.match(before[s.end():]):
                break
            out.append((head, s.group("m").lower()))
    return tuple(out)


def _compound_axis(question: str, text: str) -> tuple[bool, bool]:
    """(other, alike) on one head qualified two ways: the statement qualifies a head the question qualifies (as a
    compound, or as two words before the head, "low risk") with none of the question's qualifiers for it."""
    said = _qualified(text)
    if not said:
        return False, False
    asked: dict[str, set[str]] = {}
    for head, qualifier in _qualified(_TAKEN_ON.sub(" ", question)):
        asked.setdefault(head, set()).add(qualifier)
    for m in _SPACED.finditer(_TAKEN_ON.sub(" ", question)):
        qualifier, head = m.group("m").lower(), m.group("h").lower()
        if not ({qualifier, head} & QUESTION_WORDS or _NOT_QUALIFIER.fullmatch(qualifier)
                or _NOT_QUALIFIER.fullmatch(head)) and any(head == h for h, _ in said):
            asked.setdefault(head, set()).add(qualifier)
    by_head: dict[str, set[str]] = {}
    for head, qualifier in said:
        for asked_head in asked:
            if _same_head(head, asked_head) and head != qualifier:
                by_head.setdefault(asked_head, set()).add(qualifier)
    # (Per head: "high-definition ... rather than white-light" is for another group however "white light" is asked.)
    other = any(not qualifiers & asked[head] for head, qualifiers in by_head.items())
    alike = not other and any(qualifiers & asked[head] for head, qualifiers in by_head.items())
    return other, alike


# --- A case a rule opens on, named before a colon, which the question never names: "If severe renal failure: do not
# use drugq ...", "In people with a gizmo allergy: ..." for "glumosis - is drugq ok?". Its advice is for that case;
# for a patient the question says nothing of it for, it is no yes or no. Grammar of a rule list's condition ("If",
# "When", "In case of", "In <people> with/who") ended by a colon; a clause ended by a comma is too often an event of
# the asked case itself ("If a patient taking warfarin starts a supplement, ...").
_OPENING_CASE = re.compile(r"^\W*(?:if|when|in\s+(?:the\s+)?(?:case|presence|event)\s+of|in\s+(?:patients|people|"
                           r"persons|those|adults|children|women|men)\s+(?:with|who))\b(?P<case>[^:;.]{3,120}):", re.I)


def opens_on_unasked_case(question: str, text: str) -> bool:
    """Whether a statement opens on a case (``_OPENING_CASE``) none of whose terms the question names, and sets no
    threshold the question's value meets (``cutoffs.meets_some``: "If the kidneys fail badly: never give ... (CrCl <15
    mL/min for X, CrCl <25 mL/min for Y)" is for a patient with a CrCl of 20)."""
    m = _OPENING_CASE.match(text)
    if m is None:
        return False
    case = _content(m.group("case"))
    return bool(case) and not case & _content(question) and not meets_some(question, text)


def for_an_unasked_case(question: str, c: Candidate) -> bool:
    """Whether guideline statement ``c`` opens on a case the question never names (``opens_on_unasked_case``) and does
    not name the asked condition (a statement on it may open on the condition's words as the corpus writes them). Such
    a rule carries no yes or no for the asked patient and does not lead."""
    return (c.hit.document.kind == DocumentKind.GUIDELINE and not c.mentions_condition
            and opens_on_unasked_case(question, c.text))


_UNLESS = re.compile(r"\bunless\b", re.I)


def for_another_state(question: str, c: Candidate) -> bool:
    """Whether guideline statement ``c`` is for a case in another state than the question's patient on some reading
    (a negating prefix, the episode, the response, a grade; module docstring) and does not name the patient's state
    on that reading too ("... for asymptomatic second-degree block" is for another grade, however asymptomatic). Such
    a statement carries no yes or no for the patient and does not lead; it may be quoted as context."""
    if c.hit.document.kind != DocumentKind.GUIDELINE or _keeps_for_a_state(c.text):
        # (Advice that keeps the act for a state, "reserved for symptomatic ...", "not ... unless ...", speaks to
        # everyone: for a patient outside that state it is the no, ``reserved_state``.)
        return False
    return for_another_state_text(question, c.text)


@lru_cache(maxsize=20_000)
def _keeps_for_a_state(text: str) -> bool:
    """Whether a statement keeps its act for a state (``kept_for``) or withholds it unless one holds (``_UNLESS``).
    Remembered per text: asked of every guideline statement weighed for another case, the same ones question after
    question."""
    return kept_for(text) is not None or _UNLESS.search(text) is not None


@lru_cache(maxsize=20_000)
def for_another_state_text(question: str, text: str) -> bool:
    """``for_another_state`` of a statement's text. Not where the statement is for people with any one of several
    things (``_one_alternative_fits``): the state it names is one of them, and another is the patient's."""
    asked_thing = _content(question)
    readings = (_prefix_axes(question, text, asked_thing), _episode_axis(question, text),
                _response_axis(question, text), _grade_axis(question, text, asked_thing),
                _compound_axis(question, text))
    return any(other and not alike for other, alike in readings) and not _one_alternative_fits(question, text)


# Words that open a list of alternatives, any one of which makes the case ("... toddlers showing one or more of these
# warning signs: A, B, or C", "any of the following: ..."), and what parts it into its members. Grammar.
_ALTERNATIVES = re.compile(r"\b(?:(?:one|two)\s+or\s+more|any|either|at\s+least\s+one)\s+of\b", re.I)
_MEMBER_END = re.compile(r"[,;]|\bor\b|\band\b", re.I)


def _one_alternative_fits(question: str, text: str) -> bool:
    """Whether a statement lists alternatives that make its case (``_ALTERNATIVES``) and one of them names something
    of the question without being in another state than its patient: "... toddlers showing one or more of these warning
    signs: gizmo onset, an affected sibling, or past bouts of wobbling" is for a steady toddler of gizmo onset,
    though its last member is another state."""
    found = _ALTERNATIVES.search(text)
    if found is None:
        return False
    asked = _content(question)
    return any(_content(member) & asked and not for_another_state_text(question, member)
               for member in _MEMBER_END.split(text[found.end():]))


def for_other_case(question: str, c: Candidate, yes_no: bool) -> bool:
    """Whether statement ``c`` is for another case than the question's patient: in another state on some reading
    (``for_another_state``) or, asked for a yes or a no (``yes_no``), a rule on a case the question never names
    (``for_an_unasked_case``; an open question may take such a rule as context of what it asks)."""
    return for_another_state(question, c) or (yes_no and for_an_unasked_case(question, c))
