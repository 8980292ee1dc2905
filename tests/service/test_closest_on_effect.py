"""Closest evidence on a comparison of effect (session 45): "Is X more effective than Y for Z?" without a direct
source opens with what X does for Z, not with a harm result or a course's length that names both treatments
(unseen45: "Is varenicline more effective than nicotine patches for quitting smoking?" opened with a trial that
found no more neuropsychiatric adverse events with varenicline than with a nicotine patch)."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.comparison import both_sides_order, on_compared_aspect
from service.answer.lead import answering, closest_order, occasion_of_use
from service.answer.pipeline import closest_statements
from service.answer.question import read_question
from service.answer.scoring import Candidate
from service.answer.tuning import AnswerTuning
from tests.service.candidates import scored

Q = read_question("Is drugv more effective than zorb patches for quitting gizmo smoking?")


def _candidate(text: str, score: float, doc: str, intervention: bool, condition: bool) -> Candidate:
    return scored(text, score, doc, DocumentKind.GUIDELINE, intervention, condition)


HARM = _candidate("A large randomized trial found no significant increase in serious adverse events with drugv "
                  "compared with zorb patch or placebo.", 0.98, "a", True, False)
COURSE = _candidate("Treatment with drugv or zorb replacement usually lasts about 12 weeks.", 0.97, "b", True, True)
EFFECT = _candidate("Drugv is one of the most effective single medicines for gizmo smoking cessation.", 0.90, "c",
                    True, True)


def test_a_harm_or_a_course_naming_both_treatments_is_off_a_comparison_of_effect() -> None:
    assert Q.comparator and Q.type != "safety"
    assert not on_compared_aspect(HARM.text) and on_compared_aspect(HARM.text, harms_asked=True)
    assert not on_compared_aspect(COURSE.text) and on_compared_aspect(COURSE.text, dose_asked=True)
    assert on_compared_aspect(EFFECT.text)
    # the harm names both sides, but on no aspect asked: it ranks with a statement on one side alone
    assert both_sides_order(HARM, Q.intervention, Q.comparator) == both_sides_order(EFFECT, Q.intervention,
                                                                                    Q.comparator)
    assert both_sides_order(HARM, Q.intervention, Q.comparator, harms_asked=True) < both_sides_order(
        EFFECT, Q.intervention, Q.comparator, harms_asked=True)
    assert closest_order(COURSE, Q)[0] and closest_order(HARM, Q)[0] and not closest_order(EFFECT, Q)[0]


def test_closest_evidence_on_a_comparison_of_effect_opens_with_the_effect() -> None:
    pool = [HARM, COURSE, EFFECT]
    quoted = closest_statements(pool, Q, AnswerTuning(closest_statements=2), {c.text: c.score for c in pool})
    assert quoted[0] is EFFECT
    # asked about harms, the harm result is what answers
    harms = read_question("Is drugv safer than zorb patches for quitting gizmo smoking?")
    assert harms.type == "safety"
    quoted = closest_statements(pool, harms, AnswerTuning(closest_statements=2), {c.text: c.score for c in pool})
    assert quoted[0] is HARM


def _research(text: str, score: float, doc: str) -> Candidate:
    return scored(text, score, doc, direct=True)


def test_when_a_treatment_is_offered_does_not_lead_whether_it_relieves_the_condition() -> None:
    # unseen45: "Can barbotage relieve calcific shoulder tendinopathy?" opened "Yes." above "Needle lavage is usually
    # offered when calcific tendinopathy remains painful ...", which says when it is used, not that it works
    q = read_question("Can zorbwash relieve calcific gizmo tendinopathy?")
    assert q.verb and q.intervention and q.condition
    offered = _research("Zorbwash is usually offered when calcific gizmo tendinopathy remains painful after several "
                        "months of conservative treatment.", 0.95, "a")
    found = _research("In calcific gizmo tendinopathy, zorbwash gave better shoulder function and less pain at one "
                      "year than an injection alone.", 0.90, "b")
    assert occasion_of_use(offered, q) and not occasion_of_use(found, q)
    assert answering(q, [offered, found]) == [found]
    assert answering(q, [offered]) == [offered]  # alone, it still answers as it did
    # asked about its use, the statement of its use answers
    used = read_question("Is zorbwash used to relieve calcific gizmo tendinopathy?")
    assert not occasion_of_use(offered, used)
