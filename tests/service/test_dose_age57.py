"""Session 57 (blind test on 40 unseen guidelines): a dose asked as a bare noun phrase ("gizmozumab dose for
frobnitis"), a dose written as an adjective ("the 250-mg dose"), age bands ("men aged 30 to 44 years", "65 years of age
or older") read as the age bounds an exact age asked ("a 52-year-old") falls inside or outside, a case note's age and
sex before a thing asked for a purpose ("61M smoker 25 pack yrs, gizmorin to prevent frobnitis?") and a note's
imperative to screen a person ("screen 70F for frobnitis?")."""
from __future__ import annotations

from service.answer.qualifiers import outside_bounds, qualifiers
from service.answer.question import as_next_asked, as_note_written, read_question
from service.answer.regimen import states_amount
from service.answer.routing import DOSE


def test_a_dose_named_as_a_noun_phrase_reads_the_thing_and_the_condition() -> None:
    q = read_question("gizmozumab dose for chronic frobnitis")
    assert (q.type, q.intervention, q.condition) == ("dosing", "gizmozumab", "chronic frobnitis")
    q = read_question("gizmozumab dosing in metastatic frobnitis")
    assert (q.type, q.intervention, q.condition) == ("dosing", "gizmozumab", "metastatic frobnitis")
    q = read_question("gizmozumab dose")
    assert (q.type, q.intervention, q.condition) == ("dosing", "gizmozumab", None)
    # (A dose named by its kind alone names no thing given.)
    assert read_question("loading dose for frobnitis").intervention != "loading"


def test_a_dose_written_as_an_adjective_is_a_dose() -> None:
    assert DOSE.search("Gizmozumab should be given at the 250-mg dose with a loading schedule.")
    assert DOSE.search("a 2-g loading dose")
    assert states_amount("Gizmozumab should be given at the 250-mg dose with a loading schedule.")
    assert not DOSE.search("a 10-unit rise in the frobnitis score")


def test_age_bands_are_read_as_bounds() -> None:
    band = qualifiers("The panel does not advise routine gizmo testing in men between ages 30 to 44 years.")
    assert band["age bound"] == {"gt 359m", "lt 540m"}
    assert not outside_bounds(frozenset({"624m"}), frozenset())
    assert outside_bounds(frozenset({"624m"}), band["age bound"])  # a 52-year-old
    assert not outside_bounds(frozenset({"444m"}), band["age bound"])  # a 37-year-old
    older = qualifiers("gizmo tests are not advised for anyone 65 years of age or older")["age bound"]
    assert older == {"gt 779m"} and not outside_bounds(frozenset({"864m"}), older)  # a 72-year-old
    assert outside_bounds(frozenset({"540m"}), older)
    assert qualifiers("For gizmozumab, people 2 years and older")["age bound"] == {"gt 23m"}
    assert qualifiers("routine gizmo testing in men age 80+ years")["age bound"] == {"gt 959m"}
    assert qualifiers("gizmo testing in men under age 30 years")["age bound"] == {"lt 360m"}
    # (Two groups named, no one band: "aged 1 to 70 years ... over 70 years", or two bands.)
    assert qualifiers("gizmo 5 units daily for people aged 1 to 70 years and 8 units for people over 70 years")[
        "age bound"] == {"gt 840m"}
    assert "age bound" not in qualifiers("men ages 30 to 44 years and men ages 45 to 59 years")
    assert qualifiers("gizmo drops for infants aged 6 to 11 months")["age bound"] == {"gt 5m", "lt 12m"}
    # (Counts of time and amounts are no ages.)
    assert "age bound" not in qualifiers("give gizmozumab for 3 to 6 months")
    assert "age bound" not in qualifiers("from 2 to 5 mg daily")


def test_a_case_then_a_thing_for_a_purpose_is_asked_of_the_person() -> None:
    text = "61M smoker 25 pack yrs, gizmorin to prevent frobnitis?"
    assert as_next_asked(as_note_written(text)) == "Should a 61-year-old man smoker take gizmorin to prevent frobnitis?"
    q = read_question(text)
    assert (q.intervention, q.condition, q.yes_no) == ("gizmorin", "frobnitis", True)
    assert qualifiers(q.text)["age at"] == {"732m"}
    # (An age is no span of the case: kept.)
    assert as_next_asked("3 year old with fever 2 days, gizmol to reduce fever?") == \
        "Should a 3 year old with fever take gizmol to reduce fever?"
    assert as_next_asked("gizmorin to prevent frobnitis?") == "gizmorin to prevent frobnitis?"


def test_a_note_writes_years_and_weeks_short() -> None:
    assert as_note_written("after 5 yrs of gizmorin") == "after 5 years of gizmorin"
    assert as_note_written("cough 2 wks") == "cough 2 weeks"
    assert as_note_written("61M") == "61-year-old man"


def test_a_person_asked_to_take_a_thing_for_a_purpose() -> None:
    q = read_question("Should a 61-year-old man take gizmorin to prevent frobnitis?")
    assert (q.intervention, q.condition) == ("gizmorin", "frobnitis")


def test_screening_a_person_asked_in_the_imperative() -> None:
    assert as_next_asked("screen 70-year-old woman with no complaints for frobnitis?") == \
        "Should a 70-year-old woman with no complaints be screened for frobnitis?"
    q = read_question("screen 70F with no complaints for frobnitis?")
    assert (q.intervention, q.condition, q.yes_no) == ("screening", "frobnitis", True)
    assert read_question("screen adults for frobnitis?").text == "Should adults be screened for frobnitis?"
    assert as_next_asked("screen for frobnitis?") == "screen for frobnitis?"
