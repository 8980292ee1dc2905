"""The grammar behind safety asked in a state (blind53a): which statements warn of a thing in the asked state
(``subgroup.warned_for_them``), and how the question's everyday shapes are read ("OK for ... a patient with Y", "safe
while breastfeeding", the patient's state said first). Invented and mixed-specialty sentences; the class link is the
corpus's (``StateLinks.kind_of``), given here by hand."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from index.lexical import tokenize
from service.answer.question import read_question
from service.answer.subgroup import StateLinks, warned_for_them


@dataclass
class _Said:
    text: str


def _forms(name: str) -> tuple[frozenset[str], ...]:
    return (frozenset(tokenize(name)),)


# "a zentamide such as florbicin": the corpus says florbicin is a zentamide.
LINKS = StateLinks(kind_of=lambda thing, kind: (thing, kind.lower()) == ("florbicin", "zentamides"))


@pytest.mark.parametrize("text,thing,state", [
    ("Grolixins carry warnings about tendon rupture, aortic aneurysm and nerve damage and are reserved for patients "
     "without suitable alternatives.", "grolixin", "an aortic aneurysm"),
    ("Zentamides and grolixins can prolong the QT interval.", "florbicin", "a long QT interval"),
    ("Zentamides and grolixins can prolong the QT interval.", "florbicin", "long QT"),
    ("Thiazide diuretics can cause low sodium, low potassium, raised uric acid and gout.", "thiazide diuretic", "gout"),
    ("Thiazide diuretics can cause low sodium, low potassium, raised uric acid and gout.", "thiazide diuretic",
     "low sodium"),
    ("Non-selective beta-blockers may worsen asthma and should be used with care.", "non-selective beta-blocker",
     "asthma"),
    ("Mortazine can raise blood pressure in some patients.", "mortazine", "high blood pressure"),
])
def test_a_warning_in_the_asked_state(text: str, thing: str, state: str) -> None:
    said = _Said(text)
    assert warned_for_them([said], thing, _forms(thing), (state,), LINKS) is said  # type: ignore[list-item]


@pytest.mark.parametrize("text,thing,state", [
    # The other direction of the same measure.
    ("Zentamides and grolixins can prolong the QT interval.", "florbicin", "a short QT interval"),
    ("Thiazide diuretics can cause low sodium and gout.", "thiazide diuretic", "high sodium"),
    ("Mortazine can raise blood pressure in some patients.", "mortazine", "low blood pressure"),
    # Another thing's warning, or the class not linked.
    ("Zentamides and grolixins can prolong the QT interval.", "amoxicillin", "a long QT interval"),
    ("Intravenous iron is recommended when oral iron causes constipation.", "intravenous iron", "constipation"),
    # A denial, and a benefit that names the state.
    ("Thiazide diuretics do not cause gout.", "thiazide diuretic", "gout"),
    ("Statins reduce the risk of stroke.", "statin", "stroke"),
    # A harm that is not the asked state.
    ("Grolixins carry warnings about tendon rupture and nerve damage.", "grolixin", "an aortic aneurysm"),
])
def test_no_warning_in_the_asked_state(text: str, thing: str, state: str) -> None:
    assert warned_for_them([_Said(text)], thing, _forms(thing), (state,), LINKS) is None  # type: ignore[list-item]


@pytest.mark.parametrize("question,intervention,condition", [
    ("Is a fluoroquinolone ok for pneumonia in a patient with an aortic aneurysm?", "fluoroquinolone",
     "pneumonia in a patient with an aortic aneurysm"),
    ("Is a fluoroquinolone fine for a patient with an aortic aneurysm?", "fluoroquinolone", "an aortic aneurysm"),
    ("Is amoxicillin safe while breastfeeding?", "amoxicillin", "breastfeeding"),
    ("pt has long QT, is clarithromycin ok?", "clarithromycin", "long QT"),
    ("My patient has epilepsy; is bupropion ok?", "bupropion", "epilepsy"),
])
def test_everyday_safety_shapes(question: str, intervention: str, condition: str) -> None:
    q = read_question(question)
    assert (q.type, q.intervention, q.condition) == ("safety", intervention, condition)


def test_ok_for_a_use_alone_is_not_asked_as_safety() -> None:
    assert read_question("Is amoxicillin ok for pneumonia?").type != "safety"
