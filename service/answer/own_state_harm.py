"""A harm of a thing that is the asked patient's own state is a no to giving it to them.

"hypertensive patient with gout - is a thiazide a good choice?" was answered "leans yes" above "Thiazide diuretics can
cause low sodium, low potassium, raised uric acid and gout.": the words model reads a statement naming the thing and
the state together as a yes, but the statement names the state as what the thing causes. For a patient who already
has that state, a thing that causes (or worsens) it is no good choice: "no". Only a question asking whether to use or
choose the thing for people in a state (not whether the thing has an effect, which that statement answers "yes", nor
whether to avoid it), only a state the question says its people have ("with gout", "who has nausea", "in gout"), and
only where the statement's subject names the asked thing. Grammar of causing and of saying what people have; no topic.
(``state_harm`` reads the shape "can I do X if STATE?" and a statement of how often the act brings the state about.)
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.models import Verdict
from service.answer.negation import negated_at
from service.answer.polarity import asks_against, asks_interaction
from service.answer.question import LAST_IN, names_people, state_nouns
from service.answer.subgroup import HARM_VERBS, asked_states
from service.answer.worsening import asks_worsening

# Verbs that say a thing brings a state about or makes it worse, with the object after them: "can cause", "commonly
# causes", "increase the risk of", "can raise", "may worsen", "leads to": the verbs of harm ``subgroup.HARM_VERBS``
# reads warnings by, and those of raising a risk or leading to it. A closed class of English verbs of causing.
_CAUSING = re.compile(rf"(?<!-)\b(?:{HARM_VERBS}|lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed)?\s+in|"
                      r"(?:increas|rais)(?:e|es|ed|ing)\s+(?:the\s+)?(?:risk|rates?|incidence|chance)\s+of|"
                      r"rais(?:e|es|ed|ing))\b", re.I)
# Where the object of the verb ends: the sentence's end, a semicolon, or a clause that turns ("but", "although",
# "whereas"). Grammar.
_OBJECT_END = re.compile(r"[;.](?:\s|$)|\b(?:but|although|whereas|unless|except)\b", re.I)
# A question that asks whether the thing has an effect ("Does X cause Y ...?", "Can X raise Y?", "Is X linked to
# Y?") rather than whether to use it: a statement that it causes the state answers those "yes". Grammar.
_ASKS_EFFECT = re.compile(r"^\W*(?:does|do|did)\b|\b(?:caus\w*|risk|linked|associated|lead\s+to|raise|increase)\b",
                          re.I)
# Where the clause of a verb of causing starts, looking back from it: a sentence's end, a semicolon, a colon or a
# comma. Grammar.
_CLAUSE_START = re.compile(r"[;:]|[.,]\s")
# A subject that names the thing stopped, missed or misused rather than taken as asked ("Stopping X abruptly can cause
# rebound ...", "Overuse of X can cause ..."): its harm is not one of using the thing. A closed class of English words.
_NOT_AS_USED = re.compile(r"\b(?:stop\w*|withdraw\w*|discontinu\w*|cessation|miss(?:ed|ing)|overuse|overdos\w*|"
                          r"misuse|abuse|without)\b", re.I)
# Vignette parts ("hypertensive patient with gout - is X a good choice?", "pt with gout: ok to start X?"): the people's
# states are read in each part, as the question's own clause ends there. Grammar.
_PARTS = re.compile(r"\s[-\u2013\u2014]+\s|[:;,]\s|--")
# The use a thing is asked for, before the people's state after "in" ("X for hypertension in gout"). Grammar.
_FOR_USE = re.compile(r"\bfor\s+\w", re.I)
# An article before a state named after "in". Grammar.
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
# Words of frequency, time or degree before a state ("frequent nausea", "a chronic cough", "known gout"): how the
# people have it, not what it is, and a statement of the harm names it without them. General English, closed class.
_HOW_HAD = frozenset(tokenize("frequent recurrent chronic persistent ongoing occasional severe mild moderate known "
                              "current active longstanding new"))


def patient_states(question: str) -> list[frozenset[str]]:
    """The terms of each state the question's people are said to have (``subgroup.asked_states`` of each of its
    vignette parts, ``_PARTS``), less words of how they have it (``_HOW_HAD``) and the question's own words."""
    states = []
    for part in _PARTS.split(question.strip().rstrip("?.! ")):
        for state in (*asked_states(part), *_in_state(part)):
            terms = frozenset(tokenize(state)) - QUESTION_WORDS - _HOW_HAD
            if terms:
                states.append(terms)
    return states


def _in_state(part: str) -> tuple[str, ...]:
    """The state a question's part names after its last "in", after the use it asks of ("for ...", ``_FOR_USE``),
    where that names no people ("gout" of "thiazide for hypertension in gout", not "a Black patient"; not "the
    arteries" of "Can X reverse calcification in the arteries?"), as a statement names it (``question.state_nouns``)."""
    last = LAST_IN.match(part)
    if last is None or not _FOR_USE.search(last.group("core")):
        return ()
    who = _ARTICLE.sub("", last.group("who").strip())
    return () if not who or names_people(who) else (state_nouns(who) or who,)


def asks_use_in_state(question: str) -> bool:
    """Whether a question asks whether to use or choose a thing for people it says have a state: a state said
    (``patient_states``), no effect asked (``_ASKS_EFFECT``, ``worsening.asks_worsening``), nor avoiding or stopping
    (``polarity.asks_against``), nor an interaction."""
    return (bool(patient_states(question)) and _ASKS_EFFECT.search(question) is None and not asks_worsening(question)
            and not asks_against(question) and not asks_interaction(question))


def causes_their_state(question: str, statement: str) -> bool:
    """Whether ``statement`` says, outside a negation, that a thing the question names (in the words before its verb
    of causing, ``_CAUSING``, back to its clause's start, ``_CLAUSE_START``; other than the state's own, and not as
    stopped or misused, ``_NOT_AS_USED``) causes or worsens a state the question's people have: every term of that
    state in the words after the verb, up to the clause's end (``_OBJECT_END``)."""
    states = patient_states(question)
    asked = frozenset(tokenize(question)) - QUESTION_WORDS
    for verb in _CAUSING.finditer(statement):
        if negated_at(statement, verb.start()):
            continue
        before = _CLAUSE_START.split(statement[:verb.start()])[-1]
        if _NOT_AS_USED.search(before):
            continue
        subject = frozenset(tokenize(before))
        rest = statement[verb.end():]
        end = _OBJECT_END.search(rest)
        caused = frozenset(tokenize(rest[:end.start()] if end else rest))
        for state in states:
            if state <= caused and (subject - state) & (asked - state):
                return True
    return False


def on_own_state_harm(question: str, verdict: Verdict | None, said: list[str],
                      effect_verb: str | None = None) -> Verdict | None:
    """A "yes" (or "uncertain") to whether to use a thing for people in a state (``asks_use_in_state``), read from a
    first statement that says the thing causes or worsens that very state (``causes_their_state``), is "no"; any
    other verdict, question or statement as it is, and so is a question whose reading found an ``effect_verb`` asked
    of the thing ("Can X prevent fractures in people with kidney stones?" asks the effect, not the choice)."""
    if (verdict not in ("yes", "uncertain") or not said or effect_verb is not None
            or not asks_use_in_state(question)):
        return verdict
    return "no" if causes_their_state(question, said[0]) else verdict
