"""Judging the evidence (service.answer.evidence): designs named, findings versus gaps, the level."""
from __future__ import annotations

from dataclasses import replace

import pytest

from service.answer.evidence import (answers_directly, designs_in, judge, laboratory_only, reports_finding,
                                     states_cause, states_course)
from service.answer.scoring import Candidate
from tests.service.candidates import candidate, document, hit


@pytest.mark.parametrize("text,designs", [
    ("A meta-analysis of randomized controlled trials found no effect.", ["meta-analysis", "randomized trial"]),
    ("In a prospective cohort of 4,800 adults, intake was associated with lower risk.", ["cohort"]),
    ("Warfarin increased calcification in rats and in cultured vascular cells in vitro.", ["animal", "in vitro"]),
    ("A case series of 12 patients described resorption.", ["case series"]),
    ("Calcium deposits form in the tendon.", []),
])
def test_designs(text: str, designs: list[str]) -> None:
    assert designs_in(text) == designs


def test_gap_statements_are_not_findings() -> None:
    assert not reports_finding("No randomized trial has tested vitamin K2 in tendon calcification.")
    assert reports_finding("A randomized trial of 244 women found improved arterial stiffness with MK-7.")


def test_trials_that_have_not_shown_an_effect_are_a_null_finding_not_a_gap() -> None:
    assert reports_finding("Large randomized trials have not shown that vitamin D supplements prevent fractures.")
    assert not reports_finding("No trial has tested vitamin D for tendon calcification.")


def test_an_approval_for_a_use_is_a_finding() -> None:
    # a regulator's approval answers whether a drug is used for a condition (session 22: "Zorbinol has been
    # approved in Japan for the treatment of gizmo disease" was no finding, so the answer was closest evidence)
    assert reports_finding("Zorbinol has been approved in Japan for the treatment of gizmo disease since 1995.")
    assert reports_finding("Zorbinol is not approved as a gizmo disease drug in Europe.")


def test_a_null_result_between_groups_one_of_them_labelled_uncertain_answers_directly() -> None:
    # "uncertain" names a group here; the sentence reports that the groups did not differ.
    text = "No significant differences were found between the gizmo, no gizmo or uncertain gizmo groups on any test."
    assert reports_finding(text)
    assert answers_directly(candidate(text, i=True, c=True))
    assert not reports_finding("Whether gizmo loss predicts later test decline remains uncertain.")


def test_a_design_named_without_a_result_is_no_finding() -> None:
    # session 20: the default corpus's "Does vitamin K supplementation slow vascular calcification?" answered
    # "No." above "Since about 2015, several systematic reviews and meta-analyses have pooled randomized trials
    # of vitamin K supplementation that measured vascular calcification or arterial stiffness."
    assert not reports_finding("Several meta-analyses have pooled randomized trials of drugx that measured gizmo "
                               "calcification.")
    assert not reports_finding("We conducted a randomized, placebo-controlled trial of drugx in 300 gizmo clinics.")
    assert reports_finding("Several meta-analyses reported a small reduction in gizmo calcification with drugx.")
    assert reports_finding("In a randomized trial, drugx did not reduce gizmo calcification.")



def test_indirect_when_nothing_speaks_of_both() -> None:
    picked = [candidate("In a randomized trial of 244 women, MK-7 improved arterial stiffness.", i=True),
              candidate("Calcific tendinopathy resolves in most patients within months.", c=True)]
    judgement = judge(picked)
    assert judgement.level == "indirect" and not judgement.direct


def test_direct_trial_is_evidence() -> None:
    picked = [candidate("In a randomized trial of 120 patients with calcific tendinopathy, shockwave therapy "
                        "improved pain scores at 6 months.", i=True, c=True)]
    judgement = judge(picked)
    assert judgement.direct and judgement.level == "limited" and "randomized trial" in judgement.direct_designs


def test_nothing_selected_is_none() -> None:
    assert judge([]).level == "none"


def test_an_option_for_a_use_is_a_finding() -> None:
    # session 24: "Bupropion is a further option for adults who want medication" was no finding, so "Is bupropion
    # effective for smoking cessation?" opened with a seizure caution and read "No."
    assert reports_finding("Zorbinol is a further option for adults with gizmo disease.")
    assert reports_finding("Zorbinol is an effective alternative when the first drug fails.")
    assert not reports_finding("Options for gizmo disease are many.")


def test_a_use_in_practice_is_a_finding_but_a_method_in_the_past_tense_is_not() -> None:
    # session 25: "MK-4 is used as a prescription drug for osteoporosis in Japan" answered "Is MK-4 used for
    # osteoporosis?" only as closest evidence, under a "Yes." the quote did not support.
    assert reports_finding("Zorbinol is used as a prescription drug for gizmo disease in Japan.")
    assert reports_finding("Zorbinols are widely prescribed to lower gizmo levels.")
    assert not reports_finding("Zorbinol was used in the trial at 10 milligrams.")


def test_advice_in_the_imperative_is_a_finding_but_a_use_named_as_a_noun_is_not_advice() -> None:
    # session 24: "Use either intramuscular zorbinol or ... for rapid calming in adults" answered "What medication is
    # recommended for rapid calming in adults?" only while no topic was read; with one, it was no finding.
    assert reports_finding("Use either intramuscular zorbinol or oral gizmozine for rapid calming in adults.")
    assert not reports_finding("Use of zorbinol in gizmo disease.")


def _direct_from(doc_id: str, text: str) -> Candidate:
    """A direct statement of the research report ``doc_id``."""
    return replace(candidate(text, i=True, c=True), hit=hit(document(doc_id), text))


def test_a_trial_reports_statement_beside_one_on_animal_models_is_no_laboratory_only_evidence() -> None:
    # Session 27: "The direct evidence comes only from animal or laboratory studies" was said of a trial report's
    # statement (naming no design) quoted beside one sentence on animal models. The qualifier's designs stay
    # those the statements name.
    trial = _direct_from("trial-report", "Drugx is not recommended for gizmo disease outside clinical trials.")
    rats = _direct_from("rat-study", "In rats, drugx reduced gizmo disease.")
    judged = judge([trial, rats], {"trial-report": "randomized trial", "rat-study": "animal"})
    assert judged.direct_designs == ["animal"] and not judged.laboratory_only
    assert judge([rats], {"rat-study": "animal"}).laboratory_only

def test_findings_from_animal_or_laboratory_studies_alone_are_laboratory_only() -> None:
    # Session 27: "Can vitamin K2 reverse arterial calcification?" stood "Yes." above a rat study alone.
    rats = _direct_from("rat-study", "In rats, drugx partly reversed gizmo calcification.")
    report = _direct_from("trial-report", "Drugx is not recommended for gizmo disease outside clinical trials.")
    assert laboratory_only([rats])
    assert judge([rats]).laboratory_only
    assert not laboratory_only([rats, report], {"trial-report": "randomized trial"})  # evidence in patients too
    assert laboratory_only([report], {"trial-report": "animal"})  # no design named: its source's
    assert not laboratory_only([report])  # no design known: nothing to say
    assert not laboratory_only([])
    # a statement that speaks of people beside its animal models is evidence in patients
    pilot = _direct_from("pilot", "Drugx protects cell and animal models of gizmo disease, and a small pilot study in "
                                 "patients showed longer survival.")
    assert not laboratory_only([pilot])


def test_what_is_usually_done_is_a_finding() -> None:
    # s29a: "Which antibiotic is first choice for community-acquired pneumonia in adults without comorbidities?"
    # was indirect above the guideline's answer, a statement of the usual practice.
    assert reports_finding("In the United States, outpatient treatment for healthy adults without comorbidities is "
                           "typically amoxicillin, doxycycline or, where resistance is low, a macrolide.")
    assert not reports_finding("The long-term effect of the drug is usually unknown.")


@pytest.mark.parametrize("text", [
    "Gizmo disease of the shoulder often resolves spontaneously as deposits are resorbed.",
    "Most cases of gizmo disease resolve without antibiotics within about three days.",
    "The model implies that gizmo disease is often self-limiting.",
    "Gizmo disease recurs in about a third of patients.",
])
def test_a_statement_of_a_conditions_course_states_it(text: str) -> None:
    # what "Does gizmo disease resolve without treatment?" asks: none of these was a finding, so none answered it
    assert states_course(text)


@pytest.mark.parametrize("text", [
    "Gizmo deficiency results from blood loss, poor intake or malabsorption.",
    "Gizmo disease is thought to arise from local tissue hypoxia.",
    "Proposed triggers include local tissue hypoxia and mechanical overload.",
    "Risk factors include age, obesity and previous knee injury.",
    "Altered differentiation of stem cells is one proposed cause of gizmo disease.",
])
def test_a_statement_of_a_conditions_cause_states_it(text: str) -> None:
    # what "What causes gizmo deficiency?" or "Who gets gizmo disease?" asks
    assert states_cause(text)


def test_a_kind_named_by_its_course_or_what_a_condition_itself_causes_is_neither() -> None:
    assert not states_course("Children with recurrent gizmo disease were enrolled.")
    assert not states_course("Zorbinol is approved for relapsed or refractory gizmo leukaemia.")
    assert not states_cause("Advice is offered to adults whose gizmo attacks cause significant disability.")


def _on_condition(text: str) -> Candidate:
    """A statement that names the question's condition, the question naming no intervention."""
    return replace(candidate(text, c=True), direct=True, anchored=True)


def test_a_course_asked_is_answered_by_a_statement_of_the_course_only() -> None:
    # "Do calcific deposits resolve on their own?": read beside the course, a finding on surgery made its "yes" a "no"
    course = _on_condition("Gizmo disease often resolves spontaneously as deposits are resorbed.")
    surgery = _on_condition("Surgery for gizmo disease is usually combined with an assessment and improves function.")
    assert answers_directly(surgery) and not answers_directly(course)  # no finding word in the course
    assert answers_directly(course, aspect="course") and not answers_directly(surgery, aspect="course")
    assert judge([surgery, course], aspect="course").direct_findings == ["research-doc"]
    assert judge([surgery], aspect="course").level == "indirect"


def test_a_cause_asked_is_answered_by_a_statement_of_what_brings_it_about() -> None:
    cause = _on_condition("Gizmo deficiency results from blood loss, poor intake or malabsorption.")
    named = _on_condition("Altered differentiation of stem cells is one proposed cause of gizmo disease.")
    does = _on_condition("Advice is offered to adults whose gizmo attacks cause significant disability.")
    assert answers_directly(cause, aspect="cause") and answers_directly(named, aspect="cause")
    gap = _on_condition("The cause of gizmo disease is unknown and no study has tested it.")
    assert not answers_directly(gap, aspect="cause")
    # what the condition itself causes is no cause of it
    assert answers_directly(does) and not answers_directly(does, aspect="cause")


def test_a_rank_said_by_a_copula_and_what_trials_show_are_findings() -> None:
    # "Is X the best test for Y?" is answered by a statement that ranks X (session 40): a finding, so direct
    from service.answer.evidence import reports_finding

    assert reports_finding("A low serum gizmin is the most specific blood test for gizmo deficiency.")
    assert reports_finding("Drugx remains the treatment of choice for gizmo disease.")
    assert reports_finding("Trials show only a modest benefit of drugx on pain at two to three days.")
    # a present "show" without a study as its subject, and a superlative outside a copula, state no finding here
    assert not reports_finding("Radiographs show the gizmo clearly.")
    assert not reports_finding("The most specific gizmo tests in the panel.")
    # how often is no rank: "is the most frequently involved" stays what it was
    assert not reports_finding("The gizmo tendon is the most frequently involved.")


def test_a_difference_in_how_common_or_where_expressed_is_a_finding() -> None:
    # Session 42: findings worded as a comparison of frequency or as where a thing is expressed, and null results
    # worded with "did not alter", were read as no finding (so never direct).
    assert reports_finding("Hypercalciuria was significantly more common in the calcium group than with placebo.")
    assert reports_finding("Matrix Gla protein is specifically expressed in vascular smooth muscle cells.")
    assert reports_finding("Vitamin D did not alter the incidence of falls in older women.")
    assert not reports_finding("Whether the gizmo is more common in older people is not known.")
    assert not reports_finding("Gizmo expression was measured in all samples.")
