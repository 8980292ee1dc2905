""""Is X effective ...?" asks of benefit, not harm (session 45): "effective" and "effects" share the stem "effect", so
the question was read as one on side effects, and a trial's "no significant increase in serious adverse events"
then denied the benefit: "Is varenicline effective for smoking cessation?" answered "No." above the finding that
varenicline doubles to triples abstinence."""
from __future__ import annotations

from index.search import Index
from service.answer.pipeline import answer_question
from service.answer.verdict import harm_asked, names_harm


def test_effective_asks_of_benefit() -> None:
    for question in ("Is varenicline effective for smoking cessation?", "Is X more effective than Y for Z?",
                     "How effective is exercise for knee pain?", "Does X have an effect on Y?"):
        assert not harm_asked(question), question
    for question in ("What are the side effects of varenicline?", "Does X have adverse effects?",
                     "Are there complications after needle lavage?", "Is X harmful in pregnancy?",
                     "Does X increase the risk of bleeding?", "Is varenicline well tolerated?"):
        assert harm_asked(question), question


def test_names_harm_reads_words_not_stems() -> None:
    assert names_harm("No significant increase in serious adverse events was found.")
    assert names_harm("Side-effects were mild.")
    assert not names_harm("The effect on abstinence was not significantly increased.")
    assert not names_harm("Varenicline is one of the most effective single medicines.")


def test_an_effective_treatment_is_not_denied_by_a_null_harm_result(loaded_index: Index) -> None:
    for question in ("Is varenicline effective for smoking cessation?",
                     "Is varenicline effective for quitting smoking?"):
        a = answer_question(loaded_index, question)
        assert a.verdict == "yes", (question, a.verdict, a.bottom_line.text)
        assert a.bottom_line.text.startswith("Yes. Randomized trials and systematic reviews show that varenicline")
