"""A question's plain name linked to the name the corpus uses, from what the corpus itself says (session 37): a
sentence that says what a thing is ("Cystitis is an infection of the urinary bladder": a question on bladder
infections is answered by the advice on cystitis), and the corpus's adjective for the question's noun modifier
("epileptic seizures" for "epilepsy seizures"). The topics (urinary infection, epilepsy) are not in the default
corpus; the corpora are written by the tests."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from ingest.kinds import corpus_kinds
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from tests.service.corpora import answered, built

CYSTITIS = [
    "Cystitis is an infection of the urinary bladder that is common in women.",
    "Nitrofurantoin is recommended as first-line treatment for uncomplicated cystitis in women.",
    "Kidney infection needs a longer course of antibiotics than lower urinary tract infection.",
]
EPILEPSY = [
    "Epileptic seizures lasting more than five minutes should be treated with buccal midazolam.",
    "Epileptic seizures in pregnancy need specialist review.",
    "Seizure diaries help adjust the dose.",
]


def test_a_kind_of_a_name_one_leading_word_longer_is_a_kind_of_the_phrase() -> None:
    lexicon = Lexicon({}, kinds=corpus_kinds(CYSTITIS))
    # the corpus says cystitis is a urinary bladder infection, so it is a bladder infection
    assert lexicon.kinds("bladder infection") == ["cystitis"]
    assert concept("bladder infections", lexicon).mentioned_in(frozenset(tokenize(CYSTITIS[1])))
    # one way only, and the head kept: "urinary bladder" is no infection, a cystitis statement says nothing of
    # kidney infection
    assert lexicon.kinds("urinary bladder") == []
    assert lexicon.kinds("cystitis") == []
    assert not concept("kidney infection", lexicon).mentioned_in(frozenset(tokenize(CYSTITIS[1])))


def _lexicon(texts: list[str], phrases: list[str]) -> Lexicon:
    encode = load_embedder().encode
    vectors = np.asarray(encode(phrases), dtype=np.float32)
    vocabulary = {t for text in texts for t in tokenize(text)}
    return Lexicon({}, phrases, vectors, encode=encode, counts=text_counts(texts), vocabulary=vocabulary,
                   passages=text_passages(texts))


def test_a_noun_modifier_is_named_by_the_adjective_the_corpus_writes_for_it() -> None:
    lexicon = _lexicon(EPILEPSY, ["epileptic seizures", "seizure diaries"])
    assert lexicon.adjective_forms("epilepsy seizures") == ("epileptic seizures",)
    assert lexicon.adjective_forms("epilepsy seizures in pregnancy") == ("epileptic seizures in pregnancy",)
    assert concept("epilepsy seizures", lexicon).mentioned_in(frozenset(tokenize(EPILEPSY[0])))
    # the head is kept: "epilepsy diaries" are no "epileptic seizures"
    assert lexicon.adjective_forms("epilepsy diaries") == ()
    assert not concept("epilepsy diaries", lexicon).mentioned_in(frozenset(tokenize(EPILEPSY[0])))


def test_no_adjective_is_taken_where_the_corpus_writes_the_question_s_own_words_more() -> None:
    texts = [*EPILEPSY, *(f"Epilepsy seizures were counted in patient {n}." for n in range(4))]
    assert _lexicon(texts, ["epileptic seizures"]).adjective_forms("epilepsy seizures") == ()


def test_no_adjective_of_another_word_of_the_family_or_of_a_short_word() -> None:
    # "epileptogenic" ends as adjectives do but adds more to "epilep" than a derived form: another word of the family;
    # a word of four letters ("diet" / "dietary") is too short to tell a derived form from another word
    texts = ["Epileptogenic foci were removed.", "Epileptogenic foci recur.", "Dietary advice helps.",
             "Dietary advice was given."]
    lexicon = _lexicon(texts, ["epileptogenic foci", "dietary advice"])
    assert lexicon.adjective_forms("epilepsy foci") == ()
    assert lexicon.adjective_forms("diet advice") == ()


@pytest.fixture(scope="module")
def cystitis_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "cystitis", {"cystitis.md": "# Cystitis in women\n\n" + " ".join(CYSTITIS) + "\n"})


def test_a_question_on_bladder_infections_is_answered_by_the_advice_on_cystitis(cystitis_index: Path) -> None:
    # Before: "bladder infections" named nothing the advice says, and the answer was indirect.
    answer = answered(cystitis_index, "Is nitrofurantoin recommended for bladder infections in women?")
    assert answer.verdict == "yes"
    assert "uncomplicated cystitis in women" in answer.bottom_line.text
    assert not answer.bottom_line.text.startswith("Indirect evidence")
