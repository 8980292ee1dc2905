"""Clinical vignettes in questions (session 58): a patient's age, sex and history said first are whom the question is
asked of, not the thing asked about, and the question after them is read as asked of that person."""
from service.answer.question import read_question


def test_case_then_pronoun_question_is_asked_of_the_person() -> None:
    q = read_question("wobble pt age 62 not frobnic, should he be on gizmostatin?")
    assert q.text == "Should a wobble patient age 62 not frobnic be on gizmostatin?"
    assert q.yes_no


def test_case_then_dash_may_she_have_a_thing() -> None:
    q = read_question("pregnant 31F with wobble shoulder - can she have gizmotherapy?")
    assert q.text == "Can gizmotherapy be used in a pregnant 31-year-old woman with wobble shoulder?"
    assert q.intervention == "gizmotherapy"
    assert "31-year-old" not in (q.intervention or "")


def test_case_then_value_aimed_at() -> None:
    q = read_question("66F with prior frobnitis, XYZ goal?")
    assert q.text == "What is the XYZ goal in a 66-year-old woman with prior frobnitis?"
    q = read_question("74M QRS 180 persistently, what target?")
    assert q.text == "What is the target in a 74-year-old man QRS 180 persistently?"


def test_case_then_act_on_him_in_first_person() -> None:
    q = read_question("24M just started gizmoline for the glums - when should i see him again?")
    assert q.text == "When should i see a 24-year-old man who just started gizmoline for the glums again?"
    assert q.intervention is None


def test_aged_person_is_never_the_intervention() -> None:
    q = read_question("57yo smoker treated for frobnitis - repeat gizmogram and when?")
    assert not (q.intervention or "").startswith("57-year-old")


def test_thing_for_people_to_stop_a_process() -> None:
    q = read_question("gizmo Q7 for gizmodialysis pt to stop frobnic calcification?")
    assert q.text == "Should gizmo Q7 be used to prevent frobnic calcification in a gizmodialysis patient?"
    assert q.intervention == "gizmo Q7"
    assert q.condition == "frobnic calcification in a gizmodialysis patient"
    q = read_question("gizmorin for gizmodialysis patients to prevent frobnic calcification?")
    assert q.intervention == "gizmorin"
    assert q.condition == "frobnic calcification in gizmodialysis patients"
