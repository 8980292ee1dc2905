"""A "yes" above the very quote that says otherwise (session 54, a blind tester's vignettes): the act asked is the act
the quote negates ("..., can i stop gizmolol completely?" above "Gizmolol should not be stopped completely"), the
asked age falls outside the quote's age bound, or a warning in the quote names the state a safety question asks of
(``quoted_against``; ``pipeline._said_otherwise``)."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.pipeline import answer_question
from tests.service.corpora import BACKGROUND, background_guidelines, built


def test_the_act_a_vignette_asks() -> None:
    from service.answer.quoted_against import asked_act, asking_clause

    assert asking_clause("adult gizmo palsy well controlled for a yr, can i stop gizmolol completely?") == \
        "can i stop gizmolol completely"
    assert asked_act("adult gizmo palsy well controlled for a yr, can i stop gizmolol completely?") == "stop"
    assert asked_act("pt on gizmolol - should she cut out gizmo beans?") == "avoid"
    assert asked_act("60F gizmo pain, no stiffness - need gizmo scan to dx gizmo palsy?") == "need"
    assert asked_act("Are gizmo scans needed to diagnose gizmo palsy?") == "need"
    assert asked_act("Can gizmolol be stopped in gizmo palsy?") == "stop"
    # Asked in the negative, or of no act ("Is X safe ...?"): none.
    assert asked_act("Should gizmolol not be stopped?") is None
    assert asked_act("Is gizmolol safe in gizmo palsy?") is None


def test_the_acts_a_statement_negates() -> None:
    from service.answer.quoted_against import denies_asked_act, negated_acts

    assert negated_acts("Gizmolol should not be stopped completely in adults with gizmo palsy.") == {"stop"}
    assert negated_acts("Patients taking gizmolol do not need to avoid gizmo beans, but ...") == {"avoid"}
    assert negated_acts("Gizmo scans are not needed to confirm typical gizmo palsy.") == {"need"}
    assert negated_acts("Gizmolol should not be relied on to make gizmotab safe.") == frozenset()
    assert denies_asked_act("adult gizmo palsy, can i stop gizmolol completely?",
                            "Gizmolol should not be stopped completely in adults with gizmo palsy.")
    # The other act, or the act affirmed: no denial.
    assert not denies_asked_act("adult gizmo palsy, can i reduce gizmolol?",
                                "Gizmolol should not be stopped completely in adults with gizmo palsy.")
    assert not denies_asked_act("adult gizmo palsy, can i stop gizmolol?", "Gizmolol can be stopped after a year.")


def test_an_age_outside_the_bound_and_a_warning_of_the_asked_state() -> None:
    from service.answer.quoted_against import age_outside, warns_of_asked_state

    bounded = "Watchful waiting is an appropriate option for many children older than 6 months with gizmo otitis."
    assert age_outside("Can I do watchful waiting in a 4 month old with gizmo otitis?", bounded)
    assert not age_outside("Can I do watchful waiting in a 9 month old with gizmo otitis?", bounded)
    # A bound of one group of several the statement lists is no bound on the asked child (a 9-month-old with ear
    # discharge is one of the "for children with ear discharge").
    listed = ("Immediate gizmocillin is recommended for children under 6 months, for children with a high fever, "
              "and for children with ear discharge.")
    assert not age_outside("Should a 9-month-old with gizmo otitis and ear discharge get gizmocillin now?", listed)
    warned = "Gizmofloxacin carries warnings about gizmo rupture and nerve damage."
    drug = frozenset({"gizmofloxacin"})
    assert warns_of_asked_state("a history of gizmo rupture", drug, warned)
    assert not warns_of_asked_state("gizmo palsy", drug, warned)
    assert not warns_of_asked_state("a history of gizmo rupture", drug, "Gizmofloxacin does not cause gizmo rupture.")


GUIDELINE = """---
title: "Management of gizmo palsy"
type: guideline
year: 2024
---
# Management of gizmo palsy

## Long-term treatment

Treatment can be stepped down once gizmo palsy has been well controlled for about three months. Gizmolol should not
be stopped completely in adults with gizmo palsy.

## Diagnosis

Gizmo palsy can be diagnosed clinically without imaging in adults aged 45 years or over who have activity-related
gizmo pain and either no morning stiffness or stiffness lasting no longer than 30 minutes. Gizmo
scans are not needed to confirm typical gizmo palsy but may help when the diagnosis is uncertain.

## Diet

Patients taking gizmolol do not need to avoid green gizmo beans, but they should avoid large sudden changes in the
amount they eat.

## Gizmo otitis in children

Watchful waiting without immediate gizmocillin is an appropriate option for many children older than 6 months with
non-severe gizmo otitis. Clinicians should offer pain relief to every child with gizmo otitis.

## Safety

Gizmofloxacin carries warnings about gizmo rupture, aortic aneurysm and nerve damage and is reserved for patients
without suitable alternatives.
"""

OTHERS = background_guidelines(*BACKGROUND)


@pytest.fixture(scope="module")
def guideline(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(built(tmp_path_factory, "quoted-against", {"gizmo.md": GUIDELINE, **OTHERS}))


@pytest.mark.parametrize("question", [
    "adult gizmo palsy well controlled for a yr, can i stop gizmolol completely?",
    "60F gizmo pain, no morning stiffness - need gizmo scans to diagnose gizmo palsy?",
    "pt on gizmolol - should she cut out green gizmo beans?",
])
def test_a_quote_that_says_no_gets_no_yes(guideline: Index, question: str) -> None:
    answer = answer_question(guideline, question)
    assert answer.verdict == "no", (answer.verdict, answer.bottom_line.text)


def test_a_quote_for_older_children_gets_no_yes_for_a_younger_one(guideline: Index) -> None:
    answer = answer_question(guideline, "4 month old with gizmo otitis, can I do watchful waiting?")
    assert answer.verdict != "yes", answer.bottom_line.text


def test_a_warning_of_the_asked_state_is_a_no_to_safety(loaded_index: Index) -> None:
    # It was "yes" above "Fluoroquinolones carry warnings about tendon rupture, ...". (On the default corpus: in a
    # tiny one the verdict model read the warning as no evidence, "insufficient", and gave no "yes" to begin with.)
    answer = answer_question(loaded_index, "Are fluoroquinolones safe in a patient with a history of tendon rupture?")
    assert answer.verdict == "no", (answer.verdict, answer.bottom_line.text)
