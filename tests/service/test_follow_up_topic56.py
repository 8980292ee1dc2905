"""Follow-ups that lost or mis-carried the topic (session 56's blind test): a thing asked of no condition after a
question on one is asked of that condition; a follow-up after a question that read no topic is searched with what that
question asked something of, not with what it asked; a topic the answer before found nothing on is not inherited; and
a state said first by "she's ..." ("she's planning pregnancy, is X ok") is read as the question asked in that
patient."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import Previous, asked_after, topic_of
from service.answer.pipeline import answer_question
from service.answer.question import as_state_first, read_question
from tests.service.chains import chain
from tests.service.corpora import lead_text


def test_a_thing_asked_of_no_condition_is_searched_with_the_condition_before() -> None:
    follow_up = read_question("How much gizmo loss is needed to make a difference?")
    assert follow_up.intervention == "gizmo loss" and follow_up.condition is None
    before = Previous("core treatment for wobble arthritis", "core treatment", "wobble arthritis")
    read = asked_after(follow_up, before)
    assert read.context == "wobble arthritis"
    assert "wobble arthritis" in read.search_text
    assert read.condition is None  # not the question's condition: a statement on the thing alone still answers
    # not its harms, asked wherever it is used, nor the thing asked before again
    harms = read_question("Is gizmo loss safe?")
    assert asked_after(harms, before) is harms
    again = read_question("How much core treatment is needed?")
    assert asked_after(again, Previous("core treatment for wobble arthritis", again.intervention,
                                       "wobble arthritis")) is again


def test_a_follow_up_is_searched_with_what_the_question_before_asked_of() -> None:
    assert topic_of("what's the target gizmo level for gizmocillin in wobble fever") == "gizmocillin in wobble fever"
    assert topic_of("What is the usual dose of gizmocillin?") == "gizmocillin"
    assert topic_of("Are gizmos the first choice for wobble fever?") == "Are gizmos the first choice for wobble fever?"
    follow_up = read_question("pt wants to start a supplement, what should I do")
    read = asked_after(follow_up, Previous("what's the target gizmo level for gizmocillin in wobble fever", None,
                                           None))
    assert read.context == "gizmocillin in wobble fever"


def test_a_state_said_first_with_shes() -> None:
    assert as_state_first("she's planning pregnancy, is gizmomab ok") == \
        "Is gizmomab ok in a patient planning pregnancy?"
    assert as_state_first("pt is trying for a baby, is gizmomab ok?") == \
        "Is gizmomab ok in a patient trying for a baby?"
    # "she's had" is "she has had", not a state this reads
    assert as_state_first("she's had a stroke, is gizmomab ok") == "she's had a stroke, is gizmomab ok"
    assert as_state_first("he is taking gizmocillin, is gizmomab ok?") == \
        "Is gizmomab ok in a patient taking gizmocillin?"


def test_planning_pregnancy_asks_of_the_drug_named(loaded_index: Index) -> None:
    answer = chain(loaded_index, "first line drugs for migraine prophylaxis",
                   "she's planning pregnancy, is topiramate ok")
    assert answer.intervention == "topiramate", answer.bottom_line.text
    assert "avoided in pregnancy" in lead_text(answer), answer.bottom_line.text
    assert answer.verdict == "no", answer.bottom_line.text  # read as a patient planning pregnancy (subgroup)


def test_weight_loss_follow_up_keeps_the_condition(loaded_index: Index) -> None:
    answer = chain(loaded_index, "core treatment for knee OA", "how much weight loss is needed to make a difference")
    assert "5 to 10 percent" in answer.bottom_line.text.split(".")[0], answer.bottom_line.text


def test_a_supplement_after_a_question_on_the_target_level(loaded_index: Index) -> None:
    answer = chain(loaded_index, "what's the target INR for warfarin in AF",
                   "pt wants to start a K2 supplement, what should I do")
    assert "vitamin K" in answer.bottom_line.text.split(".")[0], answer.bottom_line.text


def test_a_topic_the_answer_before_found_nothing_on_is_not_inherited(loaded_index: Index) -> None:
    # (A short form no text defines: "BP", the tester's, is read as "blood pressure" since session 57.)
    first = answer_question(loaded_index, "BPX still high on three drugs, what next?")
    assert first.evidence.level == "none", first.bottom_line.text
    answer = chain(loaded_index, "BPX still high on three drugs, what next?", "do I need to check potassium")
    assert "potassium" in answer.bottom_line.text, answer.bottom_line.text
