"""Routing sentences to sections by what they say and who says it (service.answer.routing)."""
from __future__ import annotations

import pytest

from ingest.models import DocumentKind
from service.answer.routing import (DIAGNOSTIC_ACT, DIAGNOSTIC_MEANS, GAP, GUIDELINE_ADVICE, NATURAL_COURSE, QUANTIFIED,
                                    RECOMMENDATION, route)
from tests.service.candidates import candidate

R, G = DocumentKind.RESEARCH, DocumentKind.GUIDELINE


ROUTES = [
    ("Matrix Gla protein inhibits calcification once it is carboxylated by a vitamin K-dependent enzyme.",
     R, "mechanism"),
    ("In a randomized trial of 244 women, menaquinone-7 180 micrograms per day improved arterial stiffness.",
     R, "clinical_studies"),
    ("No randomized trial has tested vitamin K2 for calcific tendinopathy.", R, "limitations"),
    ("The trials were small and their results were inconsistent.", R, "limitations"),
    ("There was no significant difference in calcification progression between groups.", R,
     "limitations"),
    ("Vitamin K2 can reduce the effect of warfarin and lower the INR.", R, "safety"),
    ("Patients on warfarin should not start vitamin K2 without consulting the prescriber.", G, "safety"),
    ("Clinicians should offer physiotherapy and NSAIDs as first-line treatment.", G, "recommendations"),
    ("Extracorporeal shockwave therapy is recommended when symptoms persist after conservative care.",
     G, "recommendations"),
    ("Calcific tendinopathy most often affects the supraspinatus tendon of adults aged 30 to 60.", R,
     "current_evidence"),
    # Harm in the words of other specialties: the safety rule names no drug, disease or test.
    ("St John's wort can reduce the efficacy of combined oral contraceptives.", "research", "safety"),
    ("Serum lithium should be monitored closely when a thiazide diuretic is added.", "research", "safety"),
    ("Patients taking methotrexate should not be given trimethoprim without consulting a specialist.", "guideline",
     "safety"),
    ("Metformin reduced diabetes-related complications by 32 percent in overweight patients.", "research",
     "clinical_studies"),
]


@pytest.mark.parametrize("text,kind,section", ROUTES)
def test_route(text: str, kind: DocumentKind, section: str) -> None:
    assert route(candidate(text, kind)) == section


def test_research_suggestion_is_not_a_guideline_recommendation() -> None:
    text = "The authors consider vitamin K status a possible factor in ectopic calcification."
    assert route(candidate(text, R)) != "recommendations"
    assert route(candidate(text, G)) == "recommendations"


def test_a_need_is_a_gap_only_when_research_is_what_is_needed() -> None:
    assert GAP.search("Further randomized trials are needed to confirm this.")
    assert GAP.search("The finding needs to be confirmed in other populations.")
    assert not GAP.search("Amoxicillin is the recommended first-line antibiotic when an antibiotic is needed.")
    assert not GAP.search("Dose adjustment is needed in renal impairment.")


def test_uncertain_or_unknown_is_a_gap_when_said_of_something_not_as_a_group_label() -> None:
    assert GAP.search("Whether drugx slows gizmo decline is uncertain.")
    assert GAP.search("It remains unknown whether the effect lasts.")
    assert GAP.search("It is uncertain whether drugx helps, and trials are needed.")
    assert GAP.search("The cause of gizmo fever is unknown in most patients.")
    assert GAP.search("Gizmo fever is a rare disorder of unknown cause.")
    # Before the noun it qualifies the word names a group: comparing such groups is a finding, not a gap.
    assert not GAP.search("Test scores did not differ between the certain, absent or uncertain gizmo groups.")
    assert not GAP.search("Patients with unknown gizmo status were analysed separately.")


def test_patients_who_cannot_tolerate_a_drug_are_not_a_gap_in_the_evidence() -> None:
    assert GAP.search("Vitamin K2 cannot currently be recommended as a treatment for tendon calcification.")
    assert not GAP.search("Drug X is recommended for adults who cannot tolerate, or whose disease has not "
                          "responded to, NSAIDs.")


@pytest.mark.parametrize(("text", "quantified"), [
    ("Metformin reduced diabetes-related death by about 42 percent.", True),
    ("The hazard ratio was 0.64 (95% confidence interval 0.50 to 0.82).", True),
    ("Mortality was lower with drugx (p < 0.01).", True),
    # a count or a dose describes a study, and "or" before a number is English, not an odds ratio
    ("Drugx was given as 2 or 3 doses to 144 patients.", False),
    ("The trial enrolled 25,871 participants aged 50 years or older.", False),
])
def test_a_quantified_result_is_a_share_or_a_statistic(text: str, quantified: bool) -> None:
    assert bool(QUANTIFIED.search(text)) is quantified


# Session 30: the grammar of finding a condition and of its course (``lead.on_diagnosis_or_course``).
@pytest.mark.parametrize(("text", "act", "means", "course"), [
    ("Clinicians should confirm the diagnosis with plain radiographs or ultrasound.", True, True, False),
    ("Clinicians should distinguish X from dystrophic calcification.", True, False, False),
    ("Treatment should start as soon as possible after diagnosis.", False, False, False),  # a time, not the act
    ("Ultrasound-guided lavage is a second-line option.", False, False, False),  # a procedure, not a test
    ("Stem cells showed altered differentiation in culture.", False, False, False),
    ("A low serum ferritin is the most specific blood test for iron deficiency.", False, True, False),
    ("Most cases resolve without antibiotics within about three days.", False, False, True),
    ("The disease is often self-limiting, with spontaneous resorption of deposits.", False, False, True),
    ("There was no clear benefit of surgery.", False, False, False),  # "clear" is not "clears"
    # Session 31: "examining" is what a study does, the examination a means of diagnosis.
    ("Finally, studies examining salivary cortisol in adolescents found higher levels.", False, False, False),
    ("The diagnosis rests on a careful physical examination.", True, True, False),
])
def test_diagnosis_and_course_grammar(text: str, act: bool, means: bool, course: bool) -> None:
    assert (bool(DIAGNOSTIC_ACT.search(text)), bool(DIAGNOSTIC_MEANS.search(text)),
            bool(NATURAL_COURSE.search(text))) == (act, means, course)


def test_permission_to_use_is_advice_only_when_given_to_those_who_treat_or_are_treated() -> None:
    # Review, session 44: "(can|may) use" read "Software programs can use CT ..." as advice.
    advice = "Clinicians can use the two-question questionnaire as an initial screen."
    assert RECOMMENDATION.search(advice) and GUIDELINE_ADVICE.search(advice)
    for text in ("Software programs can use CT images to measure the deposit.",
                 "Future studies may use larger samples.", "Laboratories may use varying methods."):
        assert not RECOMMENDATION.search(text) and not GUIDELINE_ADVICE.search(text), text


# Routing: a harm a drug may cause (its name read as a mechanism: "inhibitors") and a trial's "signal" are no
# mechanism; a drug's class stated of it still is.

@pytest.mark.parametrize("text,kind,section", [
    ("ACE inhibitors can cause a dry cough and, rarely, angioedema.", G, "safety"),
    ("Proton pump inhibitors can cause low magnesium, which may affect enzymes of the heart.", R, "safety"),
    ("Elagolix is a competitive gonadotropin-releasing hormone receptor antagonist.", R, "mechanism"),
    ("The larger and longer trial of menaquinone-7 did not confirm the positive signal seen in the small vitamin K1 "
     "trial.", R, "current_evidence"),
    ("Matrix Gla protein inhibits calcification once it is carboxylated.", R, "mechanism"),
])
def test_route_of_names_and_harms(text: str, kind: DocumentKind, section: str) -> None:
    assert route(candidate(text, kind)) == section


def test_a_statement_on_what_the_conditions_advice_rests_on_is_not_advice() -> None:
    text = ("Recommendations on dietary consistency are based on pharmacological understanding and observational "
            "studies rather than large trials.")
    assert route(candidate(text, G, i=False, c=True), asks_intervention=True) != "recommendations"
