"""How often a condition is met or a treatment taken qualifies the question, not what a statement must name (session
46): "Should an adult with asthma symptoms twice a month start a regular inhaled steroid?" asks of asthma symptoms and
inhaled steroids; the asthma guideline that never says "symptoms" names the condition by "asthma" alone."""
from __future__ import annotations

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept, text_passages
from service.answer.question import read_question
from tests.service.test_concepts import _GOUT_TEXTS


@pytest.mark.parametrize(("question", "intervention", "condition"), [
    ("Should an adult with asthma symptoms twice a month start a regular inhaled steroid?", "inhaled steroid",
     "asthma symptoms"),
    ("Is regular colchicine recommended for gout attacks three times a year?", "colchicine", "gout attacks"),
])
def test_how_often_is_no_part_of_the_topic(question: str, intervention: str, condition: str) -> None:
    q = read_question(question)
    assert (q.intervention, q.condition) == (intervention, condition)


def test_chronic_daily_headache_keeps_its_name() -> None:
    # after the condition only, and a word of its name before it is kept
    assert read_question("Does amitriptyline help chronic daily headache?").condition == "chronic daily headache"


def test_a_condition_whose_head_the_corpus_never_writes_with_it_is_named_by_the_rest() -> None:
    lexicon = Lexicon({}, encode=load_embedder().encode, passages=text_passages(_GOUT_TEXTS))
    assert lexicon.head_less("gout symptoms") == ("gout",)  # the corpus never writes "symptoms"
    assert lexicon.head_less("heart attacks") == ()  # written only together: a fixed name
    statement = "Colchicine is recommended as a first-line preventive drug for gout."
    assert concept("gout symptoms", lexicon, condition=True).mentioned_in(frozenset(tokenize(statement)),
                                                                          text=statement)
