"""A question's own words linked to the corpus's names for the same thing (session 34): a word of degree and its
nouns said by the corpus's word with a Greek prefix ("high blood sugar" / "hyperglycaemia"), a one-letter short form
("e-prescribing" / "electronic prescribing"), and an abbreviation inside a longer name ("oxidised LDL levels" /
"ox-LDL"). The topics (glucose in intensive care, prescribing systems, lipids) are not in the default corpus; the
corpora are written by the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from tests.service.corpora import answered, built

GLUCOSE = [
    "Insulin infusion is recommended for critically ill adults with persistent hyperglycaemia above 10 mmol/L.",
    "Adults with a history of hypertension need their blood pressure checked during the infusion.",
    "Hypotension in sepsis is treated with intravenous fluids first.",
]
PRESCRIBING = [
    "Electronic prescribing reduced medication errors on hospital wards.",
    "Early prescribing of antibiotics shortened the stay of patients with pneumonia.",
]


def _lexicon(texts: list[str]) -> Lexicon:
    vocabulary = {t for text in texts for t in tokenize(text)}
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), vocabulary=vocabulary,
                   passages=text_passages(texts))


def test_a_word_of_degree_and_its_nouns_are_named_by_the_corpus_word_with_the_greek_prefix() -> None:
    lexicon = _lexicon(GLUCOSE)
    # "hyperglycaemia" shares no letters with "blood" after its prefix: the embedder picks it among the corpus's
    # hyper- words ("hypertension" is one too, and further from high blood sugar)
    assert lexicon.degree_words("high blood sugar") == ["hyperglycaemia"]
    assert lexicon.degree_words("high blood sugar levels in adults") == ["hyperglycaemia in adults"]
    assert concept("high blood sugar", lexicon).mentioned_in(frozenset(tokenize(GLUCOSE[0])))
    # the corpus has no word for these: none of its hyper- or hypo- words is taken for them
    assert lexicon.degree_words("high potassium") == []
    assert lexicon.degree_words("low blood sugar") == []  # "hypotension" is no low blood sugar
    assert not concept("low blood sugar", lexicon).mentioned_in(frozenset(tokenize(GLUCOSE[2])))
    # nothing is guessed without the corpus's passages (its written words) or the embedder
    assert Lexicon({}, encode=load_embedder().encode, vocabulary=["hyperglycaemia"]).degree_words(
        "high blood sugar") == []


def test_a_one_letter_short_form_is_named_by_the_corpus_phrase_whose_word_says_more_than_the_noun() -> None:
    lexicon = _lexicon(PRESCRIBING)
    assert lexicon.short_forms("e-prescribing") == ["electronic prescribing"]
    assert concept("e-prescribing errors", lexicon).mentioned_in(frozenset(tokenize(PRESCRIBING[0])))
    # "early prescribing" has the letter too but is not what the letter stands for: not "e-prescribing"
    assert not concept("e-prescribing", lexicon).mentioned_in(frozenset(tokenize(PRESCRIBING[1])))
    # a letter with no word of the corpus before the noun, or a longer prefix, is left as it is
    assert lexicon.short_forms("t-prescribing") == []
    assert lexicon.short_forms("anti-prescribing") == []


def test_an_abbreviation_inside_a_measured_name_reaches_the_longer_defined_name() -> None:
    lexicon = Lexicon({"LDL": ["low-density lipoprotein"],
                       "ox-LDL": ["oxidised-circulating low-density lipoprotein"]})
    # "oxidised LDL levels": LDL written out, the level's thing is one word short of the defined ox-LDL
    assert "ox-LDL" in lexicon.names("oxidised LDL levels")
    assert concept("oxidised LDL levels", lexicon).mentioned_in(frozenset(tokenize("Statins lowered ox-LDL.")))
    # the thing less its measure is no name of its own: "oxidised LDL" alone is not met by a statement on LDL
    assert not concept("oxidised LDL levels", lexicon).mentioned_in(frozenset(tokenize("Statins lowered LDL.")))


@pytest.fixture(scope="module")
def glucose_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = "# Glucose in intensive care\n\n" + " ".join(GLUCOSE) + "\n"
    return built(tmp_path_factory, "glucose", {"icu-glucose.md": text})


def test_a_lay_question_is_answered_by_the_advice_on_the_corpus_term(glucose_index: Path) -> None:
    # Before: "high blood sugar" named nothing in this corpus, and the answer was indirect beside the advice.
    answer = answered(glucose_index, "Is insulin recommended for high blood sugar in critically ill adults?")
    assert answer.verdict == "yes"
    assert "critically ill adults with persistent hyperglycaemia" in answer.bottom_line.text
    assert not answer.bottom_line.text.startswith("Indirect evidence")
