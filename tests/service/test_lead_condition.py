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
    q = read_question("Is cefalexin the first-line antibiotic for cellulitis?")
    assert q.intervention == "cefalexin"
    assert naming_condition(q, concept("cellulitis"), [ASIDE, ANSWER]) == [ASIDE, ANSWER]
