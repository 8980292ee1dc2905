"""A yes or a no read without a lead leans on the closest evidence quoted beside it, not on a statement far less
relevant that the reader never sees."""
from __future__ import annotations

from index.search import Hit, Index
from ingest.models import Chunk, Document
from service.answer.concepts import Concept
from service.answer.pipeline import answer_question, far_below_quoted, names_condition_itself
from service.answer.scoring import Candidate


def _candidate(text: str, score: float, doc: str, kind: str = "research") -> Candidate:
    document = Document(id=doc, title="A source", kind=kind, source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.3, frozenset(), False, False, False, anchored=False)


def test_a_verdict_far_below_the_quotes_leans_on_nothing_quoted() -> None:
    quoted = [_candidate("Chronic pain may occur when a large deposit causes impingement.", 0.86, "a")]
    trial = _candidate("In that trial, drugx improved function at six months more than sham.", 0.32, "b")
    assert far_below_quoted([trial], quoted, 0.5)
    # Nearly as relevant as the quotes, or quoted itself (here with the sentence before it): it stands.
    assert not far_below_quoted([_candidate(trial.text, 0.6, "b")], quoted, 0.5)
    held = _candidate("A trial enrolled 144 patients. " + trial.text, 0.9, "b")
    assert not far_below_quoted([trial], [*quoted, held], 0.5)


def test_deposit_size_and_pain_gets_no_yes_from_a_shockwave_trial(loaded_index: Index) -> None:
    # The default corpus: its closest evidence on deposit size and pain says nothing of a larger deposit meaning more
    # pain; the "yes" once read came from an unquoted shockwave trial's finding.
    answer = answer_question(loaded_index, "Does a larger calcium deposit in the rotator cuff mean more severe "
                                           "shoulder pain?")
    assert answer.verdict != "yes"



def test_a_verdict_leans_only_on_statements_naming_the_asked_condition_themselves() -> None:
    # Closest guideline evidence on the treatment whose passage, not the sentence, names the asked condition: no lean.
    condition = Concept(name="wobble fractures", forms=(frozenset({"wobbl", "fractur"}),))
    levels = _candidate("Serum gizmocal levels may fall during pregnancy.", 0.8, "a", "guideline")
    assert not names_condition_itself(condition, [levels])
    said = _candidate("Gizmocal did not reduce wobble fractures in older people.", 0.8, "b", "guideline")
    assert names_condition_itself(condition, [levels, said])
    # A study's statement speaks of what its title names; a question naming no condition asks nothing of it.
    assert names_condition_itself(condition, [_candidate(levels.text, 0.8, "c")])
    assert names_condition_itself(None, [levels])
