"""A question's phrase whose describing words stand in another order than the corpus's ("sugary fizzy drinks" of a
corpus that writes "fizzy sugary drinks"), session 45 (unseen45's "leafy green vegetables" of a corpus that writes
"green leafy vegetables" and "green vegetables"): the same words before the same head name the same thing, and what
the corpus leaves out of the phrase (``Lexicon.inner_less``) is read in its order. The topic (gout and fizzy
drinks) is not in the default corpus; the corpus is written by the test."""
from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from tests.service.corpora import answered, built

DRINKS = [
    "Fizzy sugary drinks such as cola are high in fructose.",
    "People with gout do not need to avoid fizzy drinks, but they should limit large amounts of fructose.",
    "Diet fizzy drinks contain no sugar and little fructose.",
]


def _idf(texts: list[str]) -> Callable[[str], float]:
    """Each term's inverse document frequency over ``texts``, one document each: "sugary" is the rarest word of
    "sugary fizzy drinks" here, so a statement must name it to meet the whole phrase."""
    seen = [frozenset(tokenize(text)) for text in texts]
    return lambda term: math.log(len(seen) / max(1, sum(term in s for s in seen)))


def _lexicon(texts: list[str]) -> Lexicon:
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)})


def test_describing_words_in_the_corpus_order_name_the_phrase() -> None:
    lexicon = _lexicon(DRINKS)
    assert lexicon.reordered("sugary fizzy drinks") == ("fizzy sugary drinks",)
    # the corpus's own order is no other order; a phrase of two words has one word before its head
    assert lexicon.reordered("fizzy sugary drinks") == ()
    assert lexicon.reordered("fizzy drinks") == ()
    # an order the corpus never writes is not one
    assert _lexicon(["Sugary drinks raise uric acid."]).reordered("sugary fizzy drinks") == ()


def test_what_the_corpus_leaves_out_is_read_in_its_order() -> None:
    asked = concept("sugary fizzy drinks", _lexicon(DRINKS), _idf(DRINKS))
    # base: the inner word of the question's order ("fizzy") was the one left out, and no text writes "sugary
    # drinks"; in the corpus's order the inner word is "sugary", and "fizzy drinks" is written and close (0.90)
    assert asked.mentioned_in(frozenset(tokenize(DRINKS[1])), text=DRINKS[1])
    assert asked.mentioned_in(frozenset(tokenize(DRINKS[0])), text=DRINKS[0])
    # the head stays: a statement on drinks at large does not name it
    other = "People with gout should drink plenty of water and other drinks."
    assert not asked.mentioned_in(frozenset(tokenize(other)), text=other)


@pytest.fixture(scope="module")
def drinks_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # one file a sentence, so that "sugary" is the rarest word of the question's phrase in the index too
    return built(tmp_path_factory, "drinks", {f"drinks-{k}.md": f"# Drinks {k}\n\n{text}\n"
                                              for k, text in enumerate(DRINKS)})


def test_a_question_in_another_word_order_reaches_the_advice(drinks_index: Path) -> None:
    answer = answered(drinks_index, "Should people with gout avoid sugary fizzy drinks?")
    # base: "insufficient evidence", the advice's "fizzy drinks" not naming "sugary fizzy drinks"
    assert "People with gout do not need to avoid fizzy drinks" in answer.bottom_line.text
    assert not answer.bottom_line.text.startswith(("Indirect evidence", "There is insufficient", "Closest"))
