"""Whether a statement a section would quote is off the question: it speaks of something the question does not ask.

The scorer counts a statement as speaking of an asked concept when it names it or when its source's title does
(``scoring.passage_mentions``): right for "first-line drugs" in a guideline on hypertension, wrong when the statement
is about another thing its title names, or names the asked thing only as what is left out. A clinician must be able to
trust every sentence of an answer, so the sections leave such statements out. Grammar and the question's own words
decide, never a list of topics: the same tests hold for a corpus of any specialty. (The bottom line chooses its quotes
by its own rules; this screen is for the sections' statements only.)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS, Concept
from service.answer.guideline import gives_advice, says_against, topic_terms
from service.answer.polarity import WITHOUT_PART
from service.answer.question import DEFINED_BY, PEOPLE_WORDS, Question
from service.answer.routing import INTERACTION
from service.answer.scoring import Candidate, sentence_terms

# People named by what they have or take ("Patients with calcific tendinopathy should be offered ...", "... for
# patients with hypertension and diabetes with albuminuria"): what defines them, up to the verb or clause that
# follows (at most a few words: the noun phrase, not the rest of the sentence).
_CLAUSE_WORDS = (r"(?:should|must|may|can|could|will|would|is|are|was|were|has|have|had|do|does|did|who|which|that|"
                 r"because|but|and\s+(?:should|must))\b")
_PEOPLE_WITH = re.compile(rf"\b(?:{PEOPLE_WORDS}|those){DEFINED_BY}(?P<x>(?:(?!{_CLAUSE_WORDS})[\w\-]+\s*){{1,4}})",
                          re.I)

@lru_cache(maxsize=20_000)
def _people_defined(text: str) -> tuple[frozenset[str], ...]:
    """The terms of what defines each group of people ``text`` names by what they have or take."""
    return tuple(frozenset(tokenize(m.group("x"))) - QUESTION_WORDS for m in _PEOPLE_WITH.finditer(text))


def of_other_people(c: Candidate, asked: frozenset[str]) -> bool:
    """Whether statement ``c`` speaks of people defined by something none of the question's words (``asked``) name,
    and names none of the asked condition: "Patients with calcific tendinopathy should be offered ..." for "Can a
    patient on warfarin take vitamin K2 supplements?" is advice for other people."""
    groups = _people_defined(c.text)
    return not c.mentions_condition and bool(groups) and all(terms and not terms & asked for terms in groups)


def _around(text: str, pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """The terms of ``text`` before ``pattern``'s first match, of its "what" group (none without one) and after it;
    None without a match."""
    found = pattern.search(text)
    if found is None:
        return None
    what = frozenset(tokenize(found.group("what"))) if "what" in pattern.groupindex else frozenset()
    return (frozenset(tokenize(text[:found.start()])), what, frozenset(tokenize(text[found.end():])))


# ``_around`` each pattern, cached per statement: the same statements are screened question after question, and these
# patterns (case-blind, a word boundary at every place) cost more than the rest of the screen. (One cache per pattern:
# a compiled pattern has no stored hash, and hashing it for every look-up costs as much as a search.)
@lru_cache(maxsize=20_000)
def _around_without(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    return _around(text, WITHOUT_PART)


@lru_cache(maxsize=20_000)
def _around_interaction(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    return _around(text, INTERACTION)


@lru_cache(maxsize=4096)
def _asked(question: str) -> frozenset[str]:
    """The terms of a question's words, question words left out (``off_question``'s ``asked``): read once per
    question, not once per statement."""
    return frozenset(tokenize(question)) - QUESTION_WORDS


def only_without(text: str, named: frozenset[str]) -> bool:
    """Whether ``text`` speaks of another thing of the asked intervention's kind without it: the intervention's own
    words (its terms ``named``) only in a "without" phrase, after another thing named by the rest of its name
    ("Calcium supplements without vitamin D were associated with ..." is a finding on calcium supplements, not on
    vitamin D supplementation). A condition's course without it ("Most cases ... resolve without antibiotics") is not
    another thing of its kind: it stays."""
    parts = _around_without(text)
    if parts is None:
        return False
    before, what, after = parts
    inside = what & named
    return bool(inside) and bool((named - inside) & before) and not inside & (before | after)


def acted_on_only(text: str, named: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether ``text`` names the asked intervention (its terms ``named``) only as what another thing acts on, after
    an interaction's verb (``routing.INTERACTION``), with nothing the question asks (``asked``) before it: "Bile acid
    sequestrants, orlistat and mineral oil can reduce absorption of fat-soluble vitamins including vitamin K" reports
    what other drugs do to vitamin K, not what vitamin K2 does for a patient on warfarin."""
    parts = _around_interaction(text)
    if parts is None:
        return False
    before, _, after = parts
    return bool(named & after) and not before & (named | asked)


def off_question(c: Candidate, q: Question, forms: tuple[frozenset[str], ...] = (),
                 concepts: tuple[Concept | None, Concept | None] = (None, None),
                 on_intervention: frozenset[str] = frozenset(), on_condition: frozenset[str] = frozenset()) -> bool:
    """Whether statement ``c`` is off question ``q`` for a section (``forms``: the asked intervention's other names;
    ``concepts``: its intervention and condition as read against the corpus, to tell what a source's title names;
    ``on_intervention``: the sources with a statement that speaks of the asked intervention; ``on_condition``: those
    with more than one that speaks of the asked condition).

    - It is advice for people defined by something the question does not name, names none of the asked condition and
      names the asked intervention only through its source's title, if at all (advice on another condition; a study's
      account of whom it enrolled stays, and so does advice that names the asked intervention itself).
    - It names the asked intervention only as what is left out ("without X") and gives no advice.
    - It names none of the asked condition and the asked intervention only as what another thing acts on.
    - Asked both an intervention and a condition, it names only the condition, its source's title names neither (nor
      any word of the condition: a research abstract titled by the condition is on it, whatever it tests; a source
      without a title says nothing of what it is on), none of its
      statements speaks of the intervention and no other of the condition (a source on something else, which names
      the condition once, in an aside), and it is no advice for something in that condition (an alternative):
      "The clinical importance of warfarin-related calcification for heart attacks and strokes is uncertain" for
      "Does vitamin D supplementation prevent heart attacks and strokes?", advice against another drug in pregnancy
      for "Is topiramate safe in pregnancy?"."""
    if not q.intervention:
        return False
    named = topic_terms(q.intervention, None)
    names_itself = not c.terms.isdisjoint(named) or any(not c.terms.isdisjoint(name) for name in forms)
    advice = gives_advice(c.text)
    if q.condition and advice and not names_itself and of_other_people(c, _asked(q.text)):
        return True
    if names_itself and not advice and only_without(c.text, named):
        return True
    if q.condition and not c.mentions_condition and acted_on_only(c.text, named, _asked(q.text)):
        return True
    if q.condition and c.mentions_condition and not c.mentions_intervention and not names_itself:
        title = sentence_terms(c.hit.document.title or "")
        return (bool(title) and c.doc_id not in on_intervention and c.doc_id not in on_condition
                and not title & topic_terms(None, q.condition)
                and not any(concept.mentioned_in(title) for concept in concepts if concept is not None)
                and (not advice or says_against(c.text)))
    return False


def sources_on(ranked: Iterable[Candidate]) -> tuple[frozenset[str], frozenset[str]]:
    """Of the sources of an answer's ``ranked`` statements, those with a statement on the asked intervention, and
    those with more than one on its condition (``off_question``'s ``on_intervention`` and ``on_condition``)."""
    on_intervention: set[str] = set()
    on_condition: Counter[str] = Counter()
    for c in ranked:
        if c.mentions_intervention:
            on_intervention.add(c.hit.document.id)
        if c.mentions_condition:
            on_condition[c.hit.document.id] += 1
    return frozenset(on_intervention), frozenset([doc for doc, n in on_condition.items() if n > 1])
