"""A case note names its condition, then details of the case after a comma ("gizmo bursitis, 4 months of rest
failed"): the condition is what stands before the comma (``concepts.case_named``), and a statement on it speaks to
the case unless the corpus treats the details apart and the statement says otherwise of them. Read whole, no
statement named the condition, and the answer said "insufficient evidence" above the very advice for the case
(blind59a: shockwave therapy after months of failed conservative care). A number the details state is stated by a
range that holds it, in digits or in words ("three to six months" holds "5 months")."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.concepts import concept, contradicts_qualifier
from service.answer.question import as_note_written, read_question
from tests.service.candidates import direct_by_doc

CASE = "gizmo bursitis, 4 months of rest failed"


def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def test_the_condition_before_the_details_names_the_case_whole() -> None:
    said = _terms("Drugx should be considered for gizmo bursitis that persists despite rest.")
    assert concept(CASE, condition=True).mentioned_in(said, parts=False)
    # ... not as the test of whether a statement speaks to the details reads it, nor for a concept that is no condition
    assert not concept(CASE, condition=True, details_apart=False).mentioned_in(said, parts=False)
    assert not concept(CASE).mentioned_in(said, parts=False)
    # A list of conditions is each asked, not one case with details; a number or a word of what happened says details.
    assert not concept("gizmo lung, zorb cough and frobnitis", condition=True).mentioned_in(
        _terms("Drugx is advised in gizmo lung."), parts=False)
    assert concept("gizmo lung, rest and drugy failed", condition=True).mentioned_in(
        _terms("Drugx is advised in gizmo lung."), parts=False)
    # People before the comma are no condition named: "a woman, 30" names no condition by "woman".
    assert not concept("a woman, 30 weeks pregnant", condition=True).mentioned_in(
        _terms("A woman should be offered drugx."), parts=False)


def test_a_number_of_the_case_is_stated_by_a_range_that_holds_it() -> None:
    case = "zorb tendinitis, 5 months of splinting failed"
    assert not contradicts_qualifier("Drugx is advised after about three to six months of splinting.", case)
    assert not contradicts_qualifier("Drugx is advised after 3-6 months of splinting.", case)
    assert not contradicts_qualifier("Drugx is advised after five months of splinting.", case)
    assert contradicts_qualifier("Drugx is advised after nine to twelve months of splinting.", case)
    assert contradicts_qualifier("Drugx is advised after 1 to 2 months of splinting.", case)


def _hit(doc: str, text: str, kind: DocumentKind, title: str = "") -> Hit:
    document = Document(id=doc, title=title, kind=kind, source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    return Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8, lexical=2.0)


def _found(question: str, *hits: Hit) -> dict[str, bool]:
    return direct_by_doc(question, CASE, *hits)


def test_advice_on_the_condition_for_the_case_is_direct() -> None:
    advice = _hit("g", "Drugx should be considered for gizmo bursitis when symptoms persist after two to six months of "
                  "rest.", DocumentKind.GUIDELINE)
    other = _hit("o", "Drugz should be considered for gizmo bursitis when symptoms persist after two to six months of "
                 "rest.", DocumentKind.GUIDELINE)
    later = _hit("l", "Drugx should be considered for gizmo bursitis only after twelve months of rest.",
                 DocumentKind.GUIDELINE)
    found = _found(f"Is drugx an option in {CASE}?", advice, other, later)
    assert found["g"]
    assert not found["o"]  # another treatment of the condition stays indirect
    assert not found["l"]  # advice for cases past the details asked does not speak to this one


def test_a_notes_side_letter_is_read_as_the_site_of_the_condition() -> None:
    # "R"/"L" before a site: the side, said as a sentence says it, so the condition is named at its site
    # ("... of the left hip", which ``Lexicon.site_less`` reads) and no one-letter word is its rarest term.
    q = read_question("gizmo bursitis L hip, 4 months of rest failed - is drugx an option?")
    assert q.condition == "gizmo bursitis of the left hip, 4 months of rest failed"
    assert read_question("Is drugx an option for pain in R knee?").condition == "pain in right knee"
    # Not a name with a letter: "an R package", "L type" before more words.
    assert as_note_written("Which is an R package for splice analysis?") == "Which is an R package for splice analysis?"
    assert as_note_written("Do gizmo blockers act on L type channels?") == "Do gizmo blockers act on L type channels?"
