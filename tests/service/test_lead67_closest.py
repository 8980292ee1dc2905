"""Closest evidence from a guideline leads with what answers most (session 67's blind test): the guideline's own advice
before its account of whom its studies took in, and, asked how to do an act, the statement naming that act before
those that only share the question's nouns."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.lead import describes_study, how_act, method_role, yields_to_advice
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.tuning import AnswerTuning
from tests.service.candidates import scored

ONE = AnswerTuning(closest_statements=1)
GUIDE = DocumentKind.GUIDELINE


def test_studies_taking_in_people_describe_the_evidence() -> None:
    assert method_role("Most of the included trials enrolled adults with stage 2 gizmosis.")
    assert describes_study("Nearly all cohort studies included patients with a Blorp grade of 3 to 4.")
    assert not method_role("Trials that included patients with gizmosis found fewer relapses.")


def test_account_of_studies_yields_to_its_guideline_advice() -> None:
    question = read_question("grade 3 blorp injury in HDU, pressure fine - ok to begin a zorb antagonist?")
    studies = scored("Nearly all cohort studies included patients with a Blorp grade of 3 to 4.", 0.9, "g1", GUIDE,
                     i=False, c=False)
    advice = scored("In adults with blorp injury, the panel conditionally recommends starting zorb antagonists.", 0.25,
                    "g1", GUIDE, i=False, c=False)
    assert yields_to_advice([studies, advice]) == frozenset({id(studies)})
    assert closest_statements([studies, advice], question, ONE) == [advice]


def test_account_of_studies_stays_without_advice_of_its_source() -> None:
    studies = scored("Nearly all cohort studies included patients with a Blorp grade of 3 to 4.", 0.9, "g1", GUIDE,
                     i=False, c=False)
    other = scored("In adults with blorp injury, the panel conditionally recommends starting zorb antagonists.", 0.25,
                   "g2", GUIDE, i=False, c=False)
    assert yields_to_advice([studies, other]) == frozenset()


def test_how_question_asks_its_act() -> None:
    assert how_act("sleeve just placed - how do I verify it sits in the canal?") == "verifi"
    assert how_act("how should we taper the gizmolol?") == "taper"
    assert how_act("how do I manage a blorp flare?") is None  # a general act asks of everything
    assert how_act("is gizmolol safe in pregnancy?") is None


def test_statement_naming_the_asked_act_leads_closest_evidence() -> None:
    question = read_question("sleeve just placed in a tight canal - how do I verify it sits in the canal?")
    nouns = scored("Gizmo rods are pushed through the sleeve into the canal before the sleeve is withdrawn.", 0.85,
                   "g1", GUIDE, i=False, c=False)
    act = scored("Verification of canal placement with gizmometry or a pressure trace.", 0.5, "g1", GUIDE, i=False,
                 c=False)
    assert closest_statements([nouns, act], question, ONE) == [act]

