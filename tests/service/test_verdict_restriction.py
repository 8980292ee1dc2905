"""A negation inside a clause that says when, where or for whom the main clause holds ("when", "where", "until",
"provided", "who", "whom", "whose") is no denial of it, as one inside "if" or "unless" is not (session 36: "Is
intravenous iron necessary for iron deficiency?" was answered "No." above "Intravenous iron is recommended when oral
iron is not tolerated, is ineffective, ...": a recommendation under a condition). A negation outside such a clause
still denies, and so does a subject's clause that runs on into a denying main verb."""
from __future__ import annotations

import pytest

from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.scoring import Candidate
from service.answer.verdict import VerdictModel, decide, denies, no_allowed, says_no, stance_features


@pytest.mark.parametrize(("text", "saying_no"), [
    # the negation says when or for whom: no denial
    ("Drugx is recommended when drugy is not tolerated, is ineffective, or when rapid effect is needed.", False),
    ("Drugx should be offered to people who cannot take drugy.", False),
    ("Drugx is reserved for patients in whom two other drugs have failed.", False),
    ("Drugx is recommended for patients whose gizmo pain is not controlled on drugy.", False),
    ("Drugx should be continued until gizmo pain no longer recurs.", False),
    ("Drugx is recommended wherever drugy is not available.", False),
    ("When drugy is not tolerated, drugx is recommended.", False),
    ("For patients whose gizmo pain is not controlled on drugy, clinicians should add drugx.", False),
    ("Patients with gizmo pain, who cannot swallow, or who do not have support at home, are recommended drugx.", False),
    ("Drugx, when given late, did not reduce gizmo pain.", True),
    # the next of a list of occasions, after a comma and "or", runs to the end of its clause
    ("Drugx is recommended when drugy is not tolerated, or when gizmo pain does not respond to it.", False),
    # a negation of the main clause still denies, before or after such a clause
    ("Drugx is not recommended when drugy is tolerated.", True),
    ("Drugx did not reduce gizmo pain in patients who took it early.", True),
    ("When given early, drugx did not reduce gizmo pain.", True),
    # a subject's "who" clause with no comma runs on into the main verb: that verb's "not" still denies
    ("Patients who received drugx did not have less gizmo pain.", True),
    ("When drugy is stopped drugx does not reduce gizmo pain.", True),
])
def test_a_restricting_clause_denies_nothing(text: str, saying_no: bool) -> None:
    assert says_no(text) is saying_no
    assert denies(text) is saying_no
    assert no_allowed([text]) is saying_no


def _candidate(text: str) -> Candidate:
    document = Document(id="d1", title="A guideline", kind="guideline", source="Test", year=2020, authors="",
                        url="", path="d1", sha256="", sections=())
    chunk = Chunk(id="d1#0", doc_id="d1", heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, 0.9, 0.8, frozenset(), True, True, True, anchored=True)


def test_a_recommendation_under_a_condition_is_no_no() -> None:
    # A model leaning "no" (P(yes) = 1 / (1 + e^1) = 0.27, below the 0.625 of a "no") says no "No." above a
    # recommendation whose only "not" says when it applies: the statement advises and denies nothing, so the
    # verdict is the "yes" it states (``VerdictModel.verdict``), as above "Drugx is recommended for ...".
    leaning_no = VerdictModel(weights={}, intercept=-1.0, no_below=0.625, yes_above=0.625, relevant_floor=0.0)
    question = "Is drugx necessary for gizmo deficiency?"
    conditional = _candidate("Drugx is recommended when drugy is not tolerated or is ineffective.")
    assert decide(question, [conditional], [conditional], leaning_no)[0] == "yes"
    denial = _candidate("Drugx is not needed for most people with gizmo deficiency.")
    assert decide(question, [denial], [denial], leaning_no)[0] == "no"


def test_the_models_features_read_the_restriction_as_the_rules_do() -> None:
    # The model weighs how many of the statements deny (``deny_share``, ``deny_first``); a "not" that says when a
    # recommendation applies is no denial there either, and one of the main clause still is.
    conditional = "Drugx is recommended when drugy is not tolerated."
    denial = "Drugx is not needed for most people with gizmo deficiency."
    read = stance_features("Is drugx necessary?", [conditional, denial])
    assert (read["deny_first"], read["deny_share"]) == (0.0, 0.5)
    assert stance_features("Is drugx necessary?", [denial, conditional])["deny_first"] == 1.0
