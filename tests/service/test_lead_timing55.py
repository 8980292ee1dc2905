"""Session 55: the time a question asks for ("when should I review?" after a case, "how long do I trial X before
...?") and a course taken a while ago order the closest evidence (made-up names)."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.after_failure import asks_after_past_course, states_past_course
from service.answer.lead import misses_shape
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms


def _candidate(text: str, score: float, doc: str) -> Candidate:
    document = Document(id=doc, title="A gizmo guideline", kind="guideline", source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), False, False, False, anchored=False)


def test_when_asked_after_a_case_wants_a_span() -> None:
    q = read_question("22yo just started gizmoline for gizmo mood, when should I review?")
    assert misses_shape("Gizmo therapy is recommended for mild gizmo mood.", q)
    assert not misses_shape("Clinicians should review patients within two weeks of starting gizmoline.", q)


def test_how_long_before_judging_wants_a_span() -> None:
    q = read_question("how long do I trial a gizmo preventer before saying it doesnt work")
    assert misses_shape("Gizmotoxin injections are recommended for chronic gizmo headache.", q)
    assert not misses_shape("A preventive drug should be tried for at least two to three months before it is judged "
                            "ineffective.", q)


def test_a_past_course_puts_the_advice_for_those_people_first() -> None:
    assert asks_after_past_course("kid w gizmo otitis had gizmocillin 3 wks ago, which abx now")
    assert not asks_after_past_course("which antibiotic for gizmo otitis")
    assert states_past_course("Gizmoclav is recommended if the child has received gizmocillin in the previous 30 days.")
    q = read_question("kid w gizmo otitis had gizmocillin 3 wks ago, which abx now")
    first = _candidate("Gizmocillin is the recommended first-line antibiotic for gizmo otitis.", 0.9, "a")
    after = _candidate("Gizmoclav is recommended if the child has received gizmocillin in the previous 30 days.",
                       0.85, "b")
    assert closest_statements([first, after], q)[0] is after
