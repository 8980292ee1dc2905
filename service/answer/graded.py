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

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.models import Chunk, DocumentKind

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


def graded_in_place(quoted: Sequence[Candidate], ranked: Sequence[Candidate]) -> list[Candidate]:
    """``quoted`` (closest evidence) with each ungraded guideline statement replaced by its own source's graded
    advice among ``ranked`` that covers more of the question (``Candidate.coverage``) and is not quoted
    already: the best covering first, the more relevant of equals. A research report's statement, or a guideline's
    where its source grades nothing that covers more, stays (equal
    coverage does not tell them apart, and the model's order stands)."""
    out = list(quoted)
    taken = {id(c) for c in out}
    for n, c in enumerate(out):
        if c.hit.document.kind != DocumentKind.GUIDELINE or graded_statement(c):
            continue
        rivals = [o for o in ranked if o.doc_id == c.doc_id and id(o) not in taken and o.coverage > c.coverage
                  and graded_statement(o)]
        if not rivals:
            continue
        best = max(rivals, key=lambda o: (o.coverage, o.score))
        taken.add(id(best))
        out[n] = best
    return out
