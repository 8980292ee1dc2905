"""A word of the question named by the corpus's compound that ends in it (concepts.Lexicon.compounds): only where the
embedder puts the two words close (COMPOUND_WORD_MIN_COSINE), since in a phrase of several words the shared words carry
the phrases' cosine. The corpus is a folder the test writes, built by the real index build."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.concepts import concept
from service.answer.corpus_stats import corpus_stats
from index.lexical import tokenize
from tests.service.corpora import answered, built

GUIDE = """---
title: "Care of gizmo disease"
type: guideline
source: "Test Society"
year: 2022
---
Zorbinol lowers the phosphate level in haemodialysis patients with gizmo disease.
Synchronous gizmo disease of both kidneys is rare and is staged by imaging.
Patients with gizmo disease should be seen every three months.
"""


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "compound", {"guide.md": GUIDE})


def test_a_compound_links_where_its_words_are_close_and_not_where_it_only_ends_in_the_letters(
        gizmo_index: Path) -> None:
    index = open_index(gizmo_index)
    try:
        lexicon = corpus_stats(index).lexicon
        # "haemodialysis" is a kind of dialysis (the words' cosine ~0.7): the trial in haemodialysis patients names it
        assert lexicon.compounds("dialysis patients") == ["haemodialysis patients"]
        # "synchronous" stems to "synchron", which ends in the letters of "chronic" cut by the stemmer's margin: the
        # two phrases share "gizmo disease" and stand close (~0.9), the words do not (~0.2). Without the word floor,
        # "synchronic gizmo disease" named chronic gizmo disease.
        assert lexicon.compounds("chronic gizmo disease") == []
        chronic = concept("chronic gizmo disease", lexicon)
        statement = "Synchronous gizmo disease of both kidneys is rare and is staged by imaging."
        assert not chronic.mentioned_in(frozenset({"synchron", "gizmo", "diseas", "kidnei", "rare", "stage", "imag"}),
                                        text=statement)
    finally:
        index.close()


SMOKING = """---
title: "Support for gizmo users"
type: guideline
source: "Test Society"
year: 2022
---
A large randomized trial found no significant increase in serious neuropsychiatric adverse events with zorbinol
compared with placebo.
Stopping gizmo use at any age reduces the risk of kidney disease.
Zorbinol is one of the most effective medicines for gizmo cessation.
"""


@pytest.fixture(scope="module")
def gizmo_users(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "harms", {"guide.md": SMOKING})


def test_side_effects_are_named_by_the_adverse_events_the_corpus_writes(gizmo_users: Path) -> None:
    # s35b: "Does varenicline cause psychiatric side effects?" was indirect above the trial's "no significant increase
    # in serious neuropsychiatric adverse events": two names of one harm, and a compound of the modifier.
    index = open_index(gizmo_users)
    try:
        lexicon = corpus_stats(index).lexicon
        assert "neuropsychiatric adverse events" in lexicon.names("psychiatric side effects")
        # other names of the harm that no chunk writes with the modifier are not kept
        assert "psychiatric adverse reactions" not in lexicon.names("psychiatric side effects")
        # no other name that says less ("effects" is a question word: "major adverse effects" is two terms, not three)
        assert lexicon.harm_names("major adverse events") == ["major adverse reactions"]
        assert lexicon.harm_names("side effects") == ["adverse effects", "adverse events", "adverse reactions"]
        # ... nor a name of the harm that the corpus never writes ("side effects")
        assert "side effects" not in lexicon.names("adverse events")
        statement = ("A large randomized trial found no significant increase in serious neuropsychiatric adverse "
                     "events with zorbinol compared with placebo.")
        assert concept("psychiatric side effects", lexicon).mentioned_in(
            frozenset(tokenize(statement)), text=statement)
    finally:
        index.close()


def test_quitting_an_act_is_named_by_the_other_verbs_of_stopping_and_by_its_cessation(gizmo_users: Path) -> None:
    index = open_index(gizmo_users)
    try:
        lexicon = corpus_stats(index).lexicon
        assert lexicon.names("quitting gizmo use") == ["stopping gizmo use", "gizmo use cessation"]
        assert lexicon.names("gizmo cessation") == ["stopping gizmo"]  # "quitting gizmo": no chunk writes "quit"
        # no verb of stopping, nothing said otherwise
        assert not lexicon.stopping_names("gizmo use")
    finally:
        index.close()
    answer = answered(gizmo_users, "Does quitting gizmo use reduce the risk of kidney disease?")
    assert answer.verdict == "yes"
    assert "Stopping gizmo use at any age reduces the risk of kidney disease" in answer.bottom_line.text


def test_a_bare_verb_of_stopping_is_named_by_the_others_bare(gizmo_users: Path) -> None:
    # "Is X more effective than Y for quitting?": the object is left to the question's other words, so any verb of
    # stopping the corpus writes names it ("stopping", "cessation"), none it never writes ("ceasing")
    index = open_index(gizmo_users)
    try:
        lexicon = corpus_stats(index).lexicon
        assert lexicon.stopping_names("quitting") == ["stopping", "ceasing", "discontinuing", "cessation"]
        assert lexicon.names("quitting") == ["stopping", "cessation"]
    finally:
        index.close()
