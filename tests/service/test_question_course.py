"""Questions on what a condition does of itself (its course) or what brings it about (its cause), asked of the
condition alone: the reading names the condition and the aspect asked (``Question.aspect``)."""
import pytest

from service.answer.question import asks_cause, read_question


@pytest.mark.parametrize(("text", "condition"), [
    ("Does calcific tendinitis resolve without treatment?", "calcific tendinitis"),
    ("Will a middle ear infection go away on its own?", "middle ear infection"),
    ("Do ear infections in children clear up without antibiotics?", "ear infections in children"),
    ("Does depression come back after treatment?", "depression"),
    ("Can shoulder calcification go away spontaneously?", "shoulder calcification"),
    ("Does knee osteoarthritis get worse over time?", "knee osteoarthritis"),
    ("How likely is depression to recur?", "depression"),
    ("How long does an ear infection last?", "ear infection"),
    ("Is gizmo disease self-limiting?", "gizmo disease"),
    ("What is the natural history of calcific tendinopathy?", "calcific tendinopathy"),
])
def test_a_course_asked_of_a_condition_names_it_and_asks_its_prognosis(text: str, condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.type, q.aspect) == (None, condition, "prognosis", "course")


@pytest.mark.parametrize(("text", "asked"), [
    ("What happens to calcific deposits without treatment?", "calcific deposits"),
    ("What happens to an ear infection if left untreated?", "ear infection"),
    ("What is the natural history of knee osteoarthritis?", "knee osteoarthritis"),
    ("How long does an ear infection last?", "ear infection"),
    ("Do calcific deposits resolve without treatment?", "calcific deposits resolve"),
    ("Is depression likely to recur?", "depression recur"),
    ("Does depression come back after stopping antidepressants?",
     "depression come back after stopping antidepressants"),
])
def test_a_course_asks_a_statement_to_cover_the_condition_not_the_words_it_asks_with(text: str, asked: str) -> None:
    # No source writes "What happens to", "without treatment" or "natural history" beside the course it states
    # ("... often resolves spontaneously"): only the condition, the verb asked of it and when are matched.
    assert read_question(text).match_text == asked


def test_a_question_of_another_shape_is_matched_on_its_whole_text() -> None:
    text = "Does shockwave therapy help calcific tendinopathy?"
    assert read_question(text).match_text == text


def test_a_verb_of_course_before_an_adverb_is_no_effect_with_an_object() -> None:
    # Read as an effect, "knee arthritis" was the intervention and "without" the condition.
    q = read_question("Does knee arthritis improve without treatment?")
    assert (q.intervention, q.condition, q.aspect) == (None, "knee arthritis", "course")


def test_a_verb_of_course_with_an_object_stays_an_effect() -> None:
    q = read_question("Does exercise improve knee pain?")
    assert (q.intervention, q.condition, q.type, q.aspect) == ("exercise", "knee pain", "therapy", None)


@pytest.mark.parametrize(("text", "condition"), [
    ("Why do people become iron deficient?", "iron deficient"),
    ("Why does calcium build up in the rotator cuff?", "calcium in the rotator cuff"),
    ("Who gets calcific tendinopathy?", "calcific tendinopathy"),
    ("Who is at risk of iron deficiency?", "iron deficiency"),
    ("What are the risk factors for calcific tendinopathy?", "calcific tendinopathy"),
    ("What triggers migraine attacks?", "migraine attacks"),
])
def test_a_cause_asked_of_a_condition_names_it_and_asks_a_cause(text: str, condition: str) -> None:
    q = read_question(text)
    assert (q.intervention, q.condition, q.aspect) == (None, condition, "cause")
    assert asks_cause(text)
    # Not a harm ("risk"), nor a treatment's mechanism ("why do"): the question statements of cause answer.
    assert q.type == "general"


def test_heredity_is_not_read_as_a_cause() -> None:
    # "Is breast cancer prognosis inherited?" (PubMedQA dev) lost its right "yes" when read as a cause
    assert (read_question("Is migraine hereditary?").condition, read_question("Is migraine hereditary?").aspect) == \
        (None, None)


def test_the_reason_for_a_biology_is_no_cause_of_a_condition() -> None:
    # A shared BioASQ question: its whole phrase is no condition a statement names.
    q = read_question("What is the reason for the abundance of operons in the genome of C. elegans?")
    assert (q.condition, q.aspect) == (None, None)
