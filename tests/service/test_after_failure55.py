"""Session 55: a case in which a treatment failed asks for the step after that failure, and a source's own
limitations are no closest evidence on something else (made-up names)."""
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.after_failure import asks_after_failure, states_failure
from service.answer.lead import choose_lead
from service.answer.question import as_next_asked, read_question
from service.answer.scoring import Candidate, sentence_terms


def _candidate(text: str, score: float, doc: str = "d1", heading: tuple[str, ...] = (),
               mentions: bool = True) -> Candidate:
    document = Document(id=doc, title="A gizmo guideline", kind="guideline", source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=heading, text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), mentions, mentions, True, anchored=True)


def test_failure_is_read_not_good_control() -> None:
    assert states_failure("For patients whose gizmo asthma is not controlled on low-dose gizmocort, step up.")
    assert states_failure("For patients whose symptoms persist despite three months of gizmotherapy, consider X.")
    assert not states_failure("Treatment can be stepped down once gizmo asthma has been well controlled.")
    # (A contraindication listed is no failure of a treatment.)
    assert not states_failure("Gizmofen is recommended if the patient has no contraindication such as active ulcer "
                              "or uncontrolled heart failure.")
    assert asks_after_failure("What is recommended for gizmo asthma not controlled on low dose gizmocort?")


def test_the_step_after_failure_leads_over_the_step_down() -> None:
    down = _candidate("Treatment can be stepped down once gizmo asthma has been well controlled for months.", 0.9)
    up = _candidate("For patients whose gizmo asthma is not controlled on low-dose gizmocort, clinicians should step "
                    "up to gizmocort with gizmoterol.", 0.85)
    assert choose_lead([down, up], after_failure=True) is up


def test_a_failed_case_asked_what_next_reads_its_condition() -> None:
    assert as_next_asked("gizmo asthma not controlled on low dose gizmocort, what next") == (
        "What is recommended for gizmo asthma not controlled on low dose gizmocort?")
    assert read_question("gizmo asthma not controlled on low dose gizmocort, what next").condition == (
        "gizmo asthma not controlled on low dose gizmocort")
    # (A case of several facts, or one with no failure, is asked what next after, as before.)
    assert as_next_asked("gizmo tendinitis, failed 4 months gizmotherapy - what next") == (
        "What next after gizmo tendinitis, failed 4 months gizmotherapy?")
    assert as_next_asked("ZQ-2 positive - what next") == "What next after ZQ-2 positive?"


def test_persistent_naming_a_kind_is_no_failure_asked() -> None:
    assert not asks_after_failure("Is gizmocort the preferred controller in persistent gizmo asthma?")
