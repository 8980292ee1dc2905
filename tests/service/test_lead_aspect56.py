"""Session 56: blind questions whose lead was a neighbouring sentence (made-up names): a note's shorthand ("shd", "mx",
"bloods") read as written, "How long is a course of X?" read as how long X is given, a span asked before an event in a
note's words, and contraindications asked led by advice against the thing, not by its harms."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.lead import misses_shape, on_aspect
from service.answer.pipeline import closest_statements
from service.answer.question import as_duration, asks_contraindications, read_question
from service.answer.scoring import Candidate, sentence_terms


def _candidate(text: str, score: float, doc: str, named: bool = False) -> Candidate:
    document = Document(id=doc, title="A gizmo guideline", kind=DocumentKind("guideline"), source="Test", year=2020,
                        authors="", url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), named, False, direct=named, anchored=named)


def test_texted_should_is_read_as_written() -> None:
    q = read_question("how long shd I trial a gizmo preventer before saying it doesnt work")
    assert "should" in q.text
    assert misses_shape("Gizmotoxin injections are recommended for chronic gizmo headache.", q)
    assert not misses_shape("A preventive drug should be tried for at least two to three months before it is judged "
                            "ineffective.", q)


def test_a_note_span_before_an_event_puts_the_span_first() -> None:
    q = read_question("gizmo tendinitis shoulder - how long conservative mx before gizmowave or barbotage")
    assert "management" in q.text and "mx" not in q.text.split()
    first = _candidate("Clinicians should offer conservative treatment first-line before considering gizmowave "
                       "therapy.", 0.9, "a")
    span = _candidate("Gizmowave therapy is recommended for patients whose symptoms persist after about three to six "
                      "months of conservative treatment.", 0.8, "b")
    assert misses_shape(first.text, q) and not misses_shape(span.text, q)
    assert closest_statements([first, span], q)[0] is span


def test_bloods_are_blood_tests() -> None:
    assert "blood tests" in read_question("what bloods after starting a gizmopril").text
    assert "blood tests" in read_question("Bloods after starting gizmopril?").text
    assert "bloodstream" in read_question("gizmocillin for bloodstream infection").text


def test_how_long_a_course_is_how_long_it_is_given() -> None:
    for text in ("how long is a course of gizmocline", "how long is a usual course of gizmocline",
                 "How long is the course of treatment with gizmocline?"):
        q = read_question(text)
        assert (q.type, q.intervention) == ("dosing", "gizmocline"), (text, q)
    assert as_duration("How long is gizmocline treatment") == "How long should gizmocline treatment be given"
    q = read_question("how long is a course of gizmocillin for gizmo pneumonia")
    assert (q.type, q.intervention, q.condition) == ("dosing", "gizmocillin", "gizmo pneumonia")
    # (Not the course of a condition, nor a pronoun's.)
    for text in ("how long is the course of gizmo fever", "how long is the treatment", "how long is it treated"):
        assert as_duration(text) == text


def test_contraindications_are_asked_of_the_thing_and_led_by_advice_against_it() -> None:
    assert asks_contraindications("contraindications to gizmowave therapy")
    assert not asks_contraindications("side effects of gizmowave therapy")
    q = read_question("contraindications to gizmowave therapy for gizmo tendinopathy")
    assert (q.type, q.intervention, q.condition) == ("safety", "gizmowave therapy", None)
    q2 = read_question("what are the contraindications to gizmowave therapy in pregnancy")
    assert (q2.intervention, q2.condition) == ("gizmowave therapy", "pregnancy")
    harm = _candidate("Gizmowave therapy commonly causes pain during treatment and small bruises.", 0.9, "a", True)
    against = _candidate("Gizmowave therapy should be avoided in pregnancy and in patients with clotting disorders.",
                         0.7, "b", True)
    assert on_aspect(q, [harm, against]) == [against]
    # (Its side effects asked: the harm still answers.)
    assert harm in on_aspect(read_question("what are the side effects of gizmowave therapy"), [harm, against])
