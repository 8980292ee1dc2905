"""A "yes" above a quote that itself says otherwise, read from the grammar of the question's asking clause and of
the quote: the act asked is the very act the quote negates ("Can I stop gizmolol completely?" above "Gizmolol should
not be stopped completely"); the exact age asked falls outside the age bound the quote sets ("... for children older
than 6 months" for a 4-month-old); a warning in the quote names the very state a question on safety asks of
("Gizmolol carries warnings about gizmo palsy" for "Is gizmolol safe in a patient with a history of gizmo palsy?").
Questions written as a vignette ("adult gizmo palsy controlled for a year, can I stop gizmolol?", "pt on gizmolol -
should she cut out X?") hide their act from shapes that read a question from its first word; these read the clause
that asks. Grammar only: no topic words."""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.guarded import GuardedPattern
from service.answer.qualifiers import outside_bounds, qualifiers

_AUX = r"(?:should|shall|can|could|may|might|must|do|does|did|is|are|would|will)"
# The clause that asks, after a vignette said first ("60F gizmo pain, no stiffness - need a gizmo scan ...?"): the last
# part after a comma, semicolon, colon or dash that opens with an auxiliary or a bare "need".
_ASKING = re.compile(rf"(?:^|[,;:]\s*|\s[-\u2013\u2014]+\s+)"
                     rf"(?P<q>(?:{_AUX}|need|needs)\b[^,;:\u2013\u2014]*?)\s*\?*\s*$", re.I)
# Phrasal verbs of giving something up, as the verb sources write ("cut out green vegetables": avoid them).
_PHRASAL = ((re.compile(r"\bcut(?:ting)?\s+out\b", re.I), "avoid"),
            (re.compile(r"\bgiv(?:e|ing)\s+up\b", re.I), "stop"),
            (re.compile(r"\bcom(?:e|ing)\s+off\b", re.I), "stop"))
# The act a clause asks: after its auxiliary and an optional subject of a pronoun or people ("can i stop", "should she
# avoid", "do patients need to avoid"), or a passive ("be stopped"), or a need ("need X", "is X needed").
_WHO = r"(?:(?:i|we|you|she|he|they|it|the\s+patient|a\s+patient|patients|people)\s+)?"
_ACT = re.compile(r"^(?:should|shall|can|could|may|might|must|do|does|did|would|will)\s+"
                  rf"{_WHO}(?:(?:really|still|safely|just)\s+)?(?:need\s+to\s+)?(?P<v>[a-z]+)\b"
                  rf"(?!\s+(?:not|never)\b)", re.I)
_PASSIVE = re.compile(r"\bbe\s+(?:\w+ly\s+)?(?P<v>[a-z]+ed)\b", re.I)
_NEED = re.compile(r"^(?:needs?\b|(?:is|are)\b[^?]*?\b(?:needed|necessary|required)\b)", re.I)
# An act a statement negates: "should not be stopped", "must not stop", "do not need to avoid", "no need to avoid",
# "are not needed" (the act "need"). Grammar.
_NEGATED_SCAN = re.compile(r"\b(?:should|must|need|can|may)\s+(?:not|never)\s+(?:be\s+)?(?:\w+ly\s+)?(?P<a>[a-z]+)\b|"
                           r"\b(?:do|does|did)\s+not\s+need\s+to\s+(?:\w+ly\s+)?(?P<b>[a-z]+)\b|"
                           r"\bno\s+need\s+to\s+(?:\w+ly\s+)?(?P<c>[a-z]+)\b|"
                           r"\b(?:is|are)\s+not\s+(?:\w+ly\s+)?(?P<n>needed|necessary|required)\b", re.I)
_NEGATED = GuardedPattern(_NEGATED_SCAN, ("not", "never", "need"))  # a word of each alternative: ``guarded``
# Verbs whose negation says nothing of an act ("should not be relied on", "cannot be excluded").
_NOT_ACTS = frozenset(tokenize("be have exceed reli exclud"))
# Words that ask of need, read as one act.
_NEED_WORDS = frozenset(tokenize("need needed necessary required require"))


def asking_clause(question: str) -> str:
    """The clause of ``question`` that asks (``_ASKING``), its phrasal verbs of giving up written as sources write
    them (``_PHRASAL``); the question itself where no clause after a vignette asks."""
    text = " ".join(question.split())
    found = _ASKING.search(text)
    clause = found.group("q") if found else text.rstrip("?.! ")
    for pattern, verb in _PHRASAL:
        clause = pattern.sub(verb, clause)
    return clause


def asked_act(question: str) -> str | None:
    """The stem of the act ``question`` asks whether to do ("stop" of "... can i stop gizmolol completely?", "avoid"
    of "... should she cut out X?", "need" of "... need a gizmo scan to dx gizmo palsy?"); None where it asks of no
    act, or asks in the negative."""
    clause = asking_clause(question)
    if re.search(r"\b(?:not|never|n't)\b", clause, re.I):
        return None
    if _NEED.match(clause) or re.match(rf"^{_AUX}\s+{_WHO}need\s+(?!to\b)", clause, re.I):
        return "need"
    passive = _PASSIVE.search(clause)
    found = passive or _ACT.match(clause)
    if found is None:
        return None
    stem = tokenize(found.group("v"))
    if not stem or stem[0] in QUESTION_WORDS or stem[0] in _NOT_ACTS:
        return None
    return "need" if stem[0] in _NEED_WORDS else stem[0]


def negated_acts(text: str) -> frozenset[str]:
    """The stems of the acts ``text`` negates (``_NEGATED``: "stop" of "should not be stopped completely", "avoid" of
    "do not need to avoid", "need" of "are not needed")."""
    return frozenset(act for act, _ in _negations(text))


def _negations(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each act ``text`` negates (``_NEGATED``) with the terms of what it is done to: the rest of its clause where the
    act is passive ("Gizmolol should not be stopped completely", "Gizmo scans are not needed ..."), the words after
    it where active ("... do not need to avoid gizmo beans"), less the people the clause is said of
    (``_PEOPLE_DEFINED``)."""
    found_acts = []
    for found in _NEGATED.finditer(text):
        if found.group("n"):
            act = "need"
        else:
            stem = tokenize(found.group("a") or found.group("b") or found.group("c"))
            if not stem or stem[0] in _NOT_ACTS:
                continue
            act = "need" if stem[0] in _NEED_WORDS else stem[0]
        start = max(text.rfind(mark, 0, found.start()) for mark in (",", ";", ". ")) + 1
        after = _CLAUSE_END.split(text[found.end():], maxsplit=1)[0]
        passive = bool(found.group("n")) or bool(re.search(r"\bbe\s+(?:\w+ly\s+)?\w+$", found.group()))
        said = (text[start:found.start()] + " " + after) if passive else after
        found_acts.append((act, _object_terms(said)))
    return found_acts


_CLAUSE_END = re.compile(r"[,;]|\.\s|\bbut\b", re.I)
# People a clause is said of, by what they take or have ("patients taking gizmolol", "in adults with gizmo palsy"):
# whom the act is for, not what it is done to. Grammar.
_PEOPLE_DEFINED = re.compile(r"\b(?:patients?|people|persons?|adults?|children|women|men|she|he|they)\s+"
                             r"(?:who\s+(?:take|takes|are\s+taking|have|has)|taking|on|using|with)\s+"
                             r"(?:[\w\-]+\s+){0,2}?[\w\-]+", re.I)


def _object_terms(text: str) -> frozenset[str]:
    """The terms of ``text`` less the people it names (``_PEOPLE_DEFINED``) and the words every question holds."""
    return frozenset(tokenize(_PEOPLE_DEFINED.sub(" ", text))) - QUESTION_WORDS - _NEED_WORDS


def denies_asked_act(question: str, text: str) -> bool:
    """Whether ``text`` negates the very act ``question`` asks whether to do (``asked_act``, ``_negations``) of
    something the asking clause names beside the act (``asking_clause``, less the people it names): "Gizmolol should
    not be stopped completely in adults" for "adult gizmo palsy well controlled, can i stop gizmolol completely?". A
    yes to that question above it is its no. ("Patients taking gizmolol do not need to avoid gizmo beans" denies
    nothing of avoiding gizmotab.)"""
    found = _act_and_object(question)
    if found is None:
        return False
    act, asked = found
    return any(negated == act and asked & done - {act} for negated, done in _negations(text))


@lru_cache(maxsize=256)
def _act_and_object(question: str) -> tuple[str, frozenset[str]] | None:
    """The act ``question`` asks whether to do (``asked_act``) and the terms of what its asking clause names beside it,
    None where it asks of no act: of the question alone, read once, not once per statement ``denies_asked_act`` is
    asked of (the answer's statements near the best)."""
    act = asked_act(question)
    if act is None:
        return None
    return act, _object_terms(asking_clause(question)) - {act}


def age_outside(question: str, text: str) -> bool:
    """Whether the exact age ``question`` asks of ("4m" of "a 4 month old") falls outside the age bound ``text`` sets
    ("gt 6m" of "for many children older than 6 months"; ``qualifiers.outside_bounds``): what it says is of other
    people than the one asked, so its yes is none for them. Not where the bound is one of several groups the statement
    names, each after its "for"."""
    at = qualifiers(question).get("age at", frozenset())
    if len(_FOR.findall(text)) > 1:
        # The bound of one of the groups a statement lists ("for children under 6 months, for children with severe
        # symptoms, and for children with ear discharge"): the asked child may be of another of them.
        return False
    return bool(at) and outside_bounds(at, qualifiers(text).get("age bound", frozenset()))


_FOR = re.compile(r"\bfor\b", re.I)


# A warning or a harm a statement states of what it names ("carries warnings about", "can cause", "increases the risk
# of"), after which the harm is named. Grammar.
_WARNING = re.compile(r"\b(?:warn\w*|caution\w*|can\s+cause|may\s+cause|causes?|associated\s+with|"
                      r"(?:increase[sd]?|raise[sd]?|higher|greater)\s+(?:the\s+)?risks?\s+of|risks?\s+of)\b", re.I)
_DENIAL = re.compile(r"\b(?:not|no|never|without|nor)\b", re.I)
# Words of a state's time, not of the state ("a history of X", "previous X").
_HISTORY = frozenset(tokenize("history previous prior past known earlier"))


def warns_of_asked_state(condition: str | None, intervention: frozenset[str], text: str) -> bool:
    """Whether ``text`` names the asked ``intervention`` and, outside any denial, warns of a harm (``_WARNING``) that
    names every term of the state a safety question asks of (``condition``, less its words of time: "tendon rupture"
    of "a history of tendon rupture"), in the words after the warning: "Gizmolol carries warnings about gizmo palsy"
    for "Is gizmolol safe in a patient with a history of gizmo palsy?" -- a warning of the very harm the patient has
    had is a no to its safety for them."""
    if not condition or not intervention or not intervention <= frozenset(tokenize(text)):
        return False
    state = frozenset(tokenize(condition)) - QUESTION_WORDS - _HISTORY
    if not state:
        return False
    for clause in re.split(r";|\.\s", text):
        found = _WARNING.search(clause)
        if found is None or _DENIAL.search(clause[:found.end()]):
            continue
        if state <= frozenset(tokenize(clause[found.end():])):
            return True
    return False
