"""A question on a condition alone ("Which X is the first choice for Y?") opens with a statement that names the
condition itself (``lead.naming_condition``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import concept
from service.answer.lead import naming_condition
from service.answer.question import read_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def _advice(text: str) -> Candidate:
    """A guideline sentence, direct through its guideline's title."""
    return replace(candidate(text, DocumentKind.GUIDELINE, i=True, c=True), terms=frozenset(tokenize(text)))


ASIDE = _advice("Local resistance differs, so national recommendations differ in their first-line choices.")
ANSWER = _advice("Cefalexin is the recommended first-line antibiotic for cellulitis in adults.")


def test_a_which_treatment_question_opens_with_a_statement_naming_the_condition() -> None:
    q = read_question("What antibiotic is the first choice for cellulitis?")
    assert (q.intervention, q.condition) == (None, "cellulitis")
    assert naming_condition(q, concept(q.condition), [ASIDE, ANSWER]) == [ANSWER]


def test_every_statement_stays_when_none_names_the_condition() -> None:
    q = read_question("What antibiotic is the first choice for cellulitis?")
    assert naming_condition(q, concept("cellulitis"), [ASIDE]) == [ASIDE]


def test_a_question_naming_an_intervention_keeps_every_statement() -> None:
    q = read_question("Is cefalexin effective for cellulitis?")
    assert q.intervention == "cefalexin"
    assert naming_condition(q, concept("cellulitis"), [ASIDE, ANSWER]) == [ASIDE, ANSWER]


def test_a_question_on_the_rank_of_an_intervention_opens_with_a_statement_naming_that_rank() -> None:
    # Session 37: the UKPDS's 32 percent result led "Is metformin first-line therapy for ...?" once the trial's
    # results were read, above "... the main reasons that metformin became the recommended first-line drug ..."
    result = _advice("Cefalexin cured nine in ten adults with cellulitis in a randomized trial.")
    q = read_question("Is cefalexin the first-line antibiotic for cellulitis?")
    assert naming_condition(q, concept("cellulitis"), [result, ANSWER]) == [ANSWER]
    # none names the rank: every statement stays
    assert naming_condition(q, concept("cellulitis"), [result]) == [result]


WEIGHT = _advice("People with cellulitis who are overweight should be offered support to lose weight.")
EXERCISE = _advice("Gentle exercise of the affected limb is recommended for people with cellulitis.")


def test_a_which_question_opens_with_a_statement_naming_the_kind_of_thing_it_asks_for() -> None:
    q = read_question("What kind of exercise is recommended for cellulitis?")
    assert (q.intervention, q.condition) == (None, "cellulitis")
    assert naming_condition(q, concept("cellulitis"), [WEIGHT, EXERCISE]) == [EXERCISE]


def test_the_condition_decides_when_no_statement_names_the_kind_asked_for() -> None:
    q = read_question("What kind of exercise is recommended for cellulitis?")
    assert naming_condition(q, concept("cellulitis"), [ASIDE, WEIGHT]) == [WEIGHT]


def test_a_statement_naming_the_kind_far_below_the_best_does_not_take_the_lead() -> None:
    q = read_question("What medication is recommended for cellulitis?")
    drug = replace(ANSWER, score=0.9)  # names cellulitis and a medicine, not the word "medication"
    training = replace(_advice("Staff should learn the side effects of the medication recommended for cellulitis."),
                       score=0.2)
    assert naming_condition(q, concept("cellulitis"), [drug, training]) == [drug, training]


def test_how_a_condition_is_treated_opens_with_the_first_line_of_treatment() -> None:
    # session 40: "How should iron deficiency anaemia be treated?" opened with advice to investigate its cause
    investigate = replace(_advice("Clinicians should investigate the cause of gizmo anaemia in every patient rather "
                                  "than treat it without explanation."), score=0.95)
    first = replace(_advice("Oral gizmin is recommended as first-line treatment for most patients with gizmo "
                            "anaemia."), score=0.9)
    q = read_question("How should gizmo anaemia be treated?")
    assert (q.intervention, q.type) == (None, "therapy")
    assert naming_condition(q, concept("gizmo anaemia"), [investigate, first]) == [first]
    # a first line said against, or none named, leaves the statements as they were
    against = replace(first, text="Oral gizmin is not recommended as first-line treatment for gizmo anaemia.")
    assert naming_condition(q, concept("gizmo anaemia"), [investigate, against]) == [investigate, against]
