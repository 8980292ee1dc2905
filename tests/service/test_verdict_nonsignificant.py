"""A finding its own study calls non-significant says neither yes nor no on the change it names
(``verdict.nonsignificant``), except to whether the change is significant."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide, nonsignificant

TOPIC = frozenset(tokenize("drugx gizmo stroke"))
# A model that says yes to anything (P(yes) of about 0.99): what the verdict says is the rule's doing.
YES = VerdictModel(weights={}, intercept=5.0, no_below=0.45, yes_above=0.55, relevant_floor=0.6)


def _direct(text: str, doc: str = "d1") -> Candidate:
    document = Document(id=doc, title="A study", kind="research", source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, frozenset(), True, True, True, anchored=True)


SMALL_RISE = "Drugx was associated with smaller, non-significant increases in gizmo stroke."


def test_a_non_significant_increase_is_no_yes_to_whether_x_increases_y() -> None:
    assert decide("Does drugx increase the risk of gizmo stroke?", [_direct(SMALL_RISE)], [], YES, TOPIC)[0] == \
        "uncertain"


def test_it_is_a_no_to_whether_x_increases_y_significantly() -> None:
    assert decide("Does drugx significantly increase gizmo stroke?", [_direct(SMALL_RISE)], [], YES, TOPIC)[0] == "no"


def test_a_significant_finding_beside_it_keeps_the_yes() -> None:
    rise = _direct("Drugx was associated with a 30 percent increase in gizmo stroke.", "d2")
    assert decide("Does drugx increase gizmo stroke?", [rise, _direct(SMALL_RISE)], [], YES, TOPIC)[0] == "yes"


def test_which_statements_call_a_change_non_significant() -> None:
    assert nonsignificant(SMALL_RISE, TOPIC)
    assert nonsignificant("The reduction in gizmo stroke with drugx did not reach statistical significance.", TOPIC)
    assert nonsignificant("Gizmo stroke was lower with drugx, but the difference was not statistically significant.")
    # a null result affirms no change: it stays the "no" it was
    assert not nonsignificant("Drugx did not significantly reduce gizmo stroke.", TOPIC)
    assert not nonsignificant("There was no significant difference in gizmo stroke with drugx.", TOPIC)
