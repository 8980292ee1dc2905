"""Follow-ups after a question that read no topic (session 49's tester chains): a follow-up is about what the question
before it was about, so where that question named no intervention or condition for it to inherit, its words are
searched with the follow-up's own. Before, "How soon should the patient be reviewed?" after a question on SSRIs for
moderate depression found no relevant evidence, and "Can she use nicotine patches?" after a question on a pregnant
smoker quoted advice for smokers at large."""
from __future__ import annotations

from index.search import Index
from service.answer.follow_up import Previous, asked_after
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
