"""Concept forms learned from naming grammar, the corpus and the embedder (session 20): a compound written as
one word or two ("shock wave" / "shockwave"), and a letter named by its numbered subtype ("vitamin D" in
"vitamin D3"). The topics are invented where the rule allows it; the corpora are written by the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from index.search import open_index
from service.answer.concepts import Lexicon, concept, text_counts
from service.answer.pipeline import answer_question
from service.answer.scoring import _AIM, statements
from tests.service.corpora import built


def test_two_words_are_named_by_the_compound_the_corpus_writes_as_one() -> None:
    texts = ["Extracorporeal shockwave therapy was given to the gizmo tendons.", "A plan for gizmo care."]
    lexicon = Lexicon({}, counts=text_counts(texts), encode=load_embedder().encode)
    assert lexicon.joined("shock wave therapy") == ["shockwave therapy"]
    assert concept("shock wave therapy", lexicon).mentioned_in(
        frozenset({"extracorpor", "shockwav", "therapi"}))
    # not a word of this corpus, or a function word: nothing joined
    assert lexicon.joined("gizmo care plan") == []
    assert lexicon.joined("care of gizmo") == []
    # nothing is guessed without the corpus's counts or the embedder
    assert Lexicon({}, counts=text_counts(texts)).joined("shock wave therapy") == []


def test_a_letter_is_named_by_its_numbered_subtype_not_the_reverse() -> None:
    general = concept("vitamin Q supplementation")
    assert general.mentioned_in(frozenset({"vitamin", "q3", "supplement"}))
    assert general.present(frozenset({"vitamin", "q3"}))[0] == frozenset({"vitamin", "q"})
    assert not concept("vitamin Q3").mentioned_in(frozenset({"vitamin", "q"}))  # Q is not Q3
    assert not concept("vitamin Q3").mentioned_in(frozenset({"vitamin", "q2"}))  # nor Q2
    assert not general.mentioned_in(frozenset({"vitamin", "qx", "supplement"}))  # only a numbered subtype


def test_a_claim_inside_an_embedded_question_is_no_finding() -> None:
    aim = "Gizmo disease was considered a promising setting to test whether zorbinol slows gizmo calcification."
    finding = "Zorbinol slowed the progression of gizmo calcification in the trial."
    text = f"{aim} {finding}"
    spans = ((0, len(aim)), (len(aim) + 1, len(text)))
    assert _AIM.search(aim) and not _AIM.search(finding)
    assert [t for t, _ in statements(text, spans)] == [finding]


TRIAL = """---
title: "Vitamin D3 and colorectal adenoma recurrence: a randomized trial"
type: research
source: "Test Journal"
year: 2021
---
We randomly assigned 2200 adults with a removed colorectal adenoma to vitamin D3 or placebo for three years.
Vitamin D3 1000 units per day did not lower the recurrence of colorectal adenomas compared with placebo.
Adverse events did not differ between the groups.
"""


@pytest.fixture(scope="module")
def trial_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "subtype", {"trial.md": TRIAL})


def test_a_finding_on_the_subtype_answers_the_question_on_the_vitamin(trial_index: Path) -> None:
    # Before: "Vitamin D3 ..." did not name "vitamin D", and the answer said "insufficient"
    # beside the trial's null finding.
    index = open_index(trial_index)
    try:
        answer = answer_question(index, "Does vitamin D reduce colorectal adenoma recurrence?")
    finally:
        index.close()
    assert answer.verdict == "no"
    assert "did not lower the recurrence of colorectal adenomas" in answer.bottom_line.text


def test_a_word_is_named_by_the_compound_of_the_corpus_that_names_a_kind_of_it() -> None:
    # s29a: "Is needle lavage more effective than a steroid injection ...?" had no direct statement beside the trial
    # of lavage against "a corticosteroid injection alone"; "... in dialysis patients" none beside the trials in
    # "haemodialysis patients".
    # the index's terms (stems, as the BM25 vocabulary holds them)
    terms = tokenize("haemodialysis corticosteroid antibiotic parathyroid hypertension hydroxyvitamin")
    lexicon = Lexicon({}, encode=load_embedder().encode, vocabulary=terms)
    assert lexicon.compounds("dialysis patients") == ["haemodialysis patients"]
    assert lexicon.compounds("steroid injection") == ["corticosteroid injection"]
    assert concept("steroid injection", lexicon).mentioned_in(
        frozenset({"corticosteroid", "inject"}), text="than a corticosteroid injection alone")
    # a prefix that says something else than the word, a chemical derivative: no kind of it
    for phrase in ("biotic resistance", "thyroid cancer", "tension headache", "vitamin D"):
        assert lexicon.compounds(phrase) == []
    # nothing is guessed without the corpus's terms or the embedder
    assert Lexicon({}, encode=load_embedder().encode).compounds("dialysis patients") == []
    assert Lexicon({}, vocabulary=terms).compounds("dialysis patients") == []


def test_a_compound_the_stemmer_cuts_shorter_than_the_word_is_still_a_kind_of_it() -> None:
    # s31: "Does exercise help knee arthritis pain?" was indirect beside "exercise therapy reduces pain ... in knee
    # osteoarthritis": the stemmer makes "osteoarthritis" "osteoarthr" but "arthritis" "arthriti".
    terms = tokenize("osteoarthritis polyarthritis arthritis knee")
    assert terms[0] == "osteoarthr" and terms[2] == "arthriti"  # the cut the rule is for
    lexicon = Lexicon({}, encode=load_embedder().encode, vocabulary=terms)
    assert lexicon.compounds("knee arthritis") == ["knee osteoarthritis"]
    assert concept("knee arthritis", lexicon).mentioned_in(
        frozenset(tokenize("exercise reduces pain in knee osteoarthritis")), text="pain in knee osteoarthritis")
    # "poly" says something else than the word (many joints), so it is no kind of it, cut or not
    assert "knee polyarthritis" not in lexicon.compounds("knee arthritis")

