"""Questions a clinician asks in everyday words, read as the shapes the reader knows, and no lean to a yes beside a
close warning (session 50's tester: "Is shockwave therapy OK if the patient takes warfarin?" answered "Yes."; "Can an
adult whose asthma has been well controlled for six months come off the inhaled steroid altogether?" and "Is a large
once-a-year dose of vitamin D a good way to supplement care home residents?" leaned yes above advice against)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.polarity import asks_to_stop
from service.answer.question import as_plain_wording, read_question
from service.answer.verdict import advised_against_beside
from index.lexical import tokenize
from service.answer.scoring import Candidate
from tests.service.test_verdict import _candidate as _bare


def _candidate(text: str, score: float) -> Candidate:
    return replace(_bare(text, score), terms=frozenset(tokenize(text)))


@pytest.mark.parametrize(("asked", "read"), [
    ("Is drugx OK if the patient takes zorb?", "Is drugx safe for a patient taking zorb?"),
    ("Is drugx fine if I am on zorb?", "Is drugx safe for a patient taking zorb?"),
    ("Is drugx okay in pregnancy?", "Is drugx safe in pregnancy?"),
    ("Is it OK to stop drugx?", "Is it OK to stop drugx?"),  # a shape of its own (stopping)
    ("Is drugx OK for gizmo disease?", "Is drugx OK for gizmo disease?"),  # "OK for" may ask whether it works
])
def test_ok_in_a_case_asks_whether_it_is_safe_there(asked: str, read: str) -> None:
    assert as_plain_wording(asked) == read


def test_such_a_question_reads_its_topic() -> None:
    q = read_question("Is drugx OK if the patient takes zorb?")
    assert (q.type, q.intervention, q.condition) == ("safety", "drugx", "patient taking zorb")
    assert q.as_asked == "Is drugx OK if the patient takes zorb?"


def test_people_defined_by_whose_state_asked_to_come_off_it() -> None:
    assert asks_to_stop("Can an adult whose gizmo disease has been controlled for six months come off drugx?")
    assert not asks_to_stop("Can an adult whose gizmo disease has been controlled for six months take drugx?")


def test_a_close_warning_on_the_asked_words_holds_back_a_lean() -> None:
    question = "Is a large yearly dose of drugx a good way to treat gizmosis?"
    first = _candidate("Drugx is recommended for people with gizmosis.", 0.7)
    warning = _candidate("Very large yearly doses of drugx should be avoided.", 0.6)
    other = _candidate("Zorb should be avoided in gizmosis.", 0.6)  # one shared word: the condition
    assert advised_against_beside(question, first, [first, warning])
    assert not advised_against_beside(question, first, [first, other])
    assert not advised_against_beside(question, first, [first, _candidate(warning.text, 0.3)])  # far below


def test_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Is shockwave therapy OK if the patient takes warfarin?").verdict == "no"
    # (a lean from closest evidence: no yes above "Inhaled corticosteroids should not be stopped completely ...")
    assert answer_question(loaded_index, "Can an adult whose asthma has been well controlled for six months come off "
                                         "the inhaled steroid altogether?").verdict in ("no", "uncertain")
    assert answer_question(loaded_index, "Is a large once-a-year dose of vitamin D a good way to supplement care home "
                                         "residents?").verdict != "yes"


@pytest.mark.parametrize(("question", "intervention"), [
    ("Is drugx a reasonable drug to prevent gizmosis?", "drugx"),
    ("Is drugx a suitable medicine for gizmosis?", "drugx"),
    ("Is drugx a sensible medication for gizmosis?", "drugx"),
])
def test_a_thing_asked_as_a_fitting_drug_is_the_intervention(question: str, intervention: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition) == (intervention, "gizmosis")


def test_people_defined_by_a_longer_clause_asked_to_use_a_thing_for_a_purpose() -> None:
    q = read_question("Can someone who has had a seizure in the past use drugx to stop smoking?")
    assert q.intervention == "drugx"
    assert q.condition is not None and q.condition.startswith("smoking in someone who has had a seizure")


def test_such_questions_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Is topiramate a reasonable drug to prevent migraine?").verdict == "yes"
    assert answer_question(loaded_index, "Can someone who has had a seizure in the past use bupropion to stop "
                                         "smoking?").verdict == "no"


def test_a_purpose_of_attaining_is_no_part_of_what_a_thing_is_taken_with() -> None:
    q = read_question("Can I combine drugx with zorb to get better gizmo control?")
    assert (q.intervention, q.condition, q.together) == ("drugx", "zorb", True)
    # an effect on a condition stays part of what is asked
    assert read_question("Can I take drugx with zorb to reduce gizmosis?").condition != "zorb"


def test_combining_against_advice_on_the_default_corpus(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Can I combine an ACE inhibitor with an angiotensin receptor blocker to get "
                                         "better blood pressure control?").verdict == "no"


def test_no_reverse_of_a_lean_on_stopping_from_statements_silent_on_it() -> None:
    from service.answer.verdict import on_stopping
    asked = "Can a patient whose gizmosis is improving stop drugx after five days?"
    course = ["A total drugx course of five days is recommended for most patients who are improving."]
    assert on_stopping(asked, "yes", course) == "yes"  # a course that ends when asked: as asked (session 51)
    assert on_stopping(asked.replace("five", "two"), "yes", course) == "no"  # another time: the reverse, as before
    assert on_stopping(asked, "yes", course, closest_only=True) == "uncertain"
    said = ["Drugx should not be stopped completely in gizmosis."]
    assert on_stopping(asked, "no", said, closest_only=True) == "no"  # speaks of stopping: as it says


def test_stopping_leans_on_the_default_corpus(loaded_index: Index) -> None:
    for asked in ("Can a patient whose pneumonia is improving stop antibiotics after five days?",
                  "Can a patient whose migraine has been well controlled for a year come off propranolol?"):
        assert answer_question(loaded_index, asked).verdict != "no"


def test_people_on_a_treatment_asked_to_start_another() -> None:
    q = read_question("Should a patient on drugx start taking zorb?")
    assert (q.intervention, q.condition) == ("zorb", "patient on drugx")
    assert read_question("Should a patient start taking zorb?").condition is None  # no treatment of theirs named


def test_on_its_own_shares_alone_with_a_close_warning() -> None:
    question = "Is drugx on its own enough for gizmosis?"
    first = _candidate("For gizmosis, zorb is a recommended option.", 0.7)
    warning = _candidate("Treatment with drugx alone is no longer recommended.", 0.6)
    assert advised_against_beside(question, first, [first, warning])


def test_session_50_second_testers_dangerous_answers(loaded_index: Index) -> None:
    assert answer_question(loaded_index, "Should a patient on warfarin start taking vitamin K2?").verdict == "no"
    assert answer_question(loaded_index, "Is a salbutamol inhaler on its own enough for an adult with mild "
                                         "asthma?").verdict != "yes"
    assert answer_question(loaded_index, "Can a patient with a mechanical valve on warfarin switch to a DOAC if the "
                                         "INR is unstable?").verdict != "yes"


@pytest.mark.parametrize(("asked", "read"), [
    ("Should I give drugx first for gizmosis?", "Should drugx be given first for gizmosis?"),
    ("Should we use topical drugx first for gizmosis?", "Should topical drugx be used first for gizmosis?"),
    ("Is it OK for someone on zorb to take drugx?", "Is it safe to take drugx for someone on zorb?"),
])
def test_active_first_and_ok_for_people_read_as_known_shapes(asked: str, read: str) -> None:
    assert as_plain_wording(asked) == read


def test_giving_a_later_line_first_on_the_default_corpus(loaded_index: Index) -> None:
    asked = "Should I give intravenous iron first for iron deficiency anaemia?"
    assert answer_question(loaded_index, asked).verdict == "no"


@pytest.mark.parametrize("asked", [
    "Is it OK for someone with gizmosis to take drugx?",  # people defined by a state, not by what they take
    "Is it OK for a woman of childbearing age to take drugx for gizmosis?",
    "Should people taking zorb start combined drugx and drugy products?",  # two things joined
    "Should a child on zorb start drugx for ear pain?",  # a purpose after the thing
    "Should I give drugx first to a patient who cannot tolerate it?",  # first for some people only
    "Should I give the first dose of drugx in hospital?",  # "first" of a dose, no thing before it
])
def test_wordings_the_reader_keeps_as_asked(asked: str) -> None:
    # (review 50b: each, rewritten, was read with a condition no statement names and lost its closest evidence's answer)
    assert as_plain_wording(asked) == asked


def test_people_defined_by_what_they_take_asked_to_have_a_thing_for_a_condition() -> None:
    q = read_question("Can a patient taking zorb have drugx therapy for gizmosis?")
    assert (q.intervention, q.condition) == ("drugx therapy", "gizmosis in a patient taking zorb")
    q = read_question("Can my patient on zorb undergo drugx therapy for gizmosis?")
    assert (q.intervention, q.condition) == ("drugx therapy", "gizmosis in my patient on zorb")


def test_session_51_testers_dangerous_yes_on_people_taking_another_drug(loaded_index: Index) -> None:
    # (session 51's tester: "Yes." above general advice on shockwave therapy, while its source advises against it in
    # people taking anticoagulants)
    asked = "Can a patient taking warfarin have extracorporeal shockwave therapy for calcific tendinopathy?"
    assert answer_question(loaded_index, asked).verdict != "yes"


def test_first_line_asked_in_the_active_is_the_rank_asked_of_all() -> None:
    assert as_plain_wording("Should I give drugx first line for gizmosis?") == \
        "Should drugx be given first line for gizmosis?"
    assert as_plain_wording("Should I give drugx first-line for gizmosis?") == \
        "Should drugx be given first-line for gizmosis?"


def test_giving_iv_iron_first_line_on_the_default_corpus(loaded_index: Index) -> None:
    # (session 51's tester: "Yes." above "Intravenous iron is recommended when oral iron is not tolerated ...")
    assert answer_question(loaded_index, "Should I give IV iron first line for iron deficiency in a non-pregnant "
                                         "adult?").verdict != "yes"

