"""A note's which-question read without a topic ("elective gizmectomy - which antiseptic cover?"): the closest
evidence names the asked kind where any statement does (``kind_named.on_asked_kind``), and where the corpus never
writes a word of that kind and nothing names it, nothing is quoted (blind62g S24, U4; blind61g S10)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from ingest.models import Chunk, Document, DocumentKind
from index.search import Hit
from service.answer.kind_named import asked_kind_terms, on_asked_kind
from service.answer.pipeline import closest_evidence
from service.answer.question import read_question
from service.answer.scoring import Candidate, sentence_terms
from tests.service.corpora import answered, background_guidelines, built, guideline_file


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


def test_no_statement_naming_the_kind_leaves_the_ranking_unless_the_corpus_never_writes_it() -> None:
    ranked = [_statement(DRAINS, 0.8, "a", "Recovery after gizmo surgery")]
    assert on_asked_kind(QUESTION, False, False, ranked) == ranked
    assert on_asked_kind(QUESTION, False, False, ranked, frozenset(tokenize("antiseptic"))) == []
    # (A yes/no question, or one read with a topic, is left as it is.)
    assert on_asked_kind(QUESTION, True, False, ranked, frozenset(tokenize("antiseptic"))) == ranked
    assert on_asked_kind(QUESTION, False, True, ranked, frozenset(tokenize("antiseptic"))) == ranked


@pytest.fixture(scope="module")
def surgical_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    body = ("Cefazolin is the recommended agent before clean surgery. Cephalosporins should not be given before "
            "surgery to penicillin allergic patients with a positive skin test. Penicillin allergic patients with a "
            "positive skin test may receive clindamycin before surgery.")
    files = {"surgery.md": guideline_file("Antibiotic cover before surgery", body),
             **background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                     "Migraine prevention")}
    return built(tmp_path_factory, "kind-unwritten", files)


def test_a_kind_the_corpus_never_writes_gets_no_decoy_on_the_case_it_shares(surgical_index: Path) -> None:
    # ("zapulation": no chunk writes it. Before, the advice for penicillin allergic patients before surgery was quoted
    # as the closest evidence on it.)
    answer = answered(surgical_index, "skin test positive, penicillin allergic - which zapulation regimen?")
    assert answer.bottom_line.citations == [] and answer.sections == []
    # A kind the corpus writes is answered as before.
    answer = answered(surgical_index, "skin test positive, penicillin allergic - which antibiotic before surgery?")
    assert answer.bottom_line.citations
