"""A level asked of a thing, named as the corpus measures it: "vitamin D levels" by "serum 25-hydroxyvitamin D", a
derivative the corpus writes where it never writes the thing's level itself (session 49, issue 8). The pregnancy
topic is not in the default corpus; its corpus is written by the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from index.search import Index
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from service.answer.pipeline import answer_question
from tests.service.corpora import answered, built

PREGNANCY = [
    "Routine screening of serum 25-hydroxyvitamin D in pregnant women without risk factors is not recommended.",
    "Pregnant women should take 10 micrograms of vitamin D daily during pregnancy and breastfeeding.",
    "Vitamin K is given to newborns at birth to prevent bleeding.",
]
# Other antenatal care, with the question's other words ("testing", "levels") as the corpus's common words.
ANTENATAL = {
    "glucose.md": "# Gestational diabetes\n\nTesting of blood glucose levels is offered at 24 to 28 weeks to women "
                  "with risk factors for gestational diabetes. High glucose levels lead to dietary advice.\n",
    "anaemia.md": "# Anaemia in pregnancy\n\nHaemoglobin levels are checked at booking and at 28 weeks. Iron is "
                  "offered when haemoglobin levels are low, and testing is repeated after treatment.\n",
    "blood-pressure.md": "# Hypertension in pregnancy\n\nBlood pressure and urine protein levels are checked at each "
                         "antenatal visit. Testing for proteinuria is done with a dipstick.\n",
}


def _lexicon(texts: list[str]) -> Lexicon:
    vocabulary = {t for text in texts for t in tokenize(text)}
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), vocabulary=vocabulary,
                   passages=text_passages(texts))


def test_a_level_is_named_by_the_derivative_the_corpus_measures() -> None:
    lexicon = _lexicon(PREGNANCY)
    assert lexicon.measured_as("vitamin D levels") == ["hydroxyvitamin D levels"]
    asked = concept("routine testing of vitamin D levels", lexicon)
    assert asked.mentioned_in(frozenset(tokenize(PREGNANCY[0])), text=PREGNANCY[0])


def test_no_derivative_the_corpus_never_writes_of_that_thing() -> None:
    # 25-hydroxyvitamin D is vitamin D's: "vitamin K levels" are not measured as a "hydroxyvitamin K"
    assert _lexicon(PREGNANCY).measured_as("vitamin K levels") == []


def test_no_derivative_where_the_corpus_writes_the_thing_s_level_itself() -> None:
    texts = [*PREGNANCY, "Vitamin D levels fall in winter."]
    assert _lexicon(texts).measured_as("vitamin D levels") == []


@pytest.fixture(scope="module")
def pregnancy_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "pregnancy", {
        "vitamin-d-pregnancy.md": "# Vitamin D in pregnancy: guideline\n\n" + " ".join(PREGNANCY) + "\n", **ANTENATAL})


def test_routine_testing_of_a_level_is_answered_by_the_advice_on_its_derivative(pregnancy_index: Path) -> None:
    # Before: the advice named no "vitamin D levels" and the answer was that the evidence was insufficient.
    answer = answered(pregnancy_index, "Is routine testing of vitamin D levels recommended in pregnant women?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "25-hydroxyvitamin D" in answer.bottom_line.text


def test_routine_vitamin_d_testing_in_healthy_adults_is_answered(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is routine testing of vitamin D levels recommended in healthy adults?")
    assert answer.verdict == "no", answer.bottom_line.text
    assert "Routine screening of serum 25-hydroxyvitamin D" in answer.bottom_line.text
