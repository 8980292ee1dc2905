"""A note's which-question read without a topic ("elective gizmectomy - which antiseptic cover?"): the closest
evidence comes from the sources that name the asked kind where any does (``kind_named.on_asked_kind``; blind62g S24:
the catheter-removal advice of an enhanced-recovery guideline led "which antibiotic prophylaxis?")."""
from __future__ import annotations

from index.lexical import tokenize
from ingest.models import Chunk, Document, DocumentKind
from index.search import Hit
from service.answer.kind_named import asked_kind_terms, on_asked_kind
from service.answer.pipeline import closest_evidence
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms


def _statement(text: str, score: float, doc: str, title: str) -> Candidate:
    document = Document(id=doc, title=title, kind=DocumentKind.GUIDELINE, source="Test", year=2020, authors="",
                        url="", path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), False, False)


QUESTION = "elective gizmectomy - which antiseptic cover?"
DRAINS = "Wound drains should come out within a day of elective gizmectomy."
CAUSTIC = "Skin washing with gizmodine, an antiseptic, is advised before elective gizmectomy."
BEFORE_SURGERY = "Skin preparation before surgery lowers wound infection."


def test_the_kind_is_read_after_the_case_and_not_from_a_verb_phrase() -> None:
    assert asked_kind_terms(QUESTION) == frozenset(tokenize("antiseptic cover"))
    assert asked_kind_terms("wobble contact - which drug first line for prevention?") == \
        frozenset(tokenize("drug prevention"))
    assert asked_kind_terms("wobble flare, what should I do?") == frozenset()
    assert asked_kind_terms("What is the first-line drug for wobble?") == frozenset()


def test_closest_evidence_names_the_asked_kind_where_a_statement_does() -> None:
    q = read_question(QUESTION)
    assert q.intervention is None and q.condition is None  # read without a topic
    ranked = [_statement(DRAINS, 0.8, "a", "Recovery after gizmo surgery"),
              _statement(CAUSTIC, 0.2, "b", "Care around gizmo surgery")]
    assert closest_evidence(ranked, [], q)[0].text == CAUSTIC
    # A source whose title names the kind speaks of it in each line.
    titled = [_statement(DRAINS, 0.8, "a", "Recovery after gizmo surgery"),
              _statement(BEFORE_SURGERY, 0.2, "b", "Antiseptic cover in gizmo surgery")]
    assert closest_evidence(titled, [], q)[0].text == BEFORE_SURGERY


def test_only_sources_naming_the_kind_are_kept_and_none_naming_it_keeps_all() -> None:
    drains = _statement(DRAINS, 0.8, "a", "Recovery after gizmo surgery")
    # (A line of the same source that names the kind keeps its advice that names only members of it.)
    members = _statement("Gizmodine washes are advised before elective gizmectomy.", 0.7, "b", "Care around surgery")
    kind = _statement("Antiseptic cover lowers wound infection.", 0.3, "b", "Care around surgery")
    assert on_asked_kind(QUESTION, False, False, [drains, members, kind]) == [members, kind]
    assert on_asked_kind(QUESTION, False, False, [drains]) == [drains]
    # (A yes/no question, or one read with a topic, is left as it is; so is "what now?", which asks no kind.)
    assert on_asked_kind(QUESTION, True, False, [drains, kind]) == [drains, kind]
    assert on_asked_kind(QUESTION, False, True, [drains, kind]) == [drains, kind]
    assert asked_kind_terms("wobble not better after 3 days - what now?") == frozenset()
