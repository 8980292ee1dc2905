"""Session 56 (blind test A): whether a thing is safe or may be used for people in a state, where a statement says it
plainly. A use asked "in" a state ("Is drugx safe for gizmo prevention in asthma?") asks of people in that state
(``pipeline.contraindicated_states``), so advice against drugx in asthma says no, whatever drugx's general
recommendation says; a case then "can I use drugx" after a dash, and "- ok to continue?" after a person on a thing, are
read as the questions they ask (``question.as_dash_question``, ``question.as_case_on_fine``); "epilepsy history" is
the state "a history of epilepsy" names (``pipeline.people_states``). Made-up names throughout."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.pipeline import contraindicated_states, people_states
from service.answer.question import as_case_on_fine, as_dash_question, read_question
from tests.service.corpora import answered, background_guidelines, built, lead_text

GIZMO = """---
title: "Gizmo headache: prevention"
type: guideline
year: 2022
---
# Preventive drugs

Gizmolol is recommended as a first-line preventive drug for gizmo headache in many guidelines. Gizmolol should be
avoided in people with asthma and used with caution in people with heart block. Zorbamate can cause tingling and
weight loss.
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gizmo56", {"gizmo.md": GIZMO, **background_guidelines(
        "Asthma in children", "Exercise for knee osteoarthritis", "Eczema in children", "Fever in children")})


def test_a_use_in_a_state_asks_of_people_in_that_state() -> None:
    q = read_question("is gizmolol safe for gizmo prevention in asthma")
    assert q.type == "safety" and q.intervention == "gizmolol"
    assert "asthma" in contraindicated_states(q)
    assert "asthma" in contraindicated_states(read_question("is gizmolol safe for gizmo prevention in an asthmatic"))
    # People are no state of theirs here (``people_states`` reads what sets them apart), nor a use joined to another.
    assert contraindicated_states(read_question("is gizmolol safe for gizmo prevention in children")) == ()
    assert "asthma and eczema" not in contraindicated_states(read_question(
        "is gizmolol safe for gizmo prevention in asthma and eczema"))
    # ... and whether it may be used so.
    assert "asthma" in contraindicated_states(read_question("can gizmolol be used for gizmo prevention in asthma?"))
    # Not asked whether it is safe or may be used (what it does): no state read from the use.
    assert contraindicated_states(read_question("does gizmolol reduce gizmo attacks in asthma")) == ()


def test_advice_against_it_in_the_asked_state_is_a_no(gizmo_index: Path) -> None:
    for question in ("is gizmolol safe for gizmo prevention in asthma",
                     "can gizmolol be used for gizmo headache prevention in asthma?"):
        answer = answered(gizmo_index, question)
        assert answer.verdict == "no", question
        assert lead_text(answer).startswith("Gizmolol should be avoided in people with asthma")


def test_a_use_in_a_case_then_can_i_use_a_thing_after_a_dash() -> None:
    assert as_dash_question("gizmo prophylaxis in an asthmatic - can I use gizmolol") == \
        "Can I use gizmolol for gizmo prophylaxis in an asthmatic?"
    assert as_dash_question("woman with gizmo palsy - should I prescribe drugx?") == \
        "Should I prescribe drugx in a woman with gizmo palsy?"
    for text in ("gizmo palsy - can I use it?", "gizmo palsy - can I use drugx or drugy?",
                 "gizmo palsy - can I use drugx for it?", "Is gizmolol ok - can I use it?",
                 "gizmo palsy post-op - can I give drugx?"):
        assert as_dash_question(text) == text


def test_a_case_then_can_i_use_is_a_no_where_advised_against(gizmo_index: Path) -> None:
    answer = answered(gizmo_index, "gizmo headache prevention in an asthmatic - can I use gizmolol")
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("Gizmolol should be avoided in people with asthma")


def test_ok_to_continue_asks_as_is_that_ok() -> None:
    assert as_case_on_fine("pregnant woman on gizmopril for blood pressure - ok to continue?") == \
        "Is gizmopril ok for blood pressure in a pregnant woman?"
    assert as_case_on_fine("pregnant woman on gizmopril - is it ok to keep taking it?") == \
        "Is gizmopril ok in a pregnant woman?"
    # A bare "ok" with no "is that" before it, nor "to" any other verb, stays as written.
    for text in ("pregnant woman on gizmopril - ok?", "pregnant woman on gizmopril - ok to double the dose?"):
        assert as_case_on_fine(text) == text


def test_a_state_said_before_history_is_the_state() -> None:
    assert people_states(read_question("can I prescribe drugx to a smoker with gizmo palsy history")) == (
        "gizmo palsy",)
    assert people_states(read_question("can I prescribe drugx to a smoker with a history of gizmo palsy")) == (
        "gizmo palsy",)


def test_advice_of_the_rival_schedule_and_not_the_asked_one() -> None:
    from service.answer.frequency import rival_advised
    advice = ["Oral gizmo is recommended as first-line treatment for gizmo anaemia.",
              "A single daily dose or alternate-day dosing of oral gizmo is recommended, because more frequent dosing "
              "reduces absorption."]
    assert rival_advised("oral gizmo - twice daily or three times daily better than once daily?", advice) == advice[1]
    assert rival_advised("is oral gizmo twice daily superior to once daily?", advice) == advice[1]
    # The asked schedule advised too, the rival not advised, or no schedule asked to beat another: none.
    assert rival_advised("is oral gizmo twice daily better than once daily?",
                         ["Oral gizmo is given once or twice daily."]) is None
    assert rival_advised("is oral gizmo once daily better than three times daily?", advice) is None
    assert rival_advised("is oral gizmo better than gizmo injections?", advice) is None
    assert rival_advised("should oral gizmo be taken twice daily?", advice) is None
    # Advice that denies or sets aside a schedule is not read as advising the rival.
    assert rival_advised("is oral gizmo twice daily better than once daily?",
                         ["Oral gizmo should not be given once daily to children."]) is None


GIZMO_IRON = """---
title: "Gizmo-deficiency anaemia: management"
type: guideline
year: 2021
---
# Oral gizmo

Oral gizmo is recommended as first-line treatment for most patients with gizmo-deficiency anaemia. A single daily dose
or alternate-day dosing of oral gizmo is recommended, because more frequent dosing raises gizmidin and reduces
absorption without improving effect. Oral gizmo should be continued for about three months after the haemoglobin has
normalised.
"""


def test_a_schedule_asked_to_beat_the_advised_one_is_a_no(tmp_path_factory: pytest.TempPathFactory) -> None:
    index = built(tmp_path_factory, "gizmo56iron", {"iron.md": GIZMO_IRON, **background_guidelines(
        "Asthma in children", "Exercise for knee osteoarthritis", "Eczema in children", "Fever in children")})
    answer = answered(index, "oral gizmo - twice daily or three times daily better than once daily?")
    assert answer.verdict == "no"
    assert "A single daily dose or alternate-day dosing of oral gizmo is recommended" in answer.bottom_line.text
