"""A which-question ("Which scale is used to ...?", "What antibiotic is ...?") asks for a named thing of its kind: the
bottom line opens with a statement that names one before a statement on the kind in general (``lead.names_instance``,
``lead.choose_lead``)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.lead import asked_instance, choose_lead, names_instance
from service.answer.scoring import Candidate
from tests.service.candidates import candidate, document, hit

SCALE_Q = "Which scale is used to grade delirium in older adults?"


def _instance(question: str) -> tuple[frozenset[str], frozenset[str]]:
    kind, asked = asked_instance(question)
    assert kind, question
    return kind, asked


def test_a_name_beside_the_kind_names_a_thing_of_that_kind() -> None:
    kind, asked = _instance(SCALE_Q)
    assert names_instance("Nurses may use the Brief Confusion Rating Scale (BCRS-4) at each ward round.", kind, asked)


def test_the_kind_in_general_names_nothing() -> None:
    kind, asked = _instance(SCALE_Q)
    assert not names_instance("Grading scales miss mild delirium in many older adults.", kind, asked)
    assert not names_instance("Delirium scales take about five minutes.", kind, asked)


def test_a_subject_said_to_be_of_the_kind_names_one() -> None:
    kind, asked = _instance("What antibiotic is recommended for cellulitis?")
    assert names_instance("Cefalexin is the preferred oral antibiotic for cellulitis in adults.", kind, asked)
    assert names_instance("Cefalexin is recommended as a first-line oral antibiotic for cellulitis.", kind, asked)
    # The kind after a preposition is not what the subject is said to be.
    assert not names_instance("Resistance is the main reason for antibiotic failure in cellulitis.", kind, asked)


def test_a_question_of_another_shape_asks_for_no_kind() -> None:
    assert asked_instance("Does cefalexin treat cellulitis?") == (frozenset(), frozenset())


def _scored(text: str, score: float) -> Candidate:
    c = candidate(text, DocumentKind.RESEARCH, i=True, c=True)
    return replace(c, hit=hit(document(text[:12]), text), score=score, terms=frozenset(tokenize(text)))


def test_the_statement_naming_the_kind_asked_leads_over_a_more_relevant_one_on_the_kind() -> None:
    general = _scored("Grading scales miss mild delirium in many older adults.", 0.98)
    named = _scored("Nurses may use the Brief Confusion Rating Scale (BCRS-4) at each ward round.", 0.9)
    assert choose_lead([general, named], instance=asked_instance(SCALE_Q)) is named
    # Without a which-question's kind, the more relevant statement leads as before.
    assert choose_lead([general, named]) is general


def test_a_statement_naming_one_far_below_the_best_does_not_lead() -> None:
    general = _scored("Grading scales miss mild delirium in many older adults.", 0.98)
    named = _scored("Nurses may use the Brief Confusion Rating Scale (BCRS-4) at each ward round.", 0.3)
    assert choose_lead([general, named], instance=asked_instance(SCALE_Q)) is general


def test_a_which_question_on_a_kind_of_its_own_leads_only_with_a_statement_on_that_kind() -> None:
    # session 40: "Which anticoagulant is preferred in pregnancy?" opened with "Topiramate ... must be avoided in
    # pregnancy"; a statement naming no anticoagulant answers nothing, and the answer says no source addresses it
    from service.answer.lead import of_kind_asked
    from service.answer.question import read_question

    def said(text: str, doc: str = "g") -> Candidate:
        c = candidate(text, DocumentKind.GUIDELINE, i=True, c=True)
        return replace(c, terms=frozenset(tokenize(text)), hit=hit(document(doc, DocumentKind.GUIDELINE), text))

    other = said("Drugx is an effective first-line option, but it must be avoided in pregnancy.", "migraine")
    on_kind = said("Low molecular weight gizmarin is the preferred anticoagulant in pregnancy.", "thrombosis")
    q = read_question("Which anticoagulant is preferred in pregnancy?")
    assert of_kind_asked(q, [other, on_kind]) == [on_kind]
    assert of_kind_asked(q, [other]) == []
    # a generic kind ("Which drug ...?", "Which test ...?") narrows nothing
    for generic in ("Which drug is preferred in pregnancy?", "Which test is used to screen adults for gizmo?"):
        assert of_kind_asked(read_question(generic), [other]) == [other]
    # a source whose other statements name the kind answers in its own words ("A macrolide ... is used ...")
    macrolide = said("A gizmolide or another alternative is used for children with penicillin allergy.")
    first = said("Amoxicillin is the recommended first-line antibiotic for gizmo otitis.")
    q = read_question("What is the first-line antibiotic for gizmo otitis in a child with penicillin allergy?")
    assert of_kind_asked(q, [macrolide, first]) == [macrolide, first]
    # a study's statement is not narrowed: "Which gene is mutated in Y?" is answered without the word "gene"
    study = candidate("Mutations in GIZ1 cause gizmo syndrome.", DocumentKind.RESEARCH, i=True, c=True)
    assert of_kind_asked(read_question("Which gene is mutated in gizmo syndrome?"), [study]) == [study]
