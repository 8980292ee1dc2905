"""Design sentences: a sentence that only says how a study was done is no finding, leads no bottom line alone, and
is quoted with the result that follows it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.search import open_index
from service.answer.design import DesignModel, design_model, design_only, words
from service.answer.evidence import answers_directly, describes_study, reports_finding
from service.answer.pipeline import answer_question
from service.answer.scoring import statements
from tests.service.candidates import candidate, sentence_spans
from tests.service.corpora import built, lead_text

DESIGN = "Patients were randomly assigned to drugx 20 mg daily or placebo and followed for 12 months."
ENROLMENT = "The trial enrolled 300 adults with gizmo disease, who were randomly assigned to drugx or placebo."
RESULT = "At six months, the drugx group had lower gizmo scores than the placebo group."



def test_the_shipped_model_reads_methods_as_design_and_results_as_not() -> None:
    model = design_model()
    assert model is not None and model.trained_on.startswith("PubMedQA dev half")
    assert design_only(DESIGN) and design_only(ENROLMENT)
    for sentence in (RESULT, "Gizmo scores did not differ between the groups at one year."):
        assert not design_only(sentence), sentence
    # A statement of two sentences is design only when both are.
    assert design_only(f"{ENROLMENT} {DESIGN}") and not design_only(f"{ENROLMENT} {RESULT}")


def test_the_model_is_a_softmax_over_word_weights() -> None:
    model = DesignModel({"randomly_assigned": (0.0, 2.0, 0.0), "lower": (0.0, 0.0, 2.0)}, (0.0, 0.0, 0.0), 1.0)
    assert "randomly_assigned" in words("Adults were randomly assigned.")
    assert words("12 of 3.5 %") == ["<num>", "of", "<dec>", "%", "<num>_of", "of_<dec>", "<dec>_%"]
    assert model.method_over_result("Adults were randomly assigned.") == pytest.approx(2.0)
    assert model.method_over_result("Scores were lower.") == pytest.approx(-2.0)
    assert DesignModel.from_json(model.to_json()) == model


def test_a_design_sentence_reports_no_finding() -> None:
    # "300 adults" and "12 months" are the words of a finding to the routing patterns; the model reads a method.
    assert not reports_finding(ENROLMENT) and not reports_finding(DESIGN)
    assert describes_study(ENROLMENT)
    assert reports_finding(RESULT) and not describes_study(RESULT)
    assert reports_finding(f"{ENROLMENT} {RESULT}") and not describes_study(f"{ENROLMENT} {RESULT}")


def test_a_design_sentence_is_quoted_with_the_result_after_it() -> None:
    text = f"{DESIGN} {RESULT} Gizmo disease is common in older adults."
    found = statements(text, sentence_spans(text))
    assert found[0] == (f"{DESIGN} {RESULT}", True)
    # Without a result after it, it stands alone (and answers nothing: ``reports_finding``).
    text = f"{DESIGN} {ENROLMENT}"
    assert statements(text, sentence_spans(text))[0] == (DESIGN, False)


@pytest.fixture(scope="module")
def trial_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "design", {
        "drugx-trial.md": ("---\ntitle: Trial report 17\ntype: research\n---\n\n"
                           "Gizmo disease is a painful condition of the knee in older adults. "
                           "Adults with gizmo disease were randomly assigned to drugx 20 mg daily or placebo and "
                           "followed for 12 months. "
                           "At six months, the treated group had lower pain scores than the placebo group.\n"),
        "wotsit-trial.md": ("---\ntitle: The WOTSIT trial\ntype: research\n---\n\n"
                            "The WOTSIT trial enrolled 400 adults with blorf syndrome, who were randomly assigned "
                            "to zapotine or placebo. "
                            "Adults with blorf syndrome were randomly assigned to zapotine 10 mg daily or placebo "
                            "and followed for 24 months.\n"),
    })


def test_the_bottom_line_quotes_a_design_with_its_result(trial_index: Path) -> None:
    answer = answer_question(open_index(trial_index), "Does drugx relieve gizmo disease?")
    assert "the treated group had lower pain scores" in lead_text(answer)


def test_design_sentences_alone_are_no_direct_evidence_and_state_no_yes(trial_index: Path) -> None:
    answer = answer_question(open_index(trial_index), "Does zapotine help blorf syndrome?")
    assert answer.evidence.level == "indirect"
    assert not answer.bottom_line.text.startswith(("Yes.", "No."))


def test_advice_and_null_results_are_never_a_method() -> None:
    # Words of dose and time read as a method to a model trained on abstracts; a guideline's advice is advice.
    advice = ("Adults with gizmo disease should be given drugx 20 mg daily for 12 months, and followed up every 3 "
              "months.")
    assert not design_only(advice) and reports_finding(advice)
    text = f"{advice} Gizmo scores fell in most treated adults."
    assert statements(text, sentence_spans(text))[0] == (advice, False)


def test_without_a_topic_a_study_named_by_its_design_and_no_result_is_not_direct() -> None:
    def unanchored(text: str) -> bool:
        return answers_directly(replace(candidate(text), direct=True, anchored=False))

    assert not unanchored(f"The GIZMO study was a randomized, placebo-controlled trial. {ENROLMENT}")
    assert unanchored(f"The GIZMO study was a randomized, placebo-controlled trial. {RESULT}")
    # A statement naming no design is read as before, whatever the model says of it.
    background = ("Although blorf drugs have changed the clinical course of gizmo disease, survival rates and "
                  "resistance-to-therapy data confirm that about 30% of patients fail to respond.")
    assert describes_study(background) and unanchored(background)


def test_a_sentence_that_speaks_of_no_study_is_no_method() -> None:
    # The model reads doses and numbers of people as a method; a sentence naming no study or its people is none.
    sentence = "Hypercalcaemia from drugx is uncommon at doses up to 4000 units per day in adults."
    model = design_model()
    assert model is not None and model.method_over_result(sentence) > model.margin
    assert not design_only(sentence)


def test_a_report_of_what_was_found_is_never_a_method() -> None:
    reported = ("A study in rats published in 2007 reported that a diet high in drugx partly reversed gizmo "
                "calcification.")
    assert not design_only(reported) and reports_finding(reported)


def test_a_dose_question_is_answered_by_the_dose_a_study_gave() -> None:
    # How much a study gave is a method, and what a dosing question asks (session 28: "What dose of MK-7 was
    # used in trials?" lost its "doses in the pooled trials ranged from ..." to the design model).
    dose = replace(candidate(DESIGN, i=True, c=True), anchored=True)
    assert design_only(DESIGN) and not answers_directly(dose)
    assert answers_directly(dose, dose_asked=True)
    assert not answers_directly(replace(candidate(ENROLMENT, i=True, c=True), anchored=True), dose_asked=True)


def test_the_dose_a_trial_gave_leads_a_dose_question(trial_index: Path) -> None:
    answer = answer_question(open_index(trial_index), "What dose of zapotine was used in trials?")
    assert "zapotine 10 mg daily" in lead_text(answer)
    assert answer.evidence.level != "indirect"
