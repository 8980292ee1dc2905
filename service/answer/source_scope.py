"""What a source says it leaves out: "This guideline does not cover the care of gizmo injury in preterm infants", "The
management of wobble lies outside the scope of this document", and the items a guideline lists after such a note::

    Note: This guideline does not cover:
    - Gizmo injury in infants born before 35 weeks.
    - Frobnitis caused by an infection.

A guideline or a study that does not cover, excludes or is not about a thing says nothing of whether that thing
works, nor of what is done for the people it leaves out: read as evidence, the items above (worded as findings about
infants, with no "not" of their own beyond the note's) made a "leans no" to whether to treat a term infant, the very
people the guideline covers. Such statements are no evidence for or against and are not quoted, unless the question
asks what a source covers (``asks_coverage``).

In the 1,416 shared guidelines, a sentence of this kind ("this guideline does not cover/address/include ...", "... not
covered/addressed/considered in this guideline", "outside/beyond the scope", "excluded from this guideline") stands
about 600 times in 472 files, and some 40 guidelines list their exclusions after a note ending in a colon. Grammar of
a source's scope only, no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from service.answer.not_applying import asks_scope, scope_only

if TYPE_CHECKING:
    from service.answer.scoring import Candidate

# The source as the subject of its own scope: "this guideline", "these recommendations", "the present document", "this
# CPG", "the AUC". (A study's exclusion criteria, "patients with X were excluded", are its methods: left to them.)
_SOURCE = (r"(?:this|these|the|present|current)\s+(?:(?:present|current|clinical|practice|evidence-based|updated|"
           r"consensus)\s+)*(?:guidelines?|guidance|cpgs?|documents?|recommendations?|statements?|reviews?|updates?|"
           r"auc|appropriate\s+use\s+criteria|criteria|reports?|scope|publications?|pathways?|protocols?|"
           r"(?:clinical\s+)?practice\s+guidelines?)")
# Verbs of covering: never "recommend", whose "does not recommend" is advice against.
_COVER = r"(?:cover|address|include|consider|discuss|deal\s+with|apply|extend\s+to|encompass|examine|review|focus\s+on)"
_SCOPE_SENTENCE = re.compile(
    rf"\b{_SOURCE}\b(?:(?!\b(?:who|whom|whose|that|which|if|when|unless)\b)[^.;]){{0,80}}?\b(?:does|do|will|did|shall|"
    rf"is|are)\s+not\s+(?:\w+ly\s+)?{_COVER}\b|"
    rf"\bnot\s+(?:(?:\w+ly|yet|been|be)\s+){{0,2}}(?:covered|addressed|included|considered|discussed|dealt\s+with|"
    rf"examined|reviewed)\s+(?:in|by|within|under)\s+{_SOURCE}\b|"
    r"\b(?:outside|beyond)\s+(?:of\s+)?the\s+(?:scope|remit)\b|\bnot\s+within\s+the\s+(?:scope|remit)\b|"
    r"\bout\s+of\s+scope\b|"
    rf"\bexcluded\s+from\s+(?:{_SOURCE}|the\s+scope)\b|\b{_SOURCE}\s+(?:\w+ly\s+)?excludes?\b",
    re.I)
# A note that opens a list of what is left out, ending in a colon: the sentences above, or a bare heading of exclusion
# ("Excluded groups:", "Groups not covered:", "Note: These patient groups are excluded:"). Not "exclude" as a
# clinician does it ("tests are needed to exclude other causes:", "... have excluded the following
# causes:"), nor a payer's cover ("Surgery is not covered where ...:"): without a source named,
# a note ("Note: ...") or a heading of three words at most.
_SCOPE_HEADING = re.compile(
    r"^(?:note\s*:\s*)?(?:excluded|exclusions?)\b|"
    r"^note\s*:\s*.*\b(?:(?:is|are|were|was)\s+excluded|not\s+covered|not\s+addressed|not\s+included)\b|"
    r"^(?:[\w\-]+\s+){0,2}(?:not\s+covered|not\s+addressed|not\s+included)\s*:",
    re.I)
# How many sentences back from a listed item its note is looked for: a guideline lists at most a dozen exclusions.
LIST_REACH = 12


@lru_cache(maxsize=20_000)
def states_scope(text: str) -> bool:
    """Whether every sentence of ``text`` says what its source leaves out (``_SCOPE_SENTENCE``), or whom its advice
    does not apply to (``not_applying.scope_only``)."""
    sentences = [s for s in re.split(r"(?<=[.;!?])\s+", text.strip()) if s]
    return bool(sentences) and (scope_only(text) or all(_SCOPE_SENTENCE.search(s) for s in sentences))


def _scope_note(sentence: str) -> bool:
    """Whether a sentence ending in a colon opens a list of what its source leaves out."""
    sentence = sentence.strip()
    return sentence.endswith(":") and bool(_SCOPE_SENTENCE.search(sentence) or _SCOPE_HEADING.search(sentence))


@lru_cache(maxsize=20_000)
def listed_after_scope_note(sentences: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` is an item of a list whose note says its source leaves the items out: the nearest sentence
    before it in its passage (``sentences``, in order) that ends in a colon, within ``LIST_REACH``, is such a note
    (``_scope_note``). A list after another heading ("The following should be offered:") is not."""
    first = re.split(r"(?<=[.;!?])\s+", text.strip())[0].strip()
    at = next((i for i, s in enumerate(sentences) if s.strip() and s.strip() == first), None)
    if at is None:
        at = next((i for i, s in enumerate(sentences) if s.strip() and s.strip() in text), None)
    if at is None:
        return False
    for sentence in reversed(sentences[max(0, at - LIST_REACH):at]):
        if sentence.strip().endswith(":"):
            return _scope_note(sentence)
    return False


def out_of_scope(c: "Candidate") -> bool:
    """Whether a statement says only what its source leaves out: a scope sentence (``states_scope``) or an item
    listed under a note that says so (``listed_after_scope_note``). Such a note ends in a colon: a passage without one
    (some 99 in 100 of the default corpus's) lists nothing under one, without its sentences cut out and looked up."""
    chunk = c.hit.chunk
    return states_scope(c.text) or (":" in chunk.text
                                    and listed_after_scope_note(tuple(chunk.sentence_texts()), c.text))


# A question on what a source covers ("Does this guideline cover children?", "Is X within the scope ...?"): a scope
# statement is its answer (``not_applying.asks_scope`` reads "apply to", "intended for").
_ASKS_COVERAGE = re.compile(r"\b(?:cover|covers|covered|scope|remit|excludes?|excluded)\b", re.I)


def asks_coverage(question: str) -> bool:
    """Whether a question asks what a source covers or whom it applies to."""
    return asks_scope(question) or bool(_ASKS_COVERAGE.search(question))


def without_scope(candidates: list["Candidate"], question: str) -> list["Candidate"]:
    """``candidates`` less the statements that say only what their source leaves out (``out_of_scope``), unless the
    question asks what a source covers (``asks_coverage``)."""
    if asks_coverage(question):
        return candidates
    return [c for c in candidates if not out_of_scope(c)]
