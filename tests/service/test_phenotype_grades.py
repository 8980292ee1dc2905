"""Phenotype grades of the asked marker (session 56, blind test 56d): "WDG2D6 poor metabolizer who needs gizmoline:
what dose?" quoted "A 20% reduction of the usual dose may be weighed for WDG2D6 intermediate metabolizers", advice for
another grade that shares every word of the question but the grade."""
from __future__ import annotations

from service.answer.lead import on_aspect
from service.answer.markers import grades, of_other_grade, on_asked_codes
from service.answer.question import read_question
from tests.service.candidates import direct_candidate

QUESTION = "WDG2D6 poor metabolizer who needs gizmoline for frobnitis: what dose?"
OTHER = "A 20% reduction of the usual gizmoline dose may be weighed for WDG2D6 intermediate metabolizers."
NORMAL = "The usual gizmoline dose needs no change for those predicted to have WDG2D6 normal metabolism."
ASKED = "In WDG2D6 poor metabolizers other agents are preferred; if gizmoline is needed, halve the usual dose."
LISTED = "Dose monitoring is advised for WDG2D6 ultrarapid, intermediate, or poor metabolism."
NONE = "Gizmoline is started at 10 mg daily for frobnitis."


def test_the_grades_a_text_names() -> None:
    assert grades("a WDG2D6 poor metabolizer") == {"poor"}
    assert grades("extensive metabolisers") == {"normal"}  # two names of one grade
    assert grades(LISTED) == {"ultrarapid", "intermediate", "poor"}
    assert grades("rapid/ultrarapid metabolizer") == {"rapid", "ultrarapid"}
    assert grades("a poor response in normal people") == frozenset()  # no metabolizer: no grade


def test_a_statement_on_another_grade_is_set_aside() -> None:
    assert of_other_grade(QUESTION, OTHER) and of_other_grade(QUESTION, NORMAL)
    assert not of_other_grade(QUESTION, ASKED) and not of_other_grade(QUESTION, LISTED)
    assert not of_other_grade(QUESTION, NONE)  # names no grade
    assert not of_other_grade("Gizmoline dose for frobnitis?", OTHER)  # no grade asked
    found = [direct_candidate(t) for t in (OTHER, NORMAL, ASKED, LISTED, NONE)]
    assert [c.text for c in on_asked_codes(QUESTION, found)] == [ASKED, LISTED, NONE]
    assert on_asked_codes(QUESTION, found[:1]) == found[:1]  # nothing else left: as it was


def test_the_dose_for_another_grade_does_not_lead() -> None:
    q = read_question(QUESTION)
    kept = on_aspect(q, [direct_candidate(OTHER), direct_candidate(ASKED)])
    assert [c.text for c in kept] == [ASKED]
