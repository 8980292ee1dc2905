"""Advice of another treatment for the people a question asks about: the guideline's exception to its usual advice.

A guideline that recommends X for a condition and, in the next breath, another treatment "for patients with a
penicillin allergy" ("Doxycycline or a macrolide such as clarithromycin is recommended for patients with penicillin
allergy", "A macrolide or another alternative is used for children with penicillin allergy") answers "Should a
patient with penicillin allergy take X for the condition?" with a no: for those people it advises something else.
Such a statement names the people as the question defines them (by what they have or are) and not X, and it is
advice or use, not a finding. Read from English grammar only: what defines people ("with", "who are", "who have")
and the words of advice; no pattern names a medical topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS, parts_of, population_part, same_word
from service.answer.polarity import AGAINST, clauses, stance
from service.answer.question import LAST_IN, PERSON_NOUNS, population_of
from service.answer.scoring import Candidate
from service.answer.verdict import negated

# What defines the people a question asks about, after the noun for them: "with penicillin allergy", "who are
# allergic to penicillin".
_DEFINED = re.compile(r"\b(?:with|who\s+(?:is|are|has|have))\s+(?P<t>.+)$", re.I)
# ... or said by an adjective with its object straight after the noun for them, a relative clause without its "who
# are" ("patients allergic to penicillin", "women intolerant of oral iron"). Grammar.
_DEFINED_AFTER = re.compile(rf"^(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+(?P<t>(?!(?:with|who|in|on|at|for|of|from|to|"
                            r"after|before|during|taking|using|receiving|aged|over|under)\b)[a-z][\w\-]*\s+"
                            r"(?:to|of)\s+.+)$", re.I)
_WHO = re.compile(r"\bwho\s+(?:is|are|has|have)\s+(?P<t>.+)$", re.I)
# A treatment advised or used for people defined by something, the people after the verb ("... is recommended for
# patients with penicillin allergy", "... is used for children with penicillin allergy", "... are preferred in women
# who are pregnant"): what defines them runs to a clause's end or a preposition of another thing. Advice to do
# something else for them ("Clinicians should assess children with ... for hearing problems") is no treatment of theirs.
_FOR_PEOPLE_DEFINED = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:recommended|used|given|preferred|"
    r"chosen|indicated|offered|suggested|advised)\s+(?:for|in|to)\s+(?:(?:all|most|the)\s+)?"
    rf"{PERSON_NOUNS}\s+"
    r"(?:with|who\s+(?:is|are|has|have))\s+(?P<t>(?:(?!\b(?:for|after|before|when|if|because|unless|and|or|but)\b)"
    r"[^,;.:])+)", re.I)


# A treatment added to another rather than given in its place ("Beta-blockers are also recommended for patients with
# heart failure"): grammar of addition, no topic.
_ADDED = re.compile(r"\b(?:also|additionally|in\s+addition|as\s+well)\b", re.I)
# What defines the people goes on past a conjunction ("for patients with penicillin allergy and sore throat").
_MORE_PEOPLE = re.compile(r"\s*(?:and|or)\s+\w", re.I)


def defining_terms(condition: str | None) -> frozenset[str]:
    """The terms of what defines the people a question's condition is asked for ("penicillin", "allergi" of
    "pneumonia in a patient with penicillin allergy"; ``question.population_of``), or of a relative clause of persons
    in it; empty when it names no people, or people defined by nothing ("older women")."""
    if not condition:
        return frozenset()
    split = population_of(condition)
    # ... or a relative clause of persons the reading left on the condition ("ear infections who are allergic to
    # penicillin" of "Should kids with ear infections who are allergic to penicillin get amoxicillin?").
    # ... or an adjective after the noun for them ("pneumonia in patients allergic to penicillin", ``_DEFINED_AFTER``).
    last = LAST_IN.match(condition)
    if split is not None:
        defined = _DEFINED.search(split[1])
    else:
        defined = _WHO.search(condition) or (_DEFINED_AFTER.match(last.group("who")) if last else None)
    if not defined or negated(defined.group("t")):
        # People defined by what they are not ("children who are not allergic to penicillin") are not the people a
        # statement on those who are speaks of.
        return frozenset()
    return frozenset(tokenize(defined.group("t"))) - QUESTION_WORDS


def asked_traits(condition: str | None) -> tuple[frozenset[str], ...]:
    """What may set the asked people apart, each as terms: what defines them (``defining_terms``), and each side of
    a condition joined by "and" ("acute otitis media", "penicillin allergy" of "acute otitis media and penicillin
    allergy", ``concepts.parts_of``)."""
    if not condition:
        return ()
    traits = [defining_terms(condition)]
    core = population_part(condition) or condition
    traits += [frozenset(tokenize(part)) - QUESTION_WORDS for part in parts_of(condition)
               if part != core and not negated(part)]
    return tuple(dict.fromkeys(t for t in traits if t))


# The shortest stem that may stand for a longer one it begins ("allerg" for "allergi"): shorter ones begin words of
# other meanings.
SHORTEST_SHARED_STEM = 5


def _covers(said: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether every asked term is said, as the same term or a stem of the same word ("allerg" of "allergic" and
    "allergi" of "allergy", ``concepts.same_word``, or one a stem the other begins with)."""
    return all(any(t == s or same_word(t, s) or (min(len(t), len(s)) >= SHORTEST_SHARED_STEM
                                                 and (t.startswith(s) or s.startswith(t)))
                   for s in said) for t in asked)


def _names_any(c: Candidate, forms: list[frozenset[str]]) -> bool:
    """Whether a statement names the asked intervention: all of one of its names, or any term of one."""
    return any(form <= c.terms for form in forms) or any(t in c.terms for form in forms for t in form)


def another_for_them(candidates: list[Candidate], condition: str | None,
                     intervention_forms: tuple[frozenset[str], ...],
                     context: list[Candidate] | None = None, missed_by: Candidate | None = None) -> Candidate | None:
    """The first guideline statement among ``candidates`` that advises (or states the use of) a treatment for the
    people the question's ``condition`` defines (``defining_terms``; the statement defining them by the same words,
    ``_FOR_PEOPLE_DEFINED``) without naming the asked intervention by any of its names (``intervention_forms``, each
    a set of terms), and advises against nothing: the guideline's exception for them, whose treatment is not the
    asked one. Only from a guideline that itself names the asked intervention in another statement (among
    ``context``, the ranked statements, ``candidates`` by default): its usual advice, to which this is the exception;
    a guideline that never names it says nothing against it ("SGLT2 inhibitors are recommended for patients with
    diabetes" is no "no" to metformin). With ``missed_by`` (a lead already chosen), only people set apart by what
    that statement does not name (``asked_traits``: the lead "Amoxicillin is the recommended first-line antibiotic for
    acute otitis media" names no penicillin allergy). None when the question names no such people or none does."""
    traits = [t for t in asked_traits(condition) if missed_by is None or not _covers(missed_by.terms, t)]
    forms = [form for form in intervention_forms if form]
    if not traits or not forms:
        return None
    for c in candidates:
        if c.hit.document.kind != DocumentKind.GUIDELINE:
            continue
        if _names_any(c, forms):
            continue  # it names the asked intervention: advice on it, read as the verdict reads advice
        if not any(o.doc_id == c.doc_id and _names_any(o, forms) for o in (candidates if context is None else context)):
            continue  # its guideline never names the asked intervention: no exception to advice on it
        if stance(c.text) == "against" or _ADDED.search(c.text):
            continue  # advice against, or a treatment added to the usual one: no exception to it
        for m in _FOR_PEOPLE_DEFINED.finditer(c.text):
            if _MORE_PEOPLE.match(c.text, m.end()):
                continue  # people defined by more than the question says ("... with penicillin allergy and Y")
            said = frozenset(tokenize(m.group("t"))) - QUESTION_WORDS
            if any(_covers(said, asked) and _covers(asked, said) for asked in traits):  # the same people, no more
                return c                                                                 # and no less
    return None


# Advice against that goes on to name the people it is for ("... should be avoided in people with asthma", "... is
# contraindicated in patients who have ...", "Avoid X in people with ..."): a use verb may stand between ("should not be
# used in"), or the advice's object ("Avoid X in"), a few words without a clause's end. What defines the people runs to
# a clause's end, a joining word or a preposition of another thing, as in ``_FOR_PEOPLE_DEFINED``. Grammar, no topic.
_AGAINST_FOR_PEOPLE = re.compile(
    r"(?P<between>(?:\s+[\w\-]+){0,6}?)\s+(?:in|for|by)\s+(?:(?:all|most|the)\s+)?"
    rf"{PERSON_NOUNS}\s+"
    r"(?:with|who\s+(?:is|are|has|have))\s+(?P<t>(?:(?!\b(?:for|after|before|when|if|because|unless|and|or|but)\b)"
    r"[^,;.:])+)", re.I)
# Words that end advice's clause before any people it could be for ("X should not be used unless ... in people with").
_CLAUSE_TURN = re.compile(r"\b(?:unless|except|if|when|because|but|although|whereas)\b", re.I)


def against_for_them(candidates: list[Candidate], condition: str | None,
                     intervention_forms: tuple[frozenset[str], ...]) -> Candidate | None:
    """The first statement among ``candidates`` that advises against the asked intervention (``polarity.AGAINST``)
    for the very people the question's ``condition`` defines (``defining_terms``; the statement defining them by the
    same words after its advice, ``_AGAINST_FOR_PEOPLE``): a contraindication for them ("Propranolol should be avoided
    in people with asthma and used with caution in ..." for "Is propranolol recommended for migraine prevention in
    people with asthma?"), which answers for them whatever the usual advice says. The clause of the advice must name
    the intervention by one of its names (``intervention_forms``) before the people: its subject, or the object of
    "Avoid". None when the question names no such people or no statement advises so."""
    asked = defining_terms(condition)
    forms = [form for form in intervention_forms if form]
    if not asked or not forms:
        return None
    for c in candidates:
        if not _names_any(c, forms):
            continue
        for clause in clauses(c.text):
            if stance(clause) != "against":
                continue  # (advice against stopping it, "should not be stopped in people with ...", is for it)
            for advice in AGAINST.finditer(clause):
                people = _AGAINST_FOR_PEOPLE.match(clause, advice.end())
                if people is None or _CLAUSE_TURN.search(people.group("between")):
                    continue
                named = frozenset(tokenize(clause[:advice.start()] + people.group("between")))
                if not any(form <= named for form in forms):
                    continue  # advice against something else in the clause
                said = frozenset(tokenize(people.group("t"))) - QUESTION_WORDS
                if _covers(said, asked) and _covers(asked, said):
                    return c
    return None
