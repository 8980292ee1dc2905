"""The statements a verdict reads, less those on other people than the question asks of: "Immediate antibiotics are
recommended for children under 6 months ..." and "... for children under 2 years with infection in both ears" say
nothing for "an 18 month old with AOM in one ear and mild fever" (session 54: their "yes" stood for her). Who a
statement speaks of is read as the lead reads it (``lead.fit``: ages, sides, severity); nothing here names a topic."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.case_state import for_other_case
from service.answer.lead import fit, qualifiers
from service.answer.qualifiers import CONTRADICT_ONLY, outside_bounds
from service.answer.models import Verdict
from service.answer.scoring import Candidate
from service.answer.verdict import decide


def of_the_asked_people(question: str, statements: list[Candidate]) -> list[Candidate]:
    """``statements`` less those that speak of other people than the question asks of (``lead.fit``'s
    ``contradicts``), where the question says who they are, and less a guideline's advice for a case in another state
    than the asked one (``case_state.for_another_state``: "... for first- or second-degree block with symptoms" for
    an asymptomatic patient), or a rule on a case the question never names (``case_state.for_an_unasked_case``); all of
    them otherwise. None may remain: advice for adults alone says nothing for "a
    12-year-old child"."""
    statements = [c for c in statements if not for_other_case(question, c, yes_no=True)]
    asked = qualifiers(question)
    if not asked:
        return statements
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    return [c for c in statements if not fit(asked, c, terms).contradicts]


def decide_for_the_asked(question: str, direct: list[Candidate], ranked: list[Candidate],
                         *args: Any, **kwargs: Any) -> tuple[Verdict, list[Candidate]]:
    """``verdict.decide`` on the statements of the asked people only (``of_the_asked_people``). Where only statements
    on other people would carry a yes or a no, the verdict is neither ("uncertain", resting on them): what is advised
    for others says the answer depends on who is asked of, not that nothing speaks to it."""
    near = of_the_asked_people(question, (direct or ranked)[:_MET_REACH])
    met = [c for c in near if conditions_met(question, c.text)]
    if met:
        # A statement whose condition the question states met ("... should be referred if the effusion persists for
        # 6 months and ..." for "effusion for 6 months and ...: refer?") speaks for the asked case; another beside it
        # on people without what the question states ("... an asymptomatic effusion ... can be followed without
        # referral") does not outweigh it.
        said, behind = decide(question, met if direct else [], met, *args, **kwargs)
        if said in ("yes", "no"):
            return said, behind
    said, behind = decide(question, of_the_asked_people(question, direct), of_the_asked_people(question, ranked),
                          *args, **kwargs)
    if said != "insufficient":
        return said, behind
    others, their = decide(question, direct, ranked, *args, **kwargs)
    return ("uncertain", their) if others in ("yes", "no") else (said, behind)


_MET_REACH = 5  # the statements a met condition is looked for in: the verdict's own few
_DURATION = re.compile(r"\b(\d+)\s*[- ]?\s*(year|month|week|day|hour)s?\b", re.I)
# A condition clause: "if", "when" or "where" up to the clause's end.
_CONDITION = re.compile(r"\b(?:if|when|where|once)\b[^.;]*", re.I)


def _durations(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2).lower()) for m in _DURATION.finditer(text)}


def conditions_met(question: str, statement: str) -> bool:
    """Whether ``statement`` sets a condition on how long something has lasted that the question states met: its
    condition clause ("if the gizmo effusion lasts 6 months and ...") names durations, each of which the question states
    ("... effusion for 6 months ..."), and a word of the question besides. A statement whose condition names another
    duration, or none, is not one the question meets."""
    asked = _durations(question)
    if not asked:
        return False
    words = frozenset(tokenize(question)) - QUESTION_WORDS
    for m in _CONDITION.finditer(statement):
        named = _durations(m.group(0))
        rest = frozenset(tokenize(_DURATION.sub(" ", m.group(0))))
        if named and named <= asked and words & rest:
            return True
    return False


# Kinds of qualifier that name a person exactly as the question does: an age bound the asked age falls inside, a side.
# A statement that names one of them matched, and nothing else the question does not ask, speaks of the asked person
# precisely ("... for children under 2 years with infection in both ears" for "an 18 month old, AOM both ears").
_EXACT_KINDS = frozenset({"age bound", "sides"})


def for_exactly_them(question: str, c: Candidate) -> bool:
    """Whether statement ``c`` speaks of the very people the question asks of: it names an age bound the exact age
    asked falls inside, or the side asked ("both ears"), and every other qualifier it names (``lead.qualifiers``: age
    group, severity, pregnancy, setting) is one the question names too, with a shared value; nothing it says
    contradicts them (``lead.fit``). Such a statement speaks for them before one on a wider group ("Watchful waiting
    ... for many children older than 6 months ..." for an 18-month-old with infection in both ears) and before one on
    a narrower group they are not in. False when the question names no exact age and no side."""
    asked = qualifiers(question)
    if not (asked.get("age at") or asked.get("sides")):
        return False
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    # (Advice for several groups, "... recommended for children under 6 months, for children with severe symptoms
    # ..., and for children with ear discharge", speaks of each group apart: one of them may be exactly the asked.)
    return any(_exactly(asked, terms, replace(c, text=text)) for text in _groups(c.text))


# Advice for groups of people, each after "for" or "in" ("... are recommended for children under 6 months, for
# children with severe symptoms ..., and for children with ear discharge"). Grammar, no topic.
_FOR_GROUPS = re.compile(r"\b(?:is|are)\s+(?:(?:also|still|usually|generally|strongly)\s+)?(?:recommended|indicated|"
                         r"advised|needed|required|preferred)\s+(?P<l>(?:for|in)\b[^.;:]*)", re.I)
_GROUP_START = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=(?:for|in)\s)", re.I)


def _groups(text: str) -> list[str]:
    """A statement of advice for several groups (``_FOR_GROUPS``) as one statement per group, its advice before each;
    any other statement as it is."""
    m = _FOR_GROUPS.search(text)
    if m is None:
        return [text]
    parts = [g.strip(" ,.") for g in _GROUP_START.split(m.group("l")) if g.strip(" ,.")]
    if len(parts) < 2:
        return [text]
    return [f"{text[:m.start('l')]}{part}." for part in parts]


def advice_groups(text: str) -> list[str]:
    """A statement of advice for several groups as one statement per group (``_groups``): "... recommended for
    children under 6 months, for children with severe symptoms ..." as two."""
    return _groups(text)


def _exactly(asked: dict[str, frozenset[str]], terms: frozenset[str], c: Candidate) -> bool:
    """``for_exactly_them`` of one group's statement."""
    own = qualifiers(c.text, terms)
    if not own.keys() & _EXACT_KINDS or fit(asked, c, terms).contradicts:
        return False
    for kind, said in own.items():
        if kind in CONTRADICT_ONLY:
            continue  # (read for a contradiction only, above)
        if kind == "age bound":
            ages = asked.get("age at", frozenset())
            if not ages or outside_bounds(ages, said):
                return False
        elif not said & asked.get(kind, frozenset()):
            return False  # (a group the question does not say its people are in: advice for some of them only)
    return True


# Advice to give a thing to people named after it ("Immediate antibiotics are also recommended for children under 2
# years ..."): the thing is the words before the verb. Grammar, no topic.
_ADVISED_THING = re.compile(r"^(?P<thing>(?:[\w\-]+\s+){0,3}[\w\-]+)\s+(?:is|are)\s+(?:(?:also|still|usually|"
                            r"generally|strongly)\s+)?(?:recommended|indicated|advised|needed|required|preferred)\s+"
                            r"(?:for|in)\b", re.I)
# A thing a statement names as done without another ("Watchful waiting without immediate antibiotics is ..."): what
# is done (up to four words opening the statement) and what it is done without.
_DONE_WITHOUT = re.compile(r"^(?P<done>(?:[\w\-]+\s+){0,3}[\w\-]+)\s+without\s+(?P<what>(?:[\w\-]+\s+){0,2}[\w\-]+)",
                           re.I)
# Asked whether a person is past what a thing allows ("too young for X"): the question's yes is a no to X. Grammar.
_TOO_FOR = re.compile(r"\btoo\s+[a-z]+\s+(?:for|to)\b", re.I)
_ASKED_WITHOUT = re.compile(r"\bwithout\s+(?P<what>(?:[\w\-]+\s+){0,2}[\w\-]+)", re.I)


def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text)) - QUESTION_WORDS


def withheld_for_them(question: str, quoted: list[Candidate], ranked: list[Candidate]) -> Candidate | None:
    """The statement among ``quoted`` that advises a thing for the very people the question asks of
    (``for_exactly_them``, ``_ADVISED_THING``) where the question asks whether to do without that thing: by name
    ("... be managed without antibiotics?") or by the name of what a statement among ``ranked`` says is done without it
    ("can I do watchful waiting?" beside "Watchful waiting without immediate antibiotics is ..."), the thing itself
    unnamed in the question otherwise. Advice to give it to them at once answers such a question "no". None when no
    quoted statement does."""
    if _TOO_FOR.search(question):
        return None  # ("Is she too young for watchful waiting?" asks whether it is ruled out: a yes to that.)
    asked = _terms(question)
    without_asked = [_terms(m.group("what")) for m in _ASKED_WITHOUT.finditer(question)]
    done_without: list[tuple[frozenset[str], frozenset[str]]] | None = None  # read from ``ranked`` once needed
    for c in quoted:
        advised = _ADVISED_THING.match(c.text)
        if advised is None or not for_exactly_them(question, c):
            continue
        thing = _terms(advised.group("thing"))
        if not thing:
            continue
        if any(what and what & thing and what <= thing for what in without_asked):
            return c
        named_apart = asked & thing
        if named_apart:
            continue  # (what is done without it must be unnamed in the question otherwise)
        if done_without is None:
            done_without = [(_terms(m.group("done")), _terms(m.group("what")))
                            for r in ranked for m in [_DONE_WITHOUT.match(r.text)] if m is not None]
        if any(done and done <= asked and what and what & thing for done, what in done_without):
            return c
    return None
