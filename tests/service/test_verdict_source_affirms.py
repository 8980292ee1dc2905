"""A "no" from a study source's null result whose source also states the asked effect is "uncertain"
(``verdict.source_affirms``)."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide

OUTCOME = frozenset(tokenize("vascular calcification"))
TOPIC = frozenset(tokenize("drugx")) | OUTCOME
# A model that says no to anything (P(yes) of about 0.01): what the verdict says is the rule's doing.
NO = VerdictModel(weights={}, intercept=-5.0, no_below=0.45, yes_above=0.55, relevant_floor=0.6)
NULL = "A randomized trial found no significant difference in progression of vascular calcification with drugx."
QUESTION = "Does drugx increase vascular calcification?"


def _direct(text: str, doc: str, score: float = 0.9) -> Candidate:
    document = Document(id=doc, title="A review", kind="research", source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#{len(text)}", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), True, True, True, anchored=True)


def _verdict(other: str, doc: str = "review") -> str:
    null = _direct(NULL, "review")
    return decide(QUESTION, [null], [null, _direct(other, doc, 0.85)], NO, TOPIC, OUTCOME, "increase")[0]


def test_a_null_result_whose_source_also_states_the_effect_is_uncertain() -> None:
    assert _verdict("Observational studies reported more vascular calcification in people taking drugx than in "
                    "those not taking it.") == "uncertain"
    assert _verdict("Drugx increases vascular calcification in rats.") == "uncertain"


def test_the_no_stands_when_the_source_states_no_such_effect() -> None:
    assert _verdict("Drugx did not increase vascular calcification in a second trial.") == "no"  # it denies
    assert _verdict("Drugx increases bleeding.") == "no"  # not the asked outcome
    assert _verdict("Drugx increases vascular calcification in rats.", doc="other") == "no"  # another source


def test_a_finding_its_statement_takes_back_leaves_the_no() -> None:
    assert _verdict("Some trials reported a small increase in vascular calcification with drugx, but the effect "
                    "was not robust in sensitivity analyses.") == "no"
