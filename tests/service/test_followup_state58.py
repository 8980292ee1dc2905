"""A follow-up that says a state of the patient without a verb ("what if gizmocillin allergic", session 58's blind
test) asks the question before again for a patient in that state: not of the drug the answer before led with (read
as asked, it inherited "zorbicillin" and led again with "Zorbicillin is the first-choice ...", a drug of the very kind
the patient is allergic to), and a statement naming the state leads."""
from __future__ import annotations

import pytest

from index.search import Index, open_index
from service.answer.follow_up import Previous, as_whole_question
from service.answer.lead import asked_state, names_state
from tests.service.chains import chain
from tests.service.corpora import background_guidelines, built, lead_text

GUIDELINE = """---
title: "Wobble lung infection in adults treated at home"
type: guideline
source: "Test Guideline Group"
year: 2023
---
# Wobble lung infection in adults treated at home

## Recommendations

Zorbicillin is the first-choice oral antibiotic for mild wobble lung infection in adults treated at home. Drugomycin
or a gizmolide such as plinkomycin is advised for people who have a gizmocillin allergy. Wobble lung infection that is
severe needs care in hospital with an injected antibiotic.
"""

FIRST = "first line antibiotics for mild wobble lung infection at home"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    files = {"wobble.md": GUIDELINE, **background_guidelines("Iron deficiency anaemia in adults", "Eczema in children",
                                                             "Fever in children")}
    return open_index(built(tmp_path_factory, "followstate58", files))


def test_a_verbless_state_asks_the_question_before_again() -> None:
    previous = Previous(FIRST, "zorbicillin", "mild wobble lung infection at home")
    assert as_whole_question("what if gizmocillin allergic", previous) == f"{FIRST} if gizmocillin allergic?"
    assert as_whole_question("What if pregnant?", previous) == f"{FIRST} if pregnant?"
    # a thing named with a verb of its own, or people, is read as before
    assert as_whole_question("What if zorbicillin fails?", previous) == "What if zorbicillin fails?"
    assert as_whole_question("what if symptoms persist", previous) == "what if symptoms persist"


def test_the_state_asked_and_named() -> None:
    state = asked_state(f"{FIRST} if gizmocillin allergic?")
    assert state and names_state("advised for people who have a gizmocillin allergy", state)
    assert not names_state("Zorbicillin is the first-choice oral antibiotic", state)
    assert asked_state(f"{FIRST} if symptoms persist?") == frozenset()
    assert asked_state("Is gizmo first-line for wobble if eGFR is 25?") == frozenset()


def test_the_allergic_patient_is_not_given_the_first_choice_drug(index: Index) -> None:
    answer = chain(index, FIRST, "what if gizmocillin allergic")
    assert answer.intervention != "zorbicillin", answer.read_as
    assert "gizmocillin allergy" in lead_text(answer), answer.bottom_line.text
    assert not lead_text(answer).startswith("Zorbicillin"), answer.bottom_line.text
