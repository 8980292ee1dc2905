"""A sentence and the same sentence quoted with the next ("Drugx has been approved in Japan ... The approved regimen is
...") count once among the statements a verdict rests on (``verdict.evidence_for_verdict``): counted twice they pushed
out a third source's statement and turned "Is menaquinone-4 used to treat osteoporosis?" from "yes" to "no"."""
from __future__ import annotations

from dataclasses import replace

from service.answer.scoring import Candidate
from service.answer.verdict import evidence_for_verdict
from tests.service.candidates import candidate, document, hit

APPROVED = "Drugx has been approved in Japan for the treatment of osteoporosis."
JOINED = f"{APPROVED} The approved regimen is 45 milligrams per day."
NOT_HERE = "Drugx is not approved for osteoporosis in Europe."
ELSEWHERE = "Drugx is used as a prescription drug for osteoporosis in Japan."


def _scored(text: str, score: float, doc_id: str = "overview") -> Candidate:
    c = candidate(text, i=True, c=True)
    doc = document(doc_id)
    return replace(c, score=score, hit=hit(doc, text))


def test_a_sentence_quoted_with_the_next_counts_once() -> None:
    approved, joined, not_here = _scored(APPROVED, 0.99), _scored(JOINED, 0.98), _scored(NOT_HERE, 0.985)
    elsewhere = _scored(ELSEWHERE, 0.7, "review")
    evidence = evidence_for_verdict([approved, joined, not_here, elsewhere])
    # The sentence with the next says all the sentence alone does: it stands in the sentence's place.
    assert [c.text for c in evidence] == [JOINED, NOT_HERE, ELSEWHERE]


def test_the_same_words_in_two_sources_count_twice() -> None:
    # Two sources saying the same thing are two statements: only one source's own repetition counts once.
    ours, theirs = _scored(APPROVED, 0.99), _scored(JOINED, 0.98, "review")
    assert len(evidence_for_verdict([ours, theirs])) == 2
