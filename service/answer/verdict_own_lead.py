"""A yes or a no must point the way of the statement it rests on, read for the asked thing and the asked case.

Two ways a verdict pointed against what its own answer quoted (session 67's probe of invented advice, and the blind
tests' "leans yes" above "not indicated for asymptomatic ..."):

- It rested on a statement that names nothing of the asked thing, while the answer quotes one that does: "No." read
  from "X should not be used as an opening test" for "is Y the first test?", beside "Begin with Y ..."; "leans yes"
  from "Ginger helps ..." for "- yelverin?", beside "Yelverin should be avoided in ...". The statement says nothing of
  the thing, so its way is none for it (``rests_off_thing``).
- It rested on one branch of a source's advice on the thing while a sibling sentence of the same source advises the
  other way for the case the question states: "A is indicated for B with fainting" read "yes" for "asymptomatic B -
  A?" beside "A is not indicated for asymptomatic B" (``other_branch``); or on a sentence advising both ways in
  clauses by value ("If the score is 3 or more, offer X; if it is below 3, do not offer X") read whole as "against"
  for a case scoring 4 (``branch_way``).

Either way the reading is unsure, and the verdict is hedged ("uncertain"), never flipped. Grammar and the question's
own words; no topic.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.case_values import misses_condition
from service.answer.negation import negated_at
from service.answer.people_clause import speaks_of_others
from service.answer.abbreviations import long_form_terms
from service.answer.polarity import as_asked, asks_against, clauses, stance
from service.answer.routing import GAP, REASON, RECOMMENDATION
from service.answer.scoring import Candidate
from service.answer.verdict_closest_advice import advised_way, dashed_case

# Letters a thing's term and a statement's term must share from the start to be one word's forms: lenient (as
# ``verdict_unnamed``), so that only a statement naming nothing like the thing counts as naming none of it.
_SHARED_START = 6
# A statement saying what a thing is ("Zorbodipine is a calcium channel blocker", "X is one of the ..."): its subject up
# to six words, a copula and an article. Grammar.
_DEFINES = re.compile(r"^\W*(?:[\w\-]+\s+){0,5}?(?:is|are)\s+(?:a|an|one)\b", re.I)
# Members a statement names of a class, after "such as", "including", "e.g." or "like", up to the clause's end: the
# class is what it speaks of. Grammar.
_MEMBERS = re.compile(r"\b(?:such\s+as|including|e\.g\.,?|like)\s[^,;.()]*", re.I)
# A word of a question as its case words are read (``_case_terms``).
_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


def _names_term(term: str, terms: frozenset[str]) -> bool:
    """Whether ``terms`` name ``term``: itself, or a term of three letters or more sharing its first
    ``_SHARED_START`` letters."""
    return term in terms or (len(term) >= 3 and any(len(t) >= 3 and t[:_SHARED_START] == term[:_SHARED_START]
                                                    for t in terms))


def _names_any(forms: tuple[frozenset[str], ...], terms: frozenset[str]) -> bool:
    """Whether ``terms`` name a term of any of the thing's ``forms``."""
    return any(_names_term(t, terms) for form in forms for t in form)


def _names_whole(forms: tuple[frozenset[str], ...], terms: frozenset[str]) -> bool:
    """Whether ``terms`` name every term of one of the thing's ``forms``."""
    return any(form and all(_names_term(t, terms) for t in form) for form in forms)


# An abbreviation as a statement writes it: two capitals or more, a plural "s" allowed ("CHC", "ESAs"). Grammar.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}s?\b")


def _with_long_forms(c: Candidate) -> frozenset[str]:
    """A statement's terms and those of the long forms the learned lexicon gives its abbreviations ("combined hormonal
    contraception" of "CHC"): a statement names a thing by its abbreviation as much as by its words."""
    shorts = [m.group().rstrip("s") if m.group().endswith("s") and len(m.group()) > 2 else m.group()
              for m in _ACRONYM.finditer(c.text)]
    return c.terms | long_form_terms(shorts) if shorts else c.terms


def rests_off_thing(question: str, verdict: str, forms: tuple[frozenset[str], ...], behind: list[Candidate],
                    shown: list[Candidate]) -> bool:
    """Whether the statement a verdict rests on first (``behind``) names no term of the asked thing (its ``forms``),
    itself or through an abbreviation's long form, while another statement the answer quotes (``shown``) names the
    whole thing, not to define it: the verdict's way is that of a statement on something else. (A quote that only
    says what it is, "Zorbodipine is a calcium channel blocker", or names it as a member of a class, "Wobble channel
    blockers such as zorbodipine ...", leaves a verdict from advice on its class standing.) Not a "no" (as asked)
    resting on advice for another thing ("Immediate antibiotics are recommended for children under 2 with infection in
    both ears" for "... - can I do watchful waiting?"): advice for the other course is a no to this one."""
    forms = tuple(f for f in (form - QUESTION_WORDS for form in forms) if f)
    if not forms or not behind or _names_any(forms, _with_long_forms(behind[0])):
        return False
    plain = verdict if not asks_against(question) else {"yes": "no", "no": "yes"}.get(verdict, verdict)
    if plain == "no" and advised_way(behind[0].text, frozenset()) == "for":
        return False
    return any(c is not behind[0] and not _DEFINES.match(c.text)
               and _names_whole(forms, frozenset(tokenize(_MEMBERS.sub(" ", c.text)))) for c in shown)


# Nouns for anyone at all ("patient", "people"): every branch of a source's advice is for such, so naming one tells no
# branch from another ("Clinicians should discuss adverse events with patients ... with X" was read as the branch for a
# case of "a patient with Y", and the plain "no" of its sibling hedged). Not "adults", "children": they tell branches.
_ANYONE = frozenset(tokenize("patient patients person persons people individual individuals someone"))


def _case_terms(question: str, condition: str | None, title: str) -> frozenset[str]:
    """The terms of the case the question states: its words before a dash ("asymptomatic B on a routine ECG - A?"),
    else its condition's, less those a negator before them turns ("no red flags" names no red flags) and those of the
    source's ``title`` (the topic it advises on at large, "B" of a guideline on B). Not the words it asks with
    ("contraindicated", "or wait"): a sibling naming those names the question, not the case."""
    case = frozenset(tokenize(dashed_case(question) or condition or ""))
    turned = frozenset(t for m in _WORD.finditer(question) if negated_at(question, m.start())
                       for t in tokenize(m.group()))
    return case - turned - frozenset(tokenize(title)) - QUESTION_WORDS - _ANYONE


def _names_case(case: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether ``terms`` name a term of the ``case`` (leniently, ``_names_term``: "pregnancy" names "pregnant")."""
    return any(_names_term(t, terms) for t in case)


def other_branch(question: str, forms: tuple[frozenset[str], ...], first: Candidate, siblings: list[Candidate],
                 verdict: str, condition: str | None = None) -> Candidate | None:
    """A sentence of ``first``'s own source that names the whole asked thing, advises on it the other way
    (``advised_way``: "for" against "against") and names a word of the case (not negated, not the thing's) that
    ``first`` does not, while ``first`` names a word the question does not, none of the case's its sibling lacks, and
    the ``verdict`` is ``first``'s way as asked: the sibling's branch is the case's, and ``first``'s is another
    ("indicated for B with fainting" for "asymptomatic B - A?" beside "not indicated for asymptomatic B"). None where no
    sentence is such."""
    forms = tuple(f for f in (form - QUESTION_WORDS for form in forms) if f)
    if not forms or not _names_whole(forms, first.terms):
        return None
    thing = frozenset().union(*forms)
    way = advised_way(first.text, thing)
    if way is None or as_asked(question, "yes" if way == "for" else "no", first.text) != verdict:
        return None  # (a verdict read otherwise than ``first``'s plain way rests on a finer reading: not doubted)
    case = _case_terms(question, condition, first.hit.document.title) - thing
    asked = frozenset(tokenize(question))
    if not (first.terms - asked - thing - QUESTION_WORDS):
        return None  # (``first`` names nothing the case does not: it is no other branch)
    for c in siblings:
        if c is first or c.doc_id != first.doc_id or c.text == first.text or not _names_whole(forms, c.terms):
            continue
        other = advised_way(c.text, thing)
        if other is None or other == way or GAP.search(REASON.sub(" ", c.text)):
            continue  # (a gap, "insufficient evidence to recommend X in Z", advises neither way on Z; a gap in the
            # reason it gives, "... avoid X due to a lack of effect", ``routing.REASON``, is its ground, not a gap)
        if _names_case(case, c.terms - first.terms) and not _names_case(case, first.terms - c.terms - thing):
            # (Only where ``first`` names no word of the case its sibling lacks: "X should be avoided in people with
            # Y" is the branch for a case with Y, whatever its sibling "X is recommended for Z" says of Z at large.)
            return c
    return None


def _clause_way(clause: str) -> str | None:
    """Which way one clause advises: "against" (``polarity.stance``), "for" (words of advice with none against,
    ``routing.RECOMMENDATION``), None for no advice."""
    if stance(clause) == "against":
        return "against"
    return "for" if RECOMMENDATION.search(clause) else None


def branch_way(question: str, text: str, thing: frozenset[str]) -> str | None:
    """The way of a sentence that advises on one thing both ways in clauses by the case's values ("If the score is 3 or
    more, offer X; if it is below 3, do not offer X"), read for the question's case: the way of the one kind of clause
    whose condition the case does not miss (``case_values.misses_condition``), where it misses one; "unsure" where its
    value decides no clause (the sentence as a whole points neither way for it); None for a sentence that does not
    advise on the asked ``thing`` both ways (each way's clause naming a term of it)."""
    if not thing:
        return None
    parts = clauses(text)
    if len(parts) < 2:
        return None
    ways = [(part, _clause_way(part)) for part in parts]
    named = [(part, way) for part, way in ways if way is not None and frozenset(tokenize(part)) & thing]
    if {way for _, way in named} != {"for", "against"}:
        return None
    missed = [misses_condition(question, part) for part, _ in named]
    kept = {way for (_, way), miss in zip(named, missed) if not miss}
    return next(iter(kept)) if any(missed) and len(kept) == 1 else "unsure"


def clause_for_others(question: str, first: Candidate, thing: frozenset[str]) -> bool:
    """Whether the clause of ``first`` that names the asked thing (of a sentence in clauses: "X is recommended for Y in
    adults; in children, Z is preferred") names other people than the question asks of as its own
    (``people_clause.speaks_of_others``: "in adults" for a 7-year-old): its yes is theirs, not the case's. A sentence of
    one clause is read whole elsewhere (``pipeline``'s readings of the lead's people)."""
    parts = clauses(first.text)
    if len(parts) < 2 or not thing:
        return False
    named = [part for part in parts if frozenset(tokenize(part)) & thing]
    return len(named) == 1 and speaks_of_others(question, replace(first, text=named[0]), who=True)


# The fewest letters a question's word and a statement's word must share from the start to be one word's forms
# ("interaction" and "interact"); shorter words are too often different words ("use", "user").
_DENIED_WORD_START = 6


def yes_on_denial(question: str, verdict: str, text: str) -> bool:
    """Whether a "yes" rests on a statement that denies one of the question's own words: "any interaction?" read
    "leans yes" above "X does not interact with Y". The statement says the opposite of a yes in the question's own
    terms, so the reading is unsure (a words model's reading of a sentence can miss its "not"). Grammar: a verb's
    denial just before the word (``_VERB_DENIED``), no topic."""
    if verdict != "yes":
        return False
    asked = {w.lower()[:_DENIED_WORD_START] for w in _WORD.findall(question)
             if len(w) >= _DENIED_WORD_START and w.lower() not in QUESTION_WORDS}
    return any(m.group().lower()[:_DENIED_WORD_START] in asked and _VERB_DENIED.search(text[:m.start()])
               for m in _WORD.finditer(text) if len(m.group()) >= _DENIED_WORD_START)


# A verb's denial just before a word ("does not interact", "did not reduce", "cannot ..."): not "without" or "no",
# which a question may share ("watched without antibiotics?" above "waiting without immediate antibiotics"). Grammar.
_VERB_DENIED = re.compile(r"\b(?:not|never|cannot|\w+n't)\s+(?:\w+\s+)?$", re.I)

