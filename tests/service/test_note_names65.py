"""A case note read without a topic quotes the passages that write the names it asks of (``scoring.
_naming_asked_names``, ``Lexicon.note_names``; session 65): "31F, 3 wobble flares this year - start zorbafen? starting
dose?" reads no intervention and no condition, its plain words ("this year", "start") fill its weight, no statement
covers enough of it for the floors, and the answer said no relevant evidence beside the guideline's very dose of
zorbafen. Where the asked part names nothing ("work it up?"), the note's names stand for it; a name after the dash that
no chunk writes ("- quixotamab dose?") says the corpus lacks the topic, and nothing is quoted."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.search import open_index
from service.answer.corpus_stats import corpus_stats
from service.answer.question import read_question
from service.answer.scoring import _naming_asked_names
from service.answer.tuning import TUNING
from tests.service.corpora import background_guidelines, built

# A guideline in its own words on a made-up drug for a made-up disease, and a made-up blood test.
WOBBLE = """---
title: "Zorbafen therapy in wobble disease"
type: guideline
year: 2021
---
# Zorbafen therapy in wobble disease

In adults with wobble disease who have had three or more flares needing a hospital stay in one year, treat with
zorbafen. Starting dosage for adults: 12 mg/kg/day, rounded up to the nearest whole capsule. Stop zorbafen before a
planned pregnancy.

Women taking a hormonal contraceptive who have no symptoms and a mildly low plasmoquin level (90 to 120 qmol/l) need no
further tests but should review their diet.
"""

# Rare words in a corpus of a few passages: a word in one of them weighs about 1.2, one in none about 2.3 (IDF 5 needs
# some 150 passages); here a rare word is one no passage writes ("magnesium"), not "up" of "rounded up".
RARE = replace(TUNING, rare_idf=2.0)


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "note-names", {"wobble.md": WOBBLE, **background_guidelines(
        "Migraine prevention", "Asthma in children", "Iron deficiency anaemia in adults")})


def _quoted(index_dir: Path, note: str) -> list[str]:
    """The statements the last resort quotes for ``note`` over the index at ``index_dir``."""
    from service.answer.retrieval import retrieve
    index = open_index(index_dir)
    try:
        stats, q = corpus_stats(index), read_question(note)
        hits = retrieve(index, q, RARE)
        return [c.text for c in _naming_asked_names(q, hits, stats, RARE, None)]
    finally:
        index.close()


def test_note_names_are_its_words_that_are_no_plain_english_each_with_whether_the_corpus_writes_it(
        wobble_index: Path) -> None:
    index = open_index(wobble_index)
    try:
        names = dict(corpus_stats(index).lexicon.note_names("start zorbafen or quixotamab? 3 flares, ok now?"))
        # Plain words ("start", "flares", "ok", "now") and numbers are no names; of the two names, one is written.
        assert names == {"zorbafen": True, "quixotamab": False}
    finally:
        index.close()


def test_a_note_without_a_topic_quotes_the_passages_writing_the_name_asked_after_its_dash(wobble_index: Path) -> None:
    note = "31F, 4 bad wobble flares needing admission this year - start zorbafen? starting dose?"
    assert read_question(note).intervention is None and read_question(note).condition is None
    quoted = _quoted(wobble_index, note)
    assert any("12 mg/kg/day" in text for text in quoted)


def test_an_asked_part_in_common_words_leaves_the_note_s_names_to_stand_for_it(wobble_index: Path) -> None:
    note = "on a hormonal contraceptive, no symptoms, plasmoquin came back 100 qmol/l - work it up?"
    assert read_question(note).intervention is None and read_question(note).condition is None
    assert any("need no further tests" in text for text in _quoted(wobble_index, note))


def test_a_name_asked_that_no_chunk_writes_or_an_asked_thing_in_rare_plain_words_quotes_nothing(
        wobble_index: Path) -> None:
    # The asked drug is one the corpus never writes: the corpus lacks the topic, whatever the note's names.
    assert _quoted(wobble_index, "31F, 4 wobble flares this year on zorbafen - quixotamab dose?") == []
    # The part after the dash asks of a thing in plain words the corpus writes rarely ("how much magnesium?"): the
    # note's drug does not stand for it.
    assert _quoted(wobble_index, "31F on zorbafen, 4 flares this year - how much magnesium?") == []
    # A word of the note in lower case that no chunk writes names a case the corpus lacks ("frobulous"): the zorbafen
    # advice it has is for wobble disease.
    assert _quoted(wobble_index, "31F frobulous wobble, 4 flares this year - start zorbafen? starting dose?") == []
