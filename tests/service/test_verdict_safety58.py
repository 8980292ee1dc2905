"""Verdicts that said the opposite of their own quote (session 58's blind tests): a denied wait read as a "no" to acting
now, a "without" phrase naming the asked subject read as a denial of the finding, and "can reduce the effect of" the
drug a person is on read as a yes to whether they may take the thing. Made-up names throughout."""
from __future__ import annotations

from index.search import Hit
from ingest.models import Chunk, Document, DocumentKind
from service.answer.grammar_turns import interaction_on_permission, on_waiting, shared_without
from service.answer.polarity import stance
from service.answer.question import read_question
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide


def _candidate(text: str, score: float = 0.9, doc: str = "d1", direct: bool = True,
               kind: str = "research") -> Candidate:
    document = Document(id=doc, title="A source", kind=DocumentKind(kind), source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, frozenset(), direct, direct, direct, anchored=direct)


def _model(intercept: float, **weights: float) -> VerdictModel:
    """P(yes) the logistic of ``intercept`` plus the statement word weights (s:<word>); "no" below 0.5."""
    return VerdictModel(weights={f"s:{w}": v for w, v in weights.items()}, intercept=intercept, no_below=0.5,
                        yes_above=0.5, relevant_floor=0.0)


WAIT = "When a wobble clot is judged likely, starting gizmoparin ought not to await the scan result."
WAIT_SHOULD = "If a wobble clot is judged likely, initiation of gizmoparin should not await imaging."


def test_a_denied_wait_is_a_yes_to_acting_ahead() -> None:
    question = "suspected wobble clot, high probability - start gizmoparin before the scan comes back?"
    assert on_waiting(question, "no", [WAIT_SHOULD]) == "yes"
    assert on_waiting(question, "uncertain", ["Other sentence.", WAIT_SHOULD]) == "yes"
    # ... and a "yes" to whether to wait is its "no".
    assert on_waiting("Should we wait for imaging before giving gizmoparin?", "yes", [WAIT_SHOULD]) == "no"


def test_a_denied_wait_on_another_act_turns_nothing() -> None:
    assert on_waiting("Start gizmoparin before the scan?", "no", ["Surgery should not be delayed."]) == "no"
    not_used = "Gizmoparin should not be used in pregnancy."
    assert on_waiting("Start gizmoparin before the scan?", "no", [not_used]) == "no"
    assert on_waiting("Is gizmoparin effective?", "no", [WAIT_SHOULD]) == "no"


def test_the_model_no_from_the_not_of_a_denied_wait_is_a_yes() -> None:
    question = "suspected wobble clot - start gizmoparin before the scan comes back?"
    advice = _candidate(WAIT_SHOULD, kind="guideline")
    assert decide(question, [advice], [advice], _model(-2.0))[0] == "yes"


def test_a_denied_wait_is_advice_for_the_act() -> None:
    assert stance(WAIT_SHOULD) == "for"
    assert stance("Gizmoparin should not be given to children.") == "against"
    assert stance("Gizmoparin should not be delayed in children and should not be used in pregnancy.") == "against"


FINDING = "Gizmo salts without wobble powder were associated with an increase of about 30 percent in gadget attacks."


def test_a_shared_without_phrase_is_read_as_the_subject() -> None:
    question = "gizmo salts without wobble powder - do they raise gadget attack risk?"
    asked, read = shared_without(question, [FINDING])
    assert "without" not in asked and "without" not in read[0]
    assert "wobble" not in read[0] and read[0].startswith("Gizmo salts")
    # A "without" the question does not share stays: it may deny.
    kept = "Gizmo salts were given without any rise in gadget attacks."
    assert shared_without(question, [kept]) == (question, [kept])
    assert shared_without("Do gizmo salts raise gadget attack risk?", [FINDING]) == (
        "Do gizmo salts raise gadget attack risk?", [FINDING])
    # A first statement on another subject (all who take gizmo salts) keeps the question's "without" as asked.
    first = "In people taking gizmo salts, gadget attacks rose by a third."
    assert shared_without(question, [first, FINDING]) == (question, [first, FINDING])


def test_the_model_no_from_a_shared_without_is_not_read() -> None:
    # The words model leans "no" on a "without" (weight -1.0; P(yes) 0.40 with it, 0.65 without it).
    question = "gizmo salts without wobble powder - do they raise gadget attack risk?"
    finding = _candidate(FINDING)
    assert decide(question, [finding], [finding], _model(0.6, without=-1.0))[0] == "yes"


K = "Gizmozyme can reduce the effect of wobblefarin and of other blockers of its kind."


def test_an_interaction_with_the_drug_taken_is_no_permission() -> None:
    asked = frozenset({"gizmozym"})
    assert interaction_on_permission("Can a patient on wobblefarin take gizmozyme?", "yes", [K], asked) == "no"
    # (whatever the reading made of who takes it)
    assert interaction_on_permission("Can an on wobblefarin take gizmozyme?", "yes", [K]) == "no"
    # An interaction with a thing the question does not name, a denied one, or another question: the verdict stays.
    assert interaction_on_permission("Can a patient take gizmozyme?", "yes", [K], asked) == "yes"
    assert interaction_on_permission("Can a patient on wobblefarin take gizmozyme?", "yes",
                                     ["Gizmozyme does not reduce the effect of wobblefarin."], asked) == "yes"
    assert interaction_on_permission("Does gizmozyme work?", "yes", [K], asked) == "yes"


def test_a_case_on_a_drug_wanting_another_names_a_patient() -> None:
    assert read_question("on wobblefarin wants to take gizmozyme - ok?").text == (
        "Can a patient on wobblefarin take gizmozyme?")
