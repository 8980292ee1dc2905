"""Advice for people who did not receive a treatment, where the question says the patient did receive one like it.

A guideline often splits its advice by what was given before: "Patients who did not receive prior gizmotherapy should
be offered ..." and, a statement later, "For patients who received prior gizmotherapy, ...". A case that says the
patient had such a treatment ("what if she had already had 3 months of wobblomab before the operation?") is in the
second group: the first statement's condition excludes it. Quoted first, it read as the answer for her (the advice
for those who had nothing before). Which group the case is in is read from the clause's verb (did not receive /
received: grammar), and whether the treatment the clause names is what the case says was given from the embedder
(the case says "wobblomab before the operation", the guideline "prior gizmotherapy"): no list of treatments.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from index.lexical import QUESTION_WORDS, tokenize
from ingest.models import DocumentKind
from service.answer.concepts import Lexicon
from service.answer.scoring import Candidate
from service.answer.subgroup import covers

# The verbs of having been given a treatment or having undergone a procedure. A closed class of general English.
_GIVEN = (r"(?:receive[ds]?|receiving|undergo(?:ne|es)?|underwent|ha[ds]|have|get|got|gotten|"
          r"been\s+(?:given|treated\s+with|offered))")
# What a clause names as given: up to a comma, a bracket, a full stop, or a word that opens the rest of the sentence.
# ("[^,;.()]" read word by word, possessively: no backtracking over a long clause.)
_THING = (r"(?P<p>(?:(?!(?:and|or|but|should|may|must|can|could|are|is|were|was|will|who|whom|present|presenting|"
          r"after|before|with|in|at|for|to)\b)[\w\-/]++\s*){1,6})")
# A relative clause that sets apart people who were NOT given a thing ("who did not receive preoperative therapy", "who
# have not undergone surgery", "who had no prior chemotherapy"). Grammar.
_NOT_GIVEN = re.compile(rf"\bwho\s+(?:(?:did|do|does|have|has|had)\s+not|never)\s+(?:previously\s+|yet\s+)?{_GIVEN}\s+"
                        rf"(?:(?:any|a|an|the|prior|previous)\s+)?{_THING}", re.I)
# ... and one that sets apart people who WERE given it ("who received preoperative therapy", "who have undergone
# surgery", "who were treated with chemotherapy"). Grammar.
_WAS_GIVEN = re.compile(rf"\bwho\s+(?:(?:have|has|had)\s+)?(?:previously\s+|already\s+)?"
                        rf"(?:received|underwent|undergone|had|were\s+(?:given|treated\s+with)|got)\s+"
                        rf"(?:(?:a|an|the|prior|previous)\s+)?{_THING}", re.I)
# A case that says its patient was given something ("he had already had 4 months of X before surgery", "she received
# X last year", "pt underwent Y"): what was given (``f``). Not "had no X", "never had X", "has not had X": those say
# it was not. Grammar.
_CASE_GAVE = re.compile(r"\b(?:he|she|they|patient|pt|the\s+patient|who)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
                        r"(?:had|received|underwent|undergone|got|was\s+(?:given|treated\s+with))\s+"
                        r"(?!(?:no|not|none|never|nothing)\b)(?P<f>[^?,;]{3,80})", re.I)

# How close, in the embedder's space, the treatment a statement's clause names must be to what the case says was given
# for the case to be read as having had it: "preoperative therapy" and "4 months of gizmo-regimen before surgery" are
# 0.48 near in cosine, "preoperative chemotherapy" and "3 cycles of chemotherapy before the operation" 0.72; unrelated
# treatments mostly 0.1 to 0.3 (but up to 0.42: a counterpart in the source is required too,
# ``with_given_counterparts``).
SAME_GIVEN_COSINE = 0.4


def case_given(question: str) -> str | None:
    """What a case says its patient was given (``_CASE_GAVE``), or None where it says nothing was."""
    found = _CASE_GAVE.search(question)
    return found.group("f").strip() if found else None


def _thing_terms(thing: str) -> frozenset[str]:
    """A clause's thing as terms, question words aside."""
    return frozenset(tokenize(thing)) - QUESTION_WORDS


def excludes_the_case(c: Candidate, given: str, lexicon: Lexicon) -> str | None:
    """The thing guideline statement ``c``'s clause says its people were not given (``_NOT_GIVEN``), where it is what
    the case says was given (``given``; cosine at least ``SAME_GIVEN_COSINE``): the statement's advice is for
    others. None otherwise, or without the embedder."""
    found = _NOT_GIVEN.search(c.text) if c.hit.document.kind == DocumentKind.GUIDELINE else None
    if found is None:
        # (A study's statement on those not given a thing reports a finding in its own arm, no advice for others.)
        return None
    thing = found.group("p").strip()
    vectors = lexicon.phrase_vectors([given, thing])
    if vectors is None or float(vectors[1] @ vectors[0]) < SAME_GIVEN_COSINE:
        return None
    return thing


def given_counterpart(other: Candidate, thing: str, score: Callable[[Callable[[str], bool]], list[Candidate]],
                      quoted: frozenset[str]) -> list[Candidate]:
    """The statement of ``other``'s source whose clause sets apart those who were given ``thing`` (``_WAS_GIVEN``,
    naming its terms), with the statement after it in its passage where that one names no such clause and is the
    advice the first introduces ("For patients who received X, there are no trials ... The panel recommends ..."):
    the advice for the case. Empty where the source's retrieved passages hold none."""
    terms = _thing_terms(thing)
    if not terms:
        return []

    def keep(text: str) -> bool:
        found = _WAS_GIVEN.search(text)
        return (text not in quoted and found is not None and _NOT_GIVEN.search(text) is None
                and covers(_thing_terms(found.group("p")), terms))

    found = [c for c in score(keep) if c.doc_id == other.doc_id]
    if not found:
        return []
    first = max(found, key=lambda c: c.score)
    following = [c for c in score(lambda text: text not in quoted and not _WAS_GIVEN.search(text)
                                  and not _NOT_GIVEN.search(text)) if c.doc_id == other.doc_id and _follows(first, c)]
    return [first, *following[:1]]


def _plain(text: str) -> str:
    """``text`` with its runs of white space as one space, as sentences are compared."""
    return " ".join(text.split())


def _sentences(c: Candidate) -> list[str]:
    """The sentences of ``c``'s passage (``Chunk.sentences``), white space made plain."""
    chunk = c.hit.chunk
    return [_plain(chunk.text[a:b]) for a, b in chunk.sentences]


def _at(c: Candidate, sentences: list[str]) -> int | None:
    """Which of ``sentences`` is ``c``'s statement, or None."""
    own = _plain(c.text)
    return next((k for k, text in enumerate(sentences) if own in text or text in own), None)


def _follows(first: Candidate, c: Candidate) -> bool:
    """Whether ``c``'s statement is the one right after ``first``'s in its source: in ``c``'s passage, the sentence
    before it is ``first``'s (passages overlap by a sentence, so the next passage holds both where ``first``'s is
    the last of its own)."""
    sentences = _sentences(c)
    at = _at(c, sentences)
    own = _plain(first.text)
    return at is not None and at > 0 and (own in sentences[at - 1] or sentences[at - 1] in own)


def not_excluding(question: str, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """``found`` less the statements whose advice is for people not given what the case says its patient was given
    (``excludes_the_case``): what may be brought back to open the closest evidence after ``with_given_counterparts``
    set them aside. ``found`` itself where the case says nothing was given."""
    given = case_given(question)
    if given is None:
        return found
    return [c for c in found if excludes_the_case(c, given, lexicon) is None]


def with_given_counterparts(question: str, closest: list[Candidate],
                            score: Callable[[str, Callable[[str], bool]], list[Candidate]],
                            lexicon: Lexicon) -> list[Candidate]:
    """``closest`` with each statement whose advice is for people not given what the case says its patient was given
    (``excludes_the_case``) replaced by its source's advice for those given it (``given_counterpart``): quoted first,
    "... who did not receive X" read as the answer for a patient who did. As many statements as ``closest`` (one more
    where the advice for those given it takes two sentences); unchanged where the case says nothing was given, no
    statement excludes it or its source holds no advice for those given it."""
    given = case_given(question)
    if given is None or not closest:
        return closest
    fitting: list[Candidate] = []
    for c in closest:
        thing = excludes_the_case(c, given, lexicon)
        if thing is None:
            fitting.append(c)
            continue
        quoted = frozenset(o.text for o in (*closest, *fitting))
        found = given_counterpart(c, thing, partial(score, c.doc_id), quoted)
        # (Without one it keeps its place: the embedder's nearness alone, 0.4 and more, also met unrelated pairs of
        # treatments, "thrombolysis" and "a blood transfusion"; the source's own pair of clauses confirms the split.)
        fitting.extend(found or [c])
    if len(fitting) == len(closest) and all(a is b for a, b in zip(fitting, closest)):
        return closest
    return fitting
