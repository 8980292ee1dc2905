"""Whether the evidence is direct, session 46: answers on the default corpus that claimed no evidence, or called a
statement that answers indirect, because the question's words and the corpus's differ in grammar only ("without
co-administered vitamin D", "mild" before a condition asked for people, "combining X with Y ... than one alone", a
modifier the corpus never writes). The corpus words things as
clinicians' sources do; no test names a topic list in the code."""
from __future__ import annotations

from index.search import Index
from service.answer.models import Answer
from service.answer.pipeline import answer_question


def _asked(index: Index, question: str) -> Answer:
    return answer_question(index, question)


def test_calcium_without_co_administered_vitamin_d_is_answered_from_the_meta_analysis(loaded_index: Index) -> None:
    answer = _asked(loaded_index,
                    "Are calcium supplements without co-administered vitamin D associated with more heart attacks?")
    # base: "medcite found no relevant evidence ... Nothing is cited." beside the meta-analysis on exactly this
    assert "no relevant evidence" not in answer.bottom_line.text
    assert "Calcium supplements without vitamin D were associated with an increase" in answer.bottom_line.text
    assert answer.evidence.direct and answer.verdict == "yes"
    taken = _asked(loaded_index, "Do calcium supplements taken without vitamin D raise the risk of heart attack?")
    # base: "no relevant evidence" too, the participle "taken" read as part of the intervention's name
    assert taken.bottom_line.text.startswith("Yes. Calcium supplements without vitamin D were associated")


def test_a_mild_case_asked_for_people_is_answered_by_the_advice_for_them(loaded_index: Index) -> None:
    answer = _asked(loaded_index,
                    "What is the first-line antibiotic for mild community-acquired pneumonia in adults?")
    # base: "Indirect evidence: Amoxicillin is the recommended first-line oral antibiotic for low-severity ..."
    assert answer.bottom_line.text.startswith("Amoxicillin is the recommended first-line oral antibiotic")
    assert answer.evidence.direct


def test_a_combination_compared_with_one_alone_is_answered_directly(loaded_index: Index) -> None:
    answer = _asked(loaded_index,
                    "Is combining a nicotine patch with a short-acting nicotine product better than one alone?")
    # base: "Closest evidence: Combination nicotine replacement therapy ... is more effective than a single ..."
    assert answer.bottom_line.text.startswith("Yes. Combination nicotine replacement therapy")
    assert answer.evidence.direct


def test_an_unwritten_modifier_leaves_the_rest_as_indirect_evidence(loaded_index: Index) -> None:
    answer = _asked(loaded_index, "Is walking exercise helpful for knee osteoarthritis pain?")
    # base: "There is insufficient evidence ...; medcite found no indexed source that addresses this ..." with no quote
    assert answer.bottom_line.text.startswith("Indirect evidence:")
    assert answer.bottom_line.text.startswith("Indirect evidence: Systematic reviews of randomized trials show that "
                                              "exercise therapy reduces pain")
    assert not answer.evidence.direct


def test_no_need_to_avoid_a_food_is_no_warning_against_it(loaded_index: Index) -> None:
    answer = _asked(loaded_index, "Are green vegetables safe for people on warfarin?")
    # base: "No." above "Patients taking warfarin do not need to avoid green vegetables, but they should avoid large
    # sudden changes ...": the caveat's "should avoid" is on the changes, not the vegetables
    assert answer.bottom_line.text.startswith("Yes. Patients taking warfarin do not need to avoid green vegetables")


def test_an_unwritten_modifier_whose_rest_is_the_conditions_own_word_quotes_nothing_on_the_condition_alone(
        loaded_index: Index) -> None:
    # Review 46: "iron" of "sucrosomial iron" is a word of "iron-deficiency anaemia", so every statement on the
    # condition named "the rest" and "investigate the cause ..." was quoted as indirect evidence on the product.
    answer = _asked(loaded_index, "Is sucrosomial iron effective for iron-deficiency anaemia?")
    assert "investigate the cause" not in answer.bottom_line.text
