"""Follow-up chains of session 46's second set (scripts/followup46b_questions.txt). "And if it is not tolerated?" asks
what is done then: before, it was read as a yes/no on the previous treatment's safety and answered "No. Oral iron
commonly causes nausea ...", where the corpus advises intravenous iron when oral iron is not tolerated. And a first
question of the shape "Is X the first drug for Y?" was read as naming no topic, so that "What are their risks?" two
follow-ups later had no treatment to ask of and quoted calcium supplements and myocardial infarction."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import Previous, as_whole_question, naming_it
from service.answer.pipeline import answer_question
from tests.service.chains import chain
from service.answer.question import read_question

ORAL_IRON = Previous("Is oral iron the first treatment for iron-deficiency anaemia?", "oral iron",
                     "iron-deficiency anaemia")


def test_an_occasion_of_it_is_asked_of_the_previous_treatment_by_name() -> None:
    assert as_whole_question("And if it is not tolerated?", ORAL_IRON) == "What if oral iron is not tolerated?"
    assert as_whole_question("What if it does not work?", ORAL_IRON) == "What if oral iron does not work?"
    assert as_whole_question("But what if it fails?", ORAL_IRON) == "What if oral iron fails?"
    # people are no occasion of the treatment, and a question of its own is read as asked
    assert as_whole_question("What if she is pregnant?", ORAL_IRON) == \
        "Is oral iron the first treatment for iron-deficiency anaemia in a person who is pregnant?"
    assert as_whole_question("And is it safe?", ORAL_IRON) == "And is it safe?"
    # with no treatment before, there is nothing to name
    assert as_whole_question("And if it is not tolerated?", Previous("How common is anaemia?", None, "anaemia")) == \
        "And if it is not tolerated?"


def test_a_pronoun_subject_is_the_previous_intervention() -> None:
    assert naming_it("Is it safe?", "varenicline") == "Is varenicline safe?"
    assert naming_it("are they safe in pregnancy?", "oral NSAIDs") == "Are oral NSAIDs safe in pregnancy?"
    assert naming_it("What are its risks?", "varenicline") is None  # not its subject
    assert naming_it("Is it safe?", None) is None


def test_if_it_is_not_tolerated_leads_with_what_is_done_then(loaded_index: Index) -> None:
    answer = chain(loaded_index, "Is oral iron the first treatment for iron-deficiency anaemia?",
                    "And if it is not tolerated?")
    assert answer.question == "And if it is not tolerated?"
    assert answer.verdict is None  # what is done then, no yes or no on oral iron
    assert answer.bottom_line.text.startswith("Intravenous iron is recommended when oral iron is not tolerated")


def test_the_first_drug_for_names_its_topic() -> None:
    q = read_question("Is topical NSAID the first drug for knee osteoarthritis?")
    assert (q.intervention, q.condition) == ("topical NSAID", "knee osteoarthritis")


def test_their_risks_after_and_x_asks_of_x(loaded_index: Index) -> None:
    answer = chain(loaded_index, "Is topical NSAID the first drug for knee osteoarthritis?", "And oral NSAIDs?",
                    "What are their risks?")
    assert answer.intervention == "oral NSAIDs"
    assert "calcium" not in answer.bottom_line.text.lower()
    assert "Oral NSAIDs may be used at the lowest effective dose" in answer.bottom_line.text


def test_the_first_drug_or_treatment_is_answered_by_the_statement_naming_that_line(loaded_index: Index) -> None:
    # "the first treatment" asks the first line, as "first-line" does: before, a result on metformin led
    for question in ("Is metformin the first treatment for type 2 diabetes?",
                     "Is metformin the first drug for type 2 diabetes?"):
        answer = answer_question(loaded_index, question)
        assert answer.bottom_line.text.startswith("Yes. UKPDS 34 is one of the main reasons that metformin became the "
                                                  "recommended first-line drug"), question


def test_a_pronoun_subject_is_asked_as_the_plain_question(loaded_index: Index) -> None:
    # "Is it safe?" after varenicline: "No." from nausea and vivid dreams, where "Is varenicline safe?" quotes the trial
    safe = chain(loaded_index, "Does varenicline help people stop smoking?", "Is it safe?")
    plain = answer_question(loaded_index, "Is varenicline safe?")
    assert safe.question == "Is it safe?"
    assert safe.verdict == plain.verdict != "no"
    assert "no significant increase in serious neuropsychiatric adverse events" in safe.bottom_line.text
    # "Is it safe with apixaban?" after vitamin K2 quotes that vitamin K does not interact with apixaban
    apixaban = chain(loaded_index, "Is vitamin K2 safe?", "Is it safe with apixaban?")
    assert "do not interact with direct oral anticoagulants such as apixaban" in apixaban.bottom_line.text


def test_an_occasion_of_they_is_asked_of_the_previous_treatment_by_name() -> None:
    # Review 46b: "they" of a plural treatment was left as asked.
    nsaids = Previous("Are topical NSAIDs the first drug for knee osteoarthritis?", "topical NSAIDs",
                      "knee osteoarthritis")
    assert as_whole_question("And if they are not tolerated?", nsaids) == "What if topical NSAIDs are not tolerated?"
