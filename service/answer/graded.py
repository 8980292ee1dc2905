"""A guideline's graded advice among its own sentences: kept as a statement and quoted before its background.

A guideline states a grade (strength of recommendation, level of evidence, "I statement") for its advice, and ingest
records which of a chunk's sentences it grades (``ingest.grades``, ``Chunk.grades``). The relevance model learned
from research abstracts and never saw a guideline: beside a question written as a case note, whose words few
sentences share, it put a guideline's background (how common a problem is among older people) and its definitions
above the very advice that answers (the task force's graded statement that the evidence on screening for it is too
thin to weigh), and the advice under the floors (blind63g S29). The grade is the source's own mark of what it
advises: such a sentence is kept under the floors from a source already found (``scoring._graded_kept``), and where
the answer quotes an ungraded sentence of the same source as closest evidence, its graded advice that covers more of
the question stands in its place (``graded_in_place``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lexical import tokenize
from ingest.models import Chunk, DocumentKind
from service.answer.concepts import QUESTION_WORDS
from service.answer.question import ASKED_AFTER_DASH

if TYPE_CHECKING:  # (scoring imports this module: the type only, for the signatures)
    from service.answer.scoring import Candidate


def graded_sentence(chunk: Chunk, text: str) -> bool:
    """Whether ``text``, a statement of ``chunk``, is (or ends with) a sentence its source grades: the statement
    of a sentence with its antecedent or its list carries the grade of its last sentence."""
    if not chunk.grades:  # most chunks grade nothing
        return False
    return _graded_sentence(chunk.id, chunk.text, chunk.sentences, tuple(i for i, _ in chunk.grades), text)


@lru_cache(maxsize=50_000)
def _graded_sentence(chunk_id: str, chunk_text: str, spans: tuple[tuple[int, int], ...], graded: tuple[int, ...],
                     text: str) -> bool:
    stripped = text.rstrip()
    for i in graded:
        if i >= len(spans):
            continue
        sentence = chunk_text[spans[i][0]:spans[i][1]].rstrip()
        if sentence and (stripped == sentence or stripped.endswith(sentence)):
            return True
    return False


def graded_statement(c: Candidate) -> bool:
    """Whether a candidate is a guideline's graded advice (``graded_sentence``)."""
    return c.hit.document.kind == DocumentKind.GUIDELINE and graded_sentence(c.hit.chunk, c.text)


_STEM = 4  # letters two words share at their start to be one word's forms ("reconstruct", "reconstruction")


def asked_terms(question: str) -> frozenset[str]:
    """The words of what a question asks after its case (``ASKED_AFTER_DASH``), less question words, of ``_STEM``
    letters at least; the whole question's where it has no dash."""
    m = ASKED_AFTER_DASH.search(question.strip())
    part = m.group("asked") if m is not None else question
    return frozenset(t for t in tokenize(part) if t not in QUESTION_WORDS and len(t) >= _STEM)


def _asked_named(asked: frozenset[str], c: Candidate) -> frozenset[str]:
    """The asked words a statement names, by a form's start ("screen" and "screening")."""
    return frozenset(w for w in asked if any(len(t) >= _STEM and (t.startswith(w) or w.startswith(t)) for t in c.terms))


def graded_in_place(quoted: Sequence[Candidate], ranked: Sequence[Candidate], question: str,
                    on_others: Callable[[Candidate], bool] = lambda c: False) -> list[Candidate]:
    """``quoted`` (closest evidence) with each ungraded guideline statement replaced by its own source's graded
    advice among ``ranked`` that names more of what ``question`` asks (``asked_terms``: "which overnight test" of a
    case note) and covers more of the question (``Candidate.coverage``), not quoted already: the one naming most of the
    asked words first, then the best covering. A research report's statement, or a guideline's where its source grades
    nothing that names and covers more, stays: equal names do not tell them apart (the rate-control advice that
    named the asked drug class gave way to advice on a heart-rate target, both naming "rate control"), nor does
    advice on the case's other words ("elective resection" for the asked "antibiotic prophylaxis") answer it. The
    graded advice must also name every asked word the quote names (the sentence on massaging reddened skin, the asked
    thing, gave way to one on foam dressings over the same bony prominences), and speak of the asked people where the
    quote does (``on_others``: the statement for men in place of one for the asked young woman)."""
    asked = asked_terms(question)
    out = list(quoted)
    taken = {id(c) for c in out}
    for n, c in enumerate(out):
        if c.hit.document.kind != DocumentKind.GUIDELINE or graded_statement(c):
            continue
        named = _asked_named(asked, c)
        others = on_others(c)
        rivals = [o for o in ranked if o.doc_id == c.doc_id and id(o) not in taken and o.coverage > c.coverage
                  and graded_statement(o) and _asked_named(asked, o) > named and (others or not on_others(o))]
        if not rivals:
            continue
        best = max(rivals, key=lambda o: (len(_asked_named(asked, o)), o.coverage, o.score))
        taken.add(id(best))
        out[n] = best
    return out


# A graded stand-in answers alone, with no quote of its source to stand in for (``naming_most_asked``), only where it
# names at least this share of the asked words (``asked_terms``), and at least ``_FEWEST_NAMED`` of them: most of what
# is asked, so that advice on the case's other words, or naming one asked word in passing, does not.
_ASKED_SHARE = 0.5
_FEWEST_NAMED = 2


def naming_most_asked(stand_ins: Sequence[Candidate], question: str) -> Candidate | None:
    """Of a found source's graded advice kept under the floors (``stand_ins``), the statement that names the most of
    what ``question`` asks (``asked_terms``; ties by coverage, then score), where it names most of it (``_ASKED_SHARE``,
    ``_FEWEST_NAMED``); None otherwise. What the closest evidence quotes when no statement passing the floors is left
    to quote (``pipeline.closest_statements``): the source was found by a statement that passed them, and its grade
    marks the advice it gives."""
    asked = asked_terms(question)
    if not asked:
        return None
    named = [(len(_asked_named(asked, c)), c.coverage, c.score, n) for n, c in enumerate(stand_ins)]
    count, _, _, at = max(named, key=lambda row: row[:3])
    return stand_ins[at] if count >= max(_FEWEST_NAMED, _ASKED_SHARE * len(asked)) else None
