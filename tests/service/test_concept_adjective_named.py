"""A one-word condition the corpus never writes, named as the corpus says it: by its adjective before a noun
("hypoglycaemic episodes" for a question's "hypoglycaemia"; session 49, issue 8). The stemmer keeps "hypoglycaemia"
and "hypoglycaemic" apart, so the question's word met nothing its sources say. The potassium topic is not in the
default corpus; its corpus is written by the test."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from index.search import Index
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from service.answer.pipeline import answer_question
from tests.service.corpora import answered, built

POTASSIUM = [
    "In a randomized trial of 400 adults with heart failure, spironolactone was associated with fewer hypokalaemic "
    "episodes than furosemide.",
    "Hypokalaemic episodes were defined as a serum potassium below 3.5 mmol/L.",
    "Furosemide improved breathlessness within days.",
]


def _lexicon(texts: list[str]) -> Lexicon:
    encode = load_embedder().encode
    vocabulary = {t for text in texts for t in tokenize(text)}
    return Lexicon({}, ["heart failure"], np.asarray(encode(["heart failure"]), dtype=np.float32), encode=encode,
                   counts=text_counts(texts), vocabulary=vocabulary, passages=text_passages(texts))


def test_a_condition_the_corpus_never_writes_is_named_by_its_adjective_before_a_noun() -> None:
    lexicon = _lexicon(POTASSIUM)
    assert lexicon.adjective_named("hypokalaemia") == ("hypokalaemic episodes",)
    assert concept("hypokalaemia", lexicon, condition=True).mentioned_in(frozenset(tokenize(POTASSIUM[0])),
                                                                         text=POTASSIUM[0])


def test_no_adjective_where_the_corpus_writes_the_noun_itself() -> None:
    # a corpus that writes "hypokalaemia" names the thing by it; its adjective is left to the statements that use it
    texts = [*POTASSIUM, "Hypokalaemia is common with loop diuretics."]
    assert _lexicon(texts).adjective_named("hypokalaemia") == ()


def test_the_adjective_before_another_thing_is_no_name_of_the_condition() -> None:
    # "hypoglycaemic herbs" lower glucose: they are not hypoglycaemia, and the adjective alone names nothing. (Not
    # "hypoglycaemic drugs": the int8 embedder puts that pair 0.73-0.76 from the word, by CPU and batch, astride
    # ADJECTIVE_NAMED_MIN_COSINE 0.74; "hypoglycaemic herbs" is some 0.60 on any.)
    texts = ["Hypoglycaemic herbs were taken by 300 adults.", "Hypoglycaemic herbs were stopped."]
    lexicon = _lexicon(texts)
    assert lexicon.adjective_named("hypoglycaemia") == ()
    assert not concept("hypoglycaemia", lexicon, condition=True).mentioned_in(frozenset(tokenize(texts[0])),
                                                                              text=texts[0])


@pytest.fixture(scope="module")
def potassium_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "potassium", {
        "diuretics-potassium.md": "# Spironolactone versus furosemide in heart failure: randomized trial\n\n"
                                  + " ".join(POTASSIUM) + "\n"})


def test_a_question_on_a_harm_said_as_a_noun_is_answered_by_the_adjective_s_statement(potassium_index: Path) -> None:
    # Before: "hypokalaemia" named no statement and the answer was that the evidence was insufficient.
    answer = answered(potassium_index, "Is spironolactone less likely than furosemide to cause hypokalaemia?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert "fewer hypokalaemic episodes" in answer.bottom_line.text


def test_metformin_against_a_sulfonylurea_on_hypoglycaemia_is_answered(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is metformin less likely than a sulfonylurea to cause hypoglycaemia?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert "fewer hypoglycaemic episodes" in answer.bottom_line.text


def test_the_direction_a_statement_gives_the_adjective_s_name_answers_whether_it_is_caused(
        potassium_index: Path) -> None:
    # "fewer hypokalaemic episodes" moves the asked condition down for spironolactone: a question whether it causes
    # the condition reads that direction in the statement's words, not the question's ("hypokalaemia").
    answer = answered(potassium_index, "Does spironolactone cause hypokalaemia?")
    assert answer.verdict == "no", answer.bottom_line.text


def test_metformin_causing_hypoglycaemia_is_read_from_fewer_hypoglycaemic_episodes(loaded_index: Index) -> None:
    # Before this session's names: "insufficient"; with them and not the direction: a "yes" that the quote denies.
    answer = answer_question(loaded_index, "Does metformin cause hypoglycaemia?")
    assert answer.verdict == "no", answer.bottom_line.text
