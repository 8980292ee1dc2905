"""Follow-ups that name only what changes ("What about weight loss?", session 45): read as the previous question with
the change made, so a yes/no question stays one and the answer is on the new topic. Before, such a follow-up read no
topic of its own and answered the previous question again."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import Previous, as_whole_question
from service.answer.pipeline import answer_question

EXERCISE = Previous("Does exercise help knee osteoarthritis?", "exercise", "knee osteoarthritis")


def test_another_thing_takes_the_place_of_the_intervention() -> None:
    assert as_whole_question("What about weight loss?", EXERCISE) == \
        "Does weight loss help knee osteoarthritis?"
    assert as_whole_question("and how about propranolol", Previous(
        "Is topiramate effective for migraine prevention?", "topiramate", "migraine prevention")) == \
        "Is propranolol effective for migraine prevention?"


def test_a_setting_or_people_narrow_the_question() -> None:
    vitamin_d = Previous("Does vitamin D prevent fractures?", "vitamin D", "fractures")
    assert as_whole_question("What about in people with osteoporosis?", vitamin_d) == \
        "Does vitamin D prevent fractures in people with osteoporosis?"
    assert as_whole_question("What about children?", vitamin_d) == \
        "Does vitamin D prevent fractures in children?"
    # people the previous question names give their place to the new ones
    assert as_whole_question("How about adolescents?", Previous(
        "Should adults be screened for depression?", "screening", "depression")) == \
        "Should adolescents be screened for depression?"
    assert as_whole_question("What about children?", Previous(
        "Does vitamin D prevent fractures in older adults?", "vitamin D", "fractures in older adults")) == \
        "Does vitamin D prevent fractures in children?"


def test_a_treatment_after_a_question_on_a_condition_alone() -> None:
    anaemia = Previous("How is iron deficiency anaemia treated?", None, "iron deficiency anaemia")
    assert as_whole_question("What about intravenous iron?", anaemia) == \
        "Intravenous iron for iron deficiency anaemia?"
    # another kind of the same condition takes its place
    assert as_whole_question("What about hip osteoarthritis?", Previous(
        "How is knee osteoarthritis treated?", None, "knee osteoarthritis")) == \
        "How is hip osteoarthritis treated?"


def test_other_questions_are_left_as_asked() -> None:
    for text in ("Is it safe?", "What dose is used?", "What is known about weight loss?"):
        assert as_whole_question(text, EXERCISE) == text
    assert as_whole_question("What about weight loss?", None) == "What about weight loss?"


def test_another_kind_of_the_condition_takes_its_place(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Does exercise help knee osteoarthritis?")
    hip = answer_question(loaded_index, "What about hip osteoarthritis?", follows=first)
    assert (hip.intervention, hip.condition) == ("exercise", "hip osteoarthritis")
    assert hip.question == "What about hip osteoarthritis?"  # shown as asked


def test_what_about_answers_the_new_topic(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Does exercise help knee osteoarthritis?")
    weight = answer_question(loaded_index, "What about weight loss?", follows=first)
    assert (weight.intervention, weight.condition) == ("weight loss", "knee osteoarthritis")
    assert weight.verdict == "yes", weight.bottom_line.text
    assert "weight-loss support" in weight.bottom_line.text
    assert weight.title == "Weight Loss for Knee Osteoarthritis"
    first = answer_question(loaded_index, "Is varenicline effective for smoking cessation?")
    bupropion = answer_question(loaded_index, "What about bupropion?", follows=first)
    assert bupropion.intervention == "bupropion" and "Bupropion" in bupropion.bottom_line.text


def test_a_chain_of_follow_ups_keeps_narrowing_the_question() -> None:
    weight = Previous("What about weight loss?", "weight loss", "knee osteoarthritis")
    assert as_whole_question("What about in people who are obese?", weight) == \
        "weight loss for knee osteoarthritis in people who are obese?"
    assert as_whole_question("What about bariatric surgery?", weight) == \
        "bariatric surgery for knee osteoarthritis?"


def test_a_chain_over_the_index(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Does exercise help knee osteoarthritis?")
    weight = answer_question(loaded_index, "What about weight loss?", follows=first)
    obese = answer_question(loaded_index, "What about in people who are obese?", follows=weight)
    assert obese.intervention == "weight loss"
    assert obese.condition == "knee osteoarthritis in people who are obese"
    assert "weight-loss support" in obese.bottom_line.text


def test_the_place_whose_question_the_corpus_answers(loaded_index: Index) -> None:
    # The embedder alone put the first two closer to the other place; the corpus answers the third both ways alike,
    # and the embedder decides.
    for first, then, intervention, condition in (
            ("Can propranolol prevent migraine?", "How about amitriptyline?", "amitriptyline", "migraine"),
            ("Did vitamin D reduce cardiovascular events in the VITAL trial?", "What about cancer?", "vitamin D",
             "cancer"),
            ("Does metformin reduce diabetes-related deaths in overweight patients?", "What about all-cause mortality?",
             "metformin", "all-cause mortality")):
        a = answer_question(loaded_index, then, follows=answer_question(loaded_index, first))
        assert (a.intervention, a.condition) == (intervention, condition), (then, a.title)
    a = answer_question(loaded_index, "What about cancer?", follows=answer_question(
        loaded_index, "Did vitamin D reduce cardiovascular events in the VITAL trial?"))
    assert a.verdict == "no" and "did not lower the incidence of invasive cancer" in a.bottom_line.text
    a = answer_question(loaded_index, "What about all-cause mortality?", follows=answer_question(
        loaded_index, "Does metformin reduce diabetes-related deaths in overweight patients?"))
    assert a.bottom_line.text.startswith("Yes. Metformin reduced all-cause mortality by about 36 percent")


def test_what_is_no_thing_in_a_place_is_read_as_asked() -> None:
    # review 45: a negation would flip the question, an aspect or a pronoun is asked of the previous topic, and white
    # space alone is no follow-up
    topiramate = Previous("Is topiramate effective for preventing migraine?", "topiramate", "migraine")
    for text in ("What about not exercising?", "What about no treatment?", "What about stopping it?", "What about it?",
                 "What about the risks?", "What about side effects?", "What about the dose?", "What about how long?",
                 "What about  ", "What about ?"):
        assert as_whole_question(text, topiramate) == text, text


def test_people_and_kinds_by_their_heads() -> None:
    assert as_whole_question("What about adults?", Previous(
        "Should a 3-year-old with ear infection get antibiotics?", "antibiotics", "ear infection")) == \
        "Should adults with ear infection get antibiotics?"
    assert as_whole_question("What about people with hip osteoarthritis?", EXERCISE) == \
        "Does exercise help hip osteoarthritis?"
    assert as_whole_question("What about iron deficiency anaemia in pregnancy?", Previous(
        "How is iron deficiency anaemia treated?", None, "iron deficiency anaemia")) == \
        "How is iron deficiency anaemia in pregnancy treated?"


def test_an_aspect_follow_up_answers_of_the_previous_topic(loaded_index: Index) -> None:
    first = answer_question(loaded_index, "Is topiramate effective for preventing migraine?")
    risks = answer_question(loaded_index, "What about the risks?", follows=first)
    assert risks.intervention == "topiramate"
    assert risks.bottom_line.text.startswith("Topiramate can cause tingling")
    negated = answer_question(loaded_index, "What about not exercising?",
                              follows=answer_question(loaded_index, "Does exercise help knee osteoarthritis?"))
    assert negated.verdict != "yes"


def test_anyone_in_a_follow_up_is_no_condition(loaded_index: Index) -> None:
    # followup45: "patients" read as the condition made the warfarin guideline's answer only closest evidence
    first = answer_question(loaded_index, "Does vitamin K2 interact with warfarin?")
    then = answer_question(loaded_index, "Should patients avoid green vegetables?", follows=first)
    assert then.condition != "patients"
    assert then.verdict == "no" and "do not need to avoid green vegetables" in then.bottom_line.text


def test_a_pronoun_for_the_condition_is_the_previous_condition() -> None:
    from service.answer.question import read_question
    q = read_question("Is an X-ray needed to diagnose it?", "exercise", "knee osteoarthritis")
    assert (q.intervention, q.condition) == ("X-ray", "knee osteoarthritis")
    q = read_question("Is it safe in pregnancy?", "topiramate", "migraine")
    assert q.intervention == "topiramate"
