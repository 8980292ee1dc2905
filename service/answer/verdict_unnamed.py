"""A lean on whether a thing is needed must rest on a statement that names that thing.

Asked "... - do I need an X?" where no reading takes a topic, the verdict model leans on the closest statements, and a
statement on how the condition is diagnosed ("Clinicians should diagnose Y when ... is provoked by the Z manoeuvre")
leaned "yes" to whether an X is needed though it names no X, nor what X is of (session 65: a brain scan asked, a
bedside manoeuvre quoted, while the same guideline advises against imaging). Such a statement says nothing of the thing:
the lean gives way to "insufficient". The thing is named by a word of it (or a word sharing its first letters, as
``case_against`` reads leniently) or by a word of its abbreviation's long form as the learned lexicon writes it (X
written out names its class's head: "... imaging"). Grammar and the learned abbreviations; no topic.
"""
from __future__ import annotations

import re

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.abbreviations import long_form_terms
from service.answer.scoring import Candidate
from service.answer.verdict import states_need
from service.answer.verdict_closest_advice import THING_ENDS

# A dash, then whether someone needs a thing ("- do I need an X?", "- does she really need X?", "- is X needed?" is read
# elsewhere): what follows the verb of need, past an article, is the thing. Grammar.
_NEEDED_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]+\s+(?:(?:do|does|will|would|should|shall)\s+"
                                r"(?:i|we|you|he|she|they|it|the\s+\w+)\s+)?(?:(?:really|still|also|now|actually)\s+)?(?:need|require)s?\s+"
                                r"(?:(?:a|an|the|any|some)\s+)?(?P<x>[^?]+?)\s*\??\s*$", re.I)
# Where a thing's name ends: the words that end a thing a dash question names (``verdict_closest_advice.THING_ENDS``:
# a preposition, a conjunction, a word of time or of the judgement asked), and "first" ("do I need an X first?"), an
# order of doing, not part of what is needed. Grammar.
_FIRST = "first"
# The most words a thing's name takes ("MRI brain", "repeat chest x-ray").
_THING_WORDS = 3


def needed_thing(question: str) -> list[str]:
    """The words of the thing a dash question asks the need of (``_NEEDED_AFTER_DASH``: "MRI", "brain" of "... - do I
    need an MRI brain?"), as written, up to a word that ends a name; empty when none is read."""
    m = _NEEDED_AFTER_DASH.search(question)
    if m is None:
        return []
    words: list[str] = []
    for word in m.group("x").split():
        bare = word.strip(",;:")
        if THING_ENDS.match(bare) or bare.lower() == _FIRST:
            break
        words.append(word.strip(",;:"))
    return words if 0 < len(words) <= _THING_WORDS else []


# Letters a thing's term and a statement's term must share from the start to be one word's forms (as
# ``case_against._SHARED_START``): lenient, so that only a lean on statements naming nothing like the thing gives way.
# (Not ``case_against._named`` itself: that one also lets a shorter statement term that opens the asked one name it,
# so "spin" of "spinning" would name "spine".)
_SHARED_START = 6


def _names(term: str, terms: frozenset[str]) -> bool:
    """Whether a statement's ``terms`` name ``term``: itself, or a term of three letters or more sharing its first
    ``_SHARED_START`` letters."""
    return term in terms or (len(term) >= 3 and any(len(t) >= 3 and t[:_SHARED_START] == term[:_SHARED_START]
                                                    for t in terms))


def _thing_terms(words: list[str]) -> frozenset[str]:
    """The terms of a thing's words and of the commonest long form the learned lexicon gives each abbreviation among
    them (``abbreviations.long_form_terms``: "magnetic resonance imaging" of "MRI")."""
    return (frozenset(tokenize(" ".join(words))) | long_form_terms(words)) - QUESTION_WORDS


def lean_off_needed_thing(question: str, behind: list[Candidate]) -> bool:
    """Whether a lean on whether a thing is needed (``needed_thing``) rests only on statements none of which names a
    term of the thing or of its abbreviation's long form (``_thing_terms``), nor says in a word that something is or is
    not needed (``verdict.states_need``): they say nothing of it."""
    words = needed_thing(question)
    terms = _thing_terms(words) if words else frozenset()
    if not terms or not behind or any(states_need(c.text) for c in behind):
        # (A statement that says in a word what is or is not needed speaks to the question, in its own name for the
        # thing: "Radiographs are not needed to confirm ..." for "- need xray to diagnose ...?".)
        return False
    return not any(_names(t, c.terms) for c in behind for t in terms)
