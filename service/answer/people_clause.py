"""The people a question asks of, set apart by a relative clause naming a state toward a thing ("a child ... who is
allergic to gizmocillin"), and the statement that names that very state ("In the event of allergy to gizmocillin,
...") among statements that name the thing alone ("Gizmocillin is the first choice ..."): advice for the asked people
before the usual advice they are set apart from. Grammar (a relative clause, a word and its stem); no topic."""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from index.lexical import QUESTION_WORDS, tokenize
from ingest.models import DocumentKind
from service.answer.guideline import gives_advice
from service.answer.lead import CONDITION_STATE, asked_counts, counted, fit, letter_words, names_other_count
from service.answer.qualifiers import MATCH_ONLY, crosses, outside_bounds, qualifiers
from service.answer.scoring import Candidate
from service.answer.subgroup import covers
from service.answer.verdict_people import advice_groups

# "who is <adjective> to/of/with <thing>" (or "if/when the child is ..."): a state and what it is toward.
_WHO_STATE = re.compile(r"\b(?:who|(?:if|when)\s+(?:(?:the|a|an|my|his|her|their)\s+)?[a-z]+)\s+"
                        r"(?:is|are|was|were)\s+(?:(?:now|also|known\s+to\s+be)\s+)?(?P<a>[a-z]{4,})\s+"
                        r"(?:to|of|with|toward|towards)\s+(?P<o>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.I)


def stated_state(question: str) -> frozenset[str]:
    """The terms of the state a question's relative clause gives its people (``_WHO_STATE``: "allergic" and
    "gizmocillin" of "... who is allergic to gizmocillin: which ...?"), at least two (the state and what it is
    toward); empty when it gives none."""
    m = _WHO_STATE.search(question)
    if m is None:
        return frozenset()
    object_terms = frozenset(tokenize(m.group("o").split(":")[0])) - QUESTION_WORDS
    state = frozenset(tokenize(m.group("a"))) - QUESTION_WORDS
    if not state or not object_terms:
        return frozenset()
    return state | object_terms


def naming_the_state(question: str, lead: Candidate | None, ranked: list[Candidate]) -> Candidate | None:
    """Of ``ranked``, the first piece of advice from the lead's own source (without a lead, the first ranked
    statement's) that names the whole state the question's
    people are in (``stated_state``, each word by itself or its stem: "allergy" of "allergic"), where the lead does
    not: the guideline's advice for them, which comes before its usual advice on the thing they are set apart by.
    None when the question names no such state, the lead names it, or no statement of its source does."""
    state = stated_state(question)
    anchor = lead if lead is not None else next(iter(ranked), None)
    if not state or anchor is None or covers(anchor.terms, state):
        return None
    for c in ranked:
        if c.doc_id == anchor.doc_id and c is not lead and covers(c.terms, state) and gives_advice(c.text):
            return c
    return None


def speaks_of_others(question: str, c: Candidate, known: frozenset[str] = frozenset(), who: bool = False) -> bool:
    """Whether guideline statement ``c`` names, as its own, other people than the question asks of: another value of
    a qualifier the question names (``lead.fit``'s ``contradicts``: "... in adults" for a 14-year-old), or another
    member of a counted family the question asks of (``lead.names_other_count``: "In diamniotic twin pregnancies ..."
    for monoamniotic twins; ``known``, the words of the retrieved passages). With ``who``, only who the people are
    counts, not how far their condition has gone (``lead.CONDITION_STATE``). A study's statement names the people it
    enrolled: no advice for others, so never one here."""
    if c.hit.document.kind != DocumentKind.GUIDELINE:
        return False
    asked = qualifiers(question)
    if who:
        asked = {kind: values for kind, values in asked.items() if kind not in CONDITION_STATE}
    if "age at" not in asked and qualifiers(c.text).get("age bound"):
        # (An age bound, "everyone over 4 years old", is read by its bounds, not as the age group of the number in
        # it: it holds adults too.)
        asked = {kind: values for kind, values in asked.items() if kind != "age"}
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    # (Advice for several groups, "... for children under 6 months, for children with severe symptoms ...", speaks of
    # others only where every group is others: one of them may be the asked child, ``verdict_people.advice_groups``.)
    return (bool(asked) and not aside_for_others(asked, c, terms)
            and all(fit(asked, replace(c, text=text), terms).contradicts for text in advice_groups(c.text))
            ) or names_other_count(question, c.text, known)


# An aside in brackets, no brackets inside it: "an injection of 40 mg (10 mg/kg for infants)".
_ASIDE = re.compile(r"\([^()]*\)")


def aside_for_others(asked: dict[str, frozenset[str]], c: Candidate, terms: frozenset[str]) -> bool:
    """Whether a statement names other people than asked (``asked``, the question's qualifiers) in a bracketed aside
    (``_ASIDE``) while its main clause (before a semicolon, asides left out) names none: the aside gives those
    people's variant beside the rule for everyone ("Give an injection of 40 mg (10 mg/kg for infants) ...; dosing
    by weight is needed in infants" holds for an adult), which is no advice on others alone."""
    asides = _ASIDE.findall(c.text)
    if not any(fit(asked, replace(c, text=aside), terms).contradicts for aside in asides):
        return False
    main = _ASIDE.sub(" ", c.text).split(";")[0]
    return not fit(asked, replace(c, text=main), terms).contradicts


def _names_the_asked(question: str, other: Candidate, text: str, known: frozenset[str]) -> bool:
    """Whether ``text`` names the asked people where ``other`` names others (``speaks_of_others``): the asked value
    (or one on the asked side of growing up) of each qualifier ``other`` names otherwise, and the asked member of each
    counted family ``other`` names another member of."""
    needed = False
    asked = qualifiers(question)
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    own, said = qualifiers(other.text, terms), qualifiers(text, terms)
    for kind, wanted in asked.items():
        if kind in MATCH_ONLY or kind == "age at":
            continue
        if crosses(wanted, own.get(kind, frozenset())):
            needed = True
            if not said.get(kind) or crosses(wanted, said[kind]):
                return False
    if outside_bounds(asked.get("age at", frozenset()), own.get("age bound", frozenset())) and "age" in asked:
        needed = True
        if not said.get("age") or crosses(asked["age"], said["age"]):
            return False
    if names_other_count(question, other.text, known):
        needed = True
        counts = asked_counts(question, known | letter_words(text))
        if not any(prefixes & counts.get(stem, frozenset()) for stem, prefixes in counted(letter_words(text)).items()):
            return False
    return needed


# The share of the question's words a statement on other people names that its counterpart for the asked people must
# name too: the same advice, given for them ("Use X for Y in adults." and "Use X for Y in a child ...").
COUNTERPART_SHARE = 0.5


def counterpart_for_them(question: str, other: Candidate, score: Callable[[Callable[[str], bool]], list[Candidate]],
                         quoted: frozenset[str], known: frozenset[str] = frozenset()) -> Candidate | None:
    """The statement of ``other``'s own source that gives its advice for the people the question asks of, where
    ``other`` speaks of others (``speaks_of_others``): it names the asked people (``_names_the_asked``), gives advice
    if ``other`` does, speaks of no others itself nor of a group the question does not name (``_for_all_asked``), is
    not ``quoted`` already, and names at least
    ``COUNTERPART_SHARE`` of the question's words ``other`` names. Of several, the one sharing most words with
    ``other``, then the most relevant. ``score(keep)``: the statements of ``other``'s source among the retrieved
    passages that ``keep`` holds, scored without the relevance floors (the model weighs the words the question shares
    with the statement on others: "Use IM gizmopam for sedation in a child" scored 0.43 beside 0.87 for the adults'
    rule). None when no such statement is there."""
    asked_terms = frozenset(tokenize(question)) - QUESTION_WORDS
    other_terms = frozenset(tokenize(other.text))
    shared = asked_terms & other_terms
    # (Of two shared words or fewer, both: "Clinicians should assess children with persistent ear pain after wheezitis
    # for hearing problems" shares "wheezitis" with "Drugq is the recommended first-line treatment for wheezitis in
    # adults" but not the drugq asked about, and is no advice on drugq for children.)
    need = len(shared) if len(shared) <= 2 else math.ceil(COUNTERPART_SHARE * len(shared))
    advice = gives_advice(other.text)

    def keep(text: str) -> bool:
        if text == other.text or any(text in q or q in text for q in quoted) or (advice and not gives_advice(text)):
            return False  # (nor a statement quoted already, or one holding it: the same words twice)
        own = frozenset(tokenize(text))  # (a word and its stem meet: "delivered" names "delivery", ``covers``)
        if sum(covers(own, frozenset({t})) for t in shared) < need:
            return False
        if not _names_the_asked(question, other, text, known):
            return False
        # (Nor advice for yet another group the question does not name: "... consider X ... in pregnant or
        # breastfeeding women", which names a newborn child, is no adolescent's.)
        return not speaks_of_others(question, replace(other, text=text), known) and \
            _for_all_asked(question, replace(other, text=text))

    found = [c for c in score(keep) if c.doc_id == other.doc_id]
    if not found:
        return None
    return max(found, key=lambda c: (len(c.terms & other_terms), c.score))


def with_counterparts(question: str, closest: list[Candidate],
                      score: Callable[[str, Callable[[str], bool]], list[Candidate]],
                      known: frozenset[str] = frozenset()) -> list[Candidate]:
    """``closest`` with each statement on other people than the question asks of (``speaks_of_others``) replaced by
    its source's advice for the asked people (``counterpart_for_them``; ``score(doc_id, keep)`` scores a source's
    retrieved statements), or, without one, put after the statements that fit: advice "... in adults" quoted first
    for a 14-year-old reads as the answer for him. As many statements as ``closest``; unchanged when none is on
    others, or every one is and none has a counterpart."""
    fitting: list[Candidate] = []
    others: list[Candidate] = []
    for c in closest:
        if not speaks_of_others(question, c, known):
            fitting.append(c)
            continue
        quoted = frozenset(o.text for o in (*closest, *fitting))
        found = counterpart_for_them(question, c, partial(score, c.doc_id), quoted, known)
        if found is not None:
            fitting.append(found)
        elif speaks_of_others(question, c, known, who=True):
            others.append(c)
        else:
            # (Advice for another severity or stage answers by contrast where none names the asked one: "... for
            # moderate to severe gloom" for mild gloom keeps its place.)
            fitting.append(c)
    if not others and len(fitting) == len(closest) and all(a is b for a, b in zip(fitting, closest)):
        return closest
    replaced = any(all(c is not o for o in closest) for c in fitting)
    if not replaced and not any(_for_all_asked(question, c) for c in fitting):
        # (Put after statements that are themselves advice for some other group, "... in pregnant women" for
        # adolescents, a rule on others would only give way to others again: the order stays.)
        return closest
    return (fitting + others)[:len(closest)] if fitting else closest


def _for_all_asked(question: str, c: Candidate) -> bool:
    """Whether statement ``c`` narrows its advice to no group the question does not ask of (``lead.fit``'s
    ``narrows``: "... for pregnant women" asked of adolescents)."""
    terms = frozenset(tokenize(question)) - QUESTION_WORDS
    return not fit(qualifiers(question), c, terms).narrows
