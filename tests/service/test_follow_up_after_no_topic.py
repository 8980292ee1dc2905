"""Follow-ups after a question that read no topic (session 49's tester chains): a follow-up is about what the question
before it was about, so where that question named no intervention or condition for it to inherit, its words are
searched with the follow-up's own. Before, "How soon should the patient be reviewed?" after a question on SSRIs for
moderate depression found no relevant evidence, and "Can she use nicotine patches?" after a question on a pregnant
smoker quoted advice for smokers at large."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import Previous, asked_after, naming_people
from service.answer.question import read_question
from tests.service.chains import chain


def test_a_follow_up_is_searched_with_the_words_of_a_question_that_read_no_topic() -> None:
    follow_up = read_question("How soon should the patient be reviewed?")
    no_topic = Previous("Are SSRIs the first antidepressant for moderate depression?", None, None)
    read = asked_after(follow_up, no_topic)
    assert read.search_text == \
        "How soon should the patient be reviewed? Are SSRIs the first antidepressant for moderate depression?"
    # a topic to inherit is inherited instead, and a follow-up's own topic is its own
    assert asked_after(follow_up, Previous("Are SSRIs first-line for moderate depression?", "SSRIs",
                                           "moderate depression")) is follow_up
    own = read_question("Is varenicline safe?")
    assert asked_after(own, no_topic) is own


def test_how_soon_to_review_after_a_question_on_antidepressants(loaded_index: Index) -> None:
    answer = chain(loaded_index, "Are SSRIs the first antidepressant for moderate depression?",
                   "How soon should the patient be reviewed?")
    assert "review patients within two weeks of starting an antidepressant" in answer.bottom_line.text


def test_she_is_the_pregnant_smoker_asked_about_before(loaded_index: Index) -> None:
    answer = chain(loaded_index, "Should a pregnant smoker be offered help to stop?", "Can she use nicotine patches?")
    assert "pregnant smokers" in answer.bottom_line.text.split(".")[0], answer.bottom_line.text


def test_the_question_before_answers_no_follow_up_on_its_own(loaded_index: Index) -> None:
    # searched with the earlier question's words, the follow-up is answered only by statements that name what it asks:
    # the statement that answered the question before ("Antidepressant medicines, usually a selective serotonin
    # reuptake inhibitor first, ...") names nothing of reviewing the patient, and is not quoted beside the review
    answer = chain(loaded_index, "Are SSRIs the first antidepressant for moderate depression?",
                   "How soon should the patient be reviewed?")
    assert "within two weeks" in answer.bottom_line.text
    assert "Antidepressant medicines" not in answer.bottom_line.text, answer.bottom_line.text
    # nor does it say "Yes." to "Can treatment be reduced later?" by the earlier question's words alone
    reduced = chain(loaded_index, "Can mild asthma be treated with budesonide-formoterol only when needed?",
                    "Can treatment be reduced later?")
    assert not reduced.bottom_line.text.startswith("Yes."), reduced.bottom_line.text
    # and what it shares with the earlier question is that question's topic, not what it asks: "prevention" of "When
    # can prevention be stopped?" did not make the first-line advice on propranolol its answer
    stopped = chain(loaded_index, "Is propranolol a first-choice drug to prevent migraine?",
                    "When can prevention be stopped?")
    assert "first-line preventive drug" not in stopped.bottom_line.text, stopped.bottom_line.text


def test_she_is_the_people_asked_about_before() -> None:
    topiramate = Previous("Should pregnant women take topiramate for migraine?", "topiramate", "migraine")
    assert naming_people("Can she use propranolol?", topiramate) == "Can pregnant women use propranolol?"
    assert naming_people("Should he take it with food?", Previous(
        "Is amoxicillin the first choice for a child with acute otitis media?", "amoxicillin", "acute otitis media")) \
        == "Should a child take it with food?"
    # "they" as often names the things asked about; no people named before, nothing to name
    assert naming_people("Can they be used in pregnancy?", topiramate) == "Can they be used in pregnancy?"
    assert naming_people("Can she use propranolol?", Previous("Is topiramate effective for migraine?", "topiramate",
                                                              "migraine")) == "Can she use propranolol?"


def test_she_asks_of_the_new_treatment_for_the_same_people(loaded_index: Index) -> None:
    answer = chain(loaded_index, "Should pregnant women take topiramate for migraine?", "Can she use propranolol?")
    assert answer.intervention == "propranolol", (answer.intervention, answer.bottom_line.text)
    assert answer.read_as == "Can pregnant women use propranolol?"
    assert "Topiramate" not in answer.bottom_line.text
