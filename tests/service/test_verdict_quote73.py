"""Verdicts that agree with the advice they stand above: advice against halting a thing is advice for going on with it,
a phrase put first or not; a "yes" resting on advice for another span of time is a "no" where the source advises
against the thing in the asked span; advice that leaves a thing to choice is no obligation to do it; a value in
milliseconds meets a rule's threshold, and advice to switch people to an alternative is against what they take; and no
"yes" resting on a statement about those already on a thing stands above a quoted "do not". Every topic and name here
is made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import DocumentKind
from service.answer.bounds import spans_apart, within_span
from service.answer.cutoffs import meets_named_threshold
from service.answer.need import left_to_choice
from service.answer.pipeline import _quoted_against
from service.answer.polarity import as_asked, stance
from service.answer.question import read_question
from tests.service.candidates import scored
from tests.service.corpora import answered, guideline_index, lead_text

# --- halting ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Halting gizmab therapy is not recommended.",
    "In those with wobble spondylitis who reach the clinical target, halting gizmab therapy is not recommended.",
    "In patients in remission, discontinuation of gizmab is not recommended.",
])
def test_advice_against_halting_is_for_going_on(text: str) -> None:
    assert stance(text, frozenset({"gizmab", "therapi"}), stopping_asked=True) == "for"


def test_advice_against_the_thing_itself_stays_against() -> None:
    text = "In patients with wobble spondylitis who reach the clinical target, gizmab therapy is not recommended."
    assert stance(text, frozenset({"gizmab", "therapi"})) == "against"


# --- spans of time ----------------------------------------------------------------------------------------------------

_AFTER = "Frobnocentesis should be offered for wobble testing after 15 weeks of gestation."


@pytest.mark.parametrize(("question", "apart"), [
    ("Is frobnocentesis before 15 weeks acceptable?", True),
    ("Is frobnocentesis at 12 weeks acceptable?", True),
    ("Is frobnocentesis prior to 14 weeks acceptable?", True),
    ("Is frobnocentesis at 16 weeks acceptable?", False),  # inside the span
    ("Is frobnocentesis before 20 weeks acceptable?", False),  # the spans meet (15 to 20 weeks)
    ("Is frobnocentesis before 5 months acceptable?", False),  # another unit: not compared
    ("Is frobnocentesis acceptable?", False),  # no time asked
])
def test_a_time_asked_outside_the_stated_span(question: str, apart: bool) -> None:
    assert spans_apart(question, _AFTER) is apart


def test_a_statement_within_the_asked_span() -> None:
    question = "Is frobnocentesis before 15 weeks acceptable?"
    assert within_span(question, "Early frobnocentesis (prior to 15 weeks' gestation) is not recommended.")
    assert not within_span(question, _AFTER)
    assert not within_span(question, "Frobnocentesis is not recommended for wobble testing.")  # no span stated


_SPANS = """Frobnocentesis should be offered as the diagnostic test for wobble aneuploidy after 15 weeks of
gestation. Early frobnocentesis (prior to 15 weeks' gestation) is not recommended because of the increased risks of
pregnancy loss and fluid leakage. Gizmo villus sampling should be offered as the diagnostic test for wobble aneuploidy
in the first trimester."""


@pytest.fixture(scope="module")
def spans_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return guideline_index(tmp_path_factory, "spans73", "Prenatal testing for wobble aneuploidy", _SPANS)


def test_a_yes_for_another_span_is_the_no_for_the_asked_one(spans_index: Path) -> None:
    answer = answered(spans_index,
                      "Is frobnocentesis before 15 weeks an acceptable diagnostic test for wobble aneuploidy?")
    assert answer.verdict == "no", answer.bottom_line
    assert lead_text(answer).startswith("Early frobnocentesis (prior to 15 weeks")


def test_a_time_inside_the_span_keeps_its_yes(spans_index: Path) -> None:
    answer = answered(spans_index, "Is frobnocentesis at 18 weeks an acceptable diagnostic test for wobble aneuploidy?")
    assert answer.verdict == "yes", answer.bottom_line


# --- obligation -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "text"), [
    ("Do I have to give gizmocillin for wobble otitis?",
     "The clinician should either prescribe gizmocillin or observe with close follow-up."),
    ("Are frobnodynamic studies required before a gizmo sling?",
     "Physicians may omit frobnodynamic testing when wobble incontinence is clearly demonstrated."),
    ("Is a frobnin scan mandatory before surgery?", "A frobnin scan may be omitted in low-risk patients."),
    ("Is a frobnin scan needed before surgery?", "A frobnin scan may be omitted in low-risk patients."),
])
def test_advice_leaving_the_asked_thing_to_choice(question: str, text: str) -> None:
    assert left_to_choice(question, text)


@pytest.mark.parametrize(("question", "text"), [
    # not asked whether it must be done: an option is a yes
    ("Can I give gizmocillin for wobble otitis?",
     "The clinician should either prescribe gizmocillin or observe with close follow-up."),
    # the choice left is of something else
    ("Do I have to give gizmocillin for wobble otitis?",
     "The clinician should either offer frobnol drops or observe with close follow-up."),
    ("Are frobnodynamic studies required before a gizmo sling?", "Frobnodynamic testing is required before a sling."),
    # "either" in a condition, not two courses
    ("Wobble FEV1 and DLCO both above 60% - any further testing needed?",
     "If either the wobble FEV1 or the DLCO is below 60%, an exercise test is recommended."),
])
def test_no_choice_left_of_the_asked_obligation(question: str, text: str) -> None:
    assert not left_to_choice(question, text)


def test_either_course_turns_the_yes_as_asked() -> None:
    # (the rule readings turn the advice's way as asked, ``polarity.as_asked``: read as advice for the drug, it was a
    # "Yes." to "do I have to give it?" above "either ... or offer observation")
    text = "The clinician should either prescribe gizmocillin or observe with close follow-up."
    assert as_asked("3 year old, wobble otitis, mild pain - do I have to give gizmocillin?", "yes", text) == "no"
    assert as_asked("3 year old, wobble otitis, mild pain - can I give gizmocillin?", "yes", text) == "yes"


# --- a rule's measure in milliseconds, and advice to switch away ------------------------------------------------------


def test_a_value_in_milliseconds_is_a_given_value() -> None:
    question = "52M, baseline ECG QTz 515 ms - can I start frobnadone?"
    rule = "The panel recommends against use of frobnadone in patients with a baseline QTz interval >500 ms."
    assert meets_named_threshold(question, rule)


@pytest.mark.parametrize(("text", "way"), [
    ("Clinicians should switch frobnadone-treated adults with a QTz interval ≥500 ms to an alternative analgesic.",
     "against"),
    ("Switch patients on frobnadone to a different analgesic if the QTz interval exceeds 500 ms.", "against"),
])
def test_advice_to_switch_away_is_against(text: str, way: str) -> None:
    assert stance(text, frozenset({"frobnadon"})) == way


def test_advice_to_switch_to_a_named_thing_is_not_against_it() -> None:
    assert stance("Clinicians should switch adults with wobble pain to frobnadone.", frozenset({"frobnadon"})) != \
        "against"


# --- a yes above a quoted "do not" ------------------------------------------------------------------------------------

_DISCUSS = ("If people with wobble fibrosis already take zapotherm or gizmolol, talk through the possible harms and "
            "gains of stopping, going on with or changing their treatment.")
_DO_NOT = "Do not give the following medicines, singly or together, to alter the course of wobble fibrosis: Zapotherm."
_QUESTION = read_question("Is there a role for zapotherm plus gizmolol to slow wobble fibrosis progression?")


def test_a_yes_resting_on_no_advice_above_a_quoted_do_not_is_hedged() -> None:
    resting, against = (scored(t, 0.9, "fibrosis", DocumentKind.GUIDELINE) for t in (_DISCUSS, _DO_NOT))
    assert _quoted_against(_QUESTION, resting, [resting, against])


def test_no_hedge_without_the_do_not_or_from_another_source() -> None:
    resting = scored(_DISCUSS, 0.9, "fibrosis", DocumentKind.GUIDELINE)
    elsewhere = scored(_DO_NOT, 0.9, "other", DocumentKind.GUIDELINE)
    assert not _quoted_against(_QUESTION, resting, [resting])
    assert not _quoted_against(_QUESTION, resting, [resting, elsewhere])
    # (a yes resting on advice for the thing stands, a branch for other people beside it; and asked of those already
    # on it, the statement on them is the answer)
    advised = scored("Offer zapotherm to people with wobble fibrosis.", 0.9, "fibrosis", DocumentKind.GUIDELINE)
    against = scored(_DO_NOT, 0.9, "fibrosis", DocumentKind.GUIDELINE)
    assert not _quoted_against(_QUESTION, advised, [advised, against])
    on_it = read_question("She already takes zapotherm for wobble fibrosis - is there a role for going on with it?")
    resting = scored(_DISCUSS, 0.9, "fibrosis", DocumentKind.GUIDELINE)
    assert not _quoted_against(on_it, resting, [resting, against])
