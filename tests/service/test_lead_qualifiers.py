"""The lead fits the severity, age group, pregnancy and place of care the question asks about (``lead.fitting``),
and a which-question's rank ("first-line") picks the statement naming the kind at that rank
(``lead.naming_condition``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import concept
from service.answer.lead import fitting, naming_condition
from service.answer.qualifiers import qualifiers
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _advice(text: str, title: str = "Management of bronchiolitis", score: float = 1.0) -> Candidate:
    """A guideline sentence, direct through its guideline's title."""
    c = candidate(text, DocumentKind.GUIDELINE, i=True, c=True)
    hit = replace(c.hit, document=replace(c.hit.document, title=title))
    return replace(c, hit=hit, terms=frozenset(tokenize(text)), score=score)


MILD = _advice("Supportive care at home is recommended for mild bronchiolitis.")
SEVERE = _advice("For moderate or severe bronchiolitis, oxygen should be given when saturation is low.")
GENERAL = _advice("Nasal suction should be offered to infants with bronchiolitis and feeding problems.")


def test_a_statement_on_another_severity_does_not_lead_a_question_on_severe_illness() -> None:
    q = read_question("How is severe bronchiolitis treated?")
    assert fitting(q, [MILD, SEVERE]) == [SEVERE]


def test_a_statement_on_the_asked_severity_leads_before_one_naming_none() -> None:
    q = read_question("How is mild bronchiolitis treated?")
    assert fitting(q, [GENERAL, SEVERE, MILD]) == [MILD]


def test_no_statement_leads_when_every_one_speaks_of_another_severity() -> None:
    q = read_question("How is severe bronchiolitis treated?")
    assert fitting(q, [MILD]) == []


def test_a_degree_adjective_on_something_else_than_the_condition_is_no_severity_of_it() -> None:
    text = "Clinicians should look for severe bulging of the eardrum before treating otitis media."
    assert qualifiers(text, frozenset(tokenize("otitis media"))) == {}
    assert qualifiers("Severe otitis media needs antibiotics.", frozenset(tokenize("otitis media"))) == {
        "severity": frozenset({"high"})}


PREGNANT = _advice("Clinicians should offer pregnant women with gout colchicine when needed.",
                   title="Management of gout")
USUAL = _advice("Colchicine should be started within 24 hours of a gout flare.", title="Management of gout")


def test_advice_for_a_group_the_question_does_not_name_comes_after_general_advice() -> None:
    q = read_question("Is colchicine effective for gout?")
    assert fitting(q, [PREGNANT, USUAL]) == [USUAL]
    assert fitting(read_question("Can pregnant women with gout take colchicine?"), [PREGNANT, USUAL]) == [PREGNANT]


def test_advice_on_the_asked_drug_for_some_patients_stays_before_another_drugs_general_advice() -> None:
    q = read_question("Is colchicine recommended for gout?")
    other = _advice("Naproxen should be offered for an acute gout flare.", title="Management of gout")
    assert fitting(q, [PREGNANT, other]) == [PREGNANT, other]  # nothing set apart: the order of the lead decides


def test_a_guideline_titled_for_children_speaks_of_no_adults() -> None:
    q = read_question("How is croup treated in adults?")
    child = _advice("A single dose of oral dexamethasone is recommended for croup.", title="Croup in children")
    assert fitting(q, [child]) == []
    scope = _advice("Every child with croup should receive oral dexamethasone.", title="Croup in children")
    assert fitting(read_question("How is croup treated?"), [scope, child]) == [scope, child]  # the title's scope


def test_a_far_weaker_statement_that_fits_does_not_leap_to_the_lead() -> None:
    q = read_question("How is severe bronchiolitis treated?")
    weak = replace(SEVERE, score=0.1)
    assert fitting(q, [GENERAL, weak]) == [GENERAL, weak]  # only GENERAL competes: nothing to set apart


def test_a_which_question_at_a_rank_opens_with_the_advice_naming_the_kind_at_that_rank() -> None:
    q = read_question("What is the first-line drug for gout?")
    assert q.condition == "gout"
    ranked = _advice("Two drug classes are recommended as first-line treatment for gout: colchicine and NSAIDs.",
                     title="Management of gout", score=0.3)
    against = _advice("Opioids are not recommended as first-line drugs for gout.", title="Management of gout")
    lifestyle = _advice("Weight loss is recommended for people with gout.", title="Management of gout")
    assert naming_condition(q, concept("gout"), [lifestyle, against, ranked]) == [ranked]


def test_a_statement_restricted_itself_does_not_pass_advice_restricted_to_other_people() -> None:
    q = read_question("Is colchicine recommended for gout?")
    outpatient = _advice("Outpatient treatment of gout is typically colchicine.", title="Management of gout")
    assert fitting(q, [PREGNANT, outpatient]) == [PREGNANT, outpatient]


def test_a_trial_in_some_people_is_no_advice_restricted_to_them() -> None:
    q = read_question("Does colchicine reduce gout flares?")
    trial = _advice("A randomized trial in pregnant women found that colchicine reduced gout flares.",
                    title="Colchicine in gout")
    assert fitting(q, [trial, USUAL]) == [trial, USUAL]


def test_people_named_as_an_example_widen_the_advice_rather_than_restrict_it() -> None:
    q = read_question("Is colchicine recommended for gout?")
    wide = _advice("Colchicine is recommended for gout in all adults, including pregnant women.",
                   title="Management of gout")
    assert fitting(q, [wide, USUAL]) == [wide, USUAL]


def test_usual_practice_in_the_asked_setting_does_not_pass_the_guidelines_advice() -> None:
    q = read_question("Is colchicine recommended for gout in hospital?")
    usual = _advice("In hospital, colchicine is typically used for gout.", title="Management of gout")
    assert fitting(q, [USUAL, usual]) == [USUAL, usual]
    advice = _advice("In hospital, colchicine should be given for gout.", title="Management of gout")
    assert fitting(q, [USUAL, advice]) == [advice]


def test_advice_for_advanced_disease_comes_after_general_advice_on_the_asked_test() -> None:
    q = read_question("Should patients with melanoma have BRAF testing?")
    advanced = _advice("For patients with advanced melanoma, BRAF testing should guide targeted therapy.",
                       title="Melanoma")
    every = _advice("BRAF testing should be offered to every patient with melanoma.", title="Melanoma")
    assert qualifiers(advanced.text, frozenset(tokenize(q.text))) == {"stage": frozenset({"advanced"})}
    assert fitting(q, [advanced, every]) == [every]


def test_an_age_bound_in_words_meets_one_in_digits_and_bilateral_meets_both_of_a_pair() -> None:
    # session 40: "children under two with bilateral ..." is answered by the advice "for children under 2 years
    # with infection in both ears", not by the general first-line advice beside it
    asked = qualifiers("Should children under two with bilateral gizmo infection get drugx?")
    said = qualifiers("Immediate drugx is also recommended for children under 2 years with infection in both ears.")
    assert asked["age bound"] == said["age bound"] == frozenset({"lt 24m"})
    assert asked["sides"] == said["sides"] == frozenset({"both"})
    assert qualifiers("gizmo in one eye")["sides"] == frozenset({"one"})
    assert qualifiers("children older than 6 months")["age bound"] == frozenset({"gt 6m"})
    # a bound is an age only after a noun of people (or with "old" after it); a dose, a share or a length is none
    for text in ("symptoms over two days", "doses under 5 mg", "under 20% of patients", "over two weeks of treatment"):
        assert "age bound" not in qualifiers(text)
    q = read_question("Should children under two with bilateral gizmo infection get drugx?")
    both = _advice("Immediate drugx is also recommended for children under 2 years with infection in both ears.",
                   title="Gizmo infection")
    first = _advice("Drugx is the recommended first-line treatment for gizmo infection when one is needed.",
                    title="Gizmo infection")
    assert fitting(q, [first, both]) == [both]


def test_an_age_bound_only_matches_it_never_contradicts() -> None:
    # "under 6 months" is a part of "under two": no contradiction (``qualifiers.MATCH_ONLY``)
    q = read_question("Should children under two with gizmo infection get drugx?")
    infants = _advice("Immediate drugx is recommended for children under 6 months with gizmo infection.",
                      title="Gizmo infection")
    assert fitting(q, [infants]) == [infants]


def test_non_severe_is_a_low_degree_only() -> None:
    assert qualifiers("many children older than 6 months with non-severe illness")["severity"] == frozenset({"low"})
    # so it fits a question on mild illness and contradicts one on severe illness
    q = read_question("How is severe gizmo infection treated?")
    waiting = _advice("Watchful waiting is an appropriate option for many children with non-severe illness.",
                      title="Gizmo infection")
    other = _advice("Drugx should be given to children with gizmo infection.", title="Gizmo infection")
    assert waiting not in fitting(q, [waiting, other])
