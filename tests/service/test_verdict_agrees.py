"""A verdict agrees with the statements it stands above: a guideline's advice is read for its verdict, no "Yes." where
a more relevant statement says the results disagree, no yes or no to a choice between two, no "No." above a
guideline's statements that deny nothing, and no "Yes." to whether something is needed above statements that say
nothing of it. (Session 35's rule that asked a denial
of every such "no" was left out: cross-validated, it cost PubMedQA, whose research abstracts keep the model's "no".)"""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.guideline import verdict_of
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide
from tests.service.corpora import answered, built


def _candidate(text: str, score: float, doc: str = "d1", direct: bool = True, coverage: float = 0.8,
               kind: str = "research") -> Candidate:
    document = Document(id=doc, title="A source", kind=kind, source="Test", year=2020, authors="", url="",
                        path=doc, sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, coverage, frozenset(), direct, direct, direct, anchored=direct)


def _model(intercept: float, **weights: float) -> VerdictModel:
    """A model whose P(yes) is the logistic of ``intercept`` plus the given word weights (s:<word>), with the
    shipped model's thresholds: "no" below 0.625, "yes" from it."""
    return VerdictModel(weights={f"s:{w}": v for w, v in weights.items()}, intercept=intercept, no_below=0.625,
                        yes_above=0.625, relevant_floor=0.0)


# P(yes) = 1 / (1 + e^-0.2) = 0.55: below the threshold of a "no", yet "yes" is the likelier answer.
LEANING_YES = _model(0.2)


def test_a_guideline_recommendation_is_read_for_its_advice() -> None:
    # A guideline's advice that reports nothing ("a further option") still answers whether the drug works, by its
    # advice (guideline.verdict_of), whatever the model's odds.
    advice = _candidate("Drug X is a further option for adults who want medication.", 0.9, kind="guideline")
    question = "Is drug X effective for smoking cessation?"
    assert verdict_of(decide(question, [advice], [advice], LEANING_YES)[0], advice, question) == "yes"


def test_a_no_above_a_guidelines_statement_that_denies_nothing_is_uncertain() -> None:
    # "Is surgery needed ...?" said "No." above a guideline's sentence on how surgery is done (P(yes) = 0.55).
    question = "Is surgery needed for gizmo tendinitis?"
    how = _candidate("Surgery is usually combined with assessment of the rotator cuff.", 0.9, kind="guideline")
    assert decide(question, [how], [how], LEANING_YES)[0] == "uncertain"
    # A guideline's denial keeps the model's "no", among the statements it rests on or quoted before them,
    denial = _candidate("Surgery is not needed for most patients with gizmo tendinitis.", 0.95, "d2", kind="guideline")
    assert decide(question, [denial], [denial], LEANING_YES)[0] == "no"
    assert decide(question, [how], [denial, how], LEANING_YES)[0] == "no"
    # ... as does a research source's statement (the model learned its leaning there: cross-validated, it pays),
    study = _candidate(how.text, 0.9)
    assert decide(question, [study], [study], LEANING_YES)[0] == "no"
    # ... and a fact that contradicts the question where the model finds "no" likelier (1 / (1 + e^1) = 0.27).
    fact = _candidate("Syndrome Y is caused by a deletion on chromosome 22.", 0.9, kind="guideline")
    assert decide("Is syndrome Y caused by a deletion on chromosome 21?", [fact], [fact],
                  _model(0.2, deletion=-1.2))[0] == "no"


def test_a_no_above_a_guidelines_without_is_the_yes_it_states() -> None:
    # "Can a child with an ear infection be watched without antibiotics at first?" said no above a guideline's
    # "Watchful waiting without immediate antibiotics is an appropriate option ...": its "without" denies nothing.
    waiting = _candidate("Watchful waiting without immediate antibiotics is recommended for many children.", 0.9,
                         direct=False, coverage=0.8, kind="guideline")
    question = "Can a child with an ear infection be watched without antibiotics at first?"
    assert decide(question, [], [waiting], _model(0.0))[0] == "yes"  # P(yes) = 0.5
    # ... whatever the model's P(yes): a retrain put this one at 0.43 (1 / (1 + e^0.3)), below even odds.
    assert decide(question, [], [waiting], _model(-0.3))[0] == "yes"
    # From a research source the model's "no" stands.
    assert decide(question, [], [_candidate(waiting.text, 0.9, direct=False, coverage=0.8)], _model(0.0))[0] == "no"


def test_a_yes_to_whether_something_is_needed_needs_a_statement_that_says_so() -> None:
    # A retrained model read "Yes." (P(yes) = 1 / (1 + e^-0.7) = 0.67) into a sentence on how surgery is done.
    question = "Is surgery needed for gizmo tendinitis?"
    leaning_yes = _model(0.7)
    for kind in ("guideline", "research"):
        how = _candidate("Surgery is usually combined with assessment of the rotator cuff.", 0.9, kind=kind)
        assert decide(question, [how], [how], leaning_yes)[0] == "uncertain"
    # Advice or a finding says it: the model's "yes" stands.
    advice = _candidate("Surgery is recommended for gizmo tendinitis that persists after six months.", 0.9,
                        kind="guideline")
    assert decide(question, [advice], [advice], leaning_yes)[0] == "yes"
    finding = _candidate("Surgery improved function in patients with gizmo tendinitis in a randomized trial.", 0.9)
    assert decide(question, [finding], [finding], leaning_yes)[0] == "yes"
    # So does a word of need.
    need = _candidate("Gene Q encodes a regulator that is essential in the maturation of gizmo cells.", 0.9)
    assert decide("Is gene Q necessary for gizmo cell maturation?", [need], [need], leaning_yes)[0] == "yes"
    # A question on something other than need keeps the model's reading.
    how = _candidate("Surgery is usually combined with assessment of the rotator cuff.", 0.9, kind="guideline")
    assert decide("Is surgery used for gizmo tendinitis?", [how], [how], leaning_yes)[0] == "yes"


def test_results_said_to_disagree_above_the_evidence_give_no_yes() -> None:
    model = _model(0.0, maintained=2.0)  # the trial's "maintained" says yes: P(yes) = 0.88
    mixed = _candidate("Small trials in older women have tested drug X on bone density with inconsistent results.",
                       0.9, "a", direct=False, coverage=0.6)
    trial = _candidate("Trials reported that drug X maintained bone density in women with osteoporosis.", 0.5, "b",
                       direct=False, coverage=0.4)
    question = "Does drug X build bone density in older women?"
    assert decide(question, [], [mixed, trial], model)[0] == "uncertain"
    # The same statement less relevant than the trial leaves the trial's "yes".
    assert decide(question, [], [trial, _candidate(mixed.text, 0.3, "a", direct=False, coverage=0.6)],
                  model)[0] == "yes"


@pytest.fixture(scope="module")
def choice_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "choice", {"cellulitis.md": (
        "# Cellulitis treatment\n\nCefalexin is recommended as first-line oral treatment for cellulitis. "
        "Clindamycin is an alternative for people with penicillin allergy.\n")})


def test_a_choice_between_two_gets_no_yes_or_no(choice_index: Path) -> None:
    # "Is X or Y preferred for Z?" asks which, not whether: the verdict module is not asked.
    assert answered(choice_index, "Is cefalexin or clindamycin preferred for cellulitis?").verdict is None
