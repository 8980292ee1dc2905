"""A clinical note's clip of two lower-case letters after the word it is of ("frobnic ca" for "frobnic cancer") is read
as the corpus's word that opens with it after that very word (``Lexicon._clip_after``), learned from the corpus's
counts: never a word the corpus uses as such ("in", "be"), nor a pair the corpus itself writes."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.search import open_index
from service.answer.corpus_stats import corpus_stats
from tests.service.corpora import background_guidelines, built

# A guideline in its own words on staging a made-up tumour; it writes "frobnic cancer" and never "frobnic ca".
FROBNIC = """---
title: "Staging of frobnic cancer"
type: guideline
year: 2021
---
# Staging of frobnic cancer

Offer gizmoscopy to stage frobnic cancer locally. Frobnic cancer that has spread needs a whole-body scan. People
with frobnic cancer should be told of the result within two weeks. Surgery is the main treatment of early frobnic
cancer. Ferric gizmate can be given in the clinic.
"""


@pytest.fixture(scope="module")
def frobnic_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "clip", {"frobnic.md": FROBNIC,
                                            **background_guidelines("Migraine prevention", "Asthma in children")})


def test_a_two_letter_clip_is_read_as_the_word_the_corpus_writes_after_its_neighbour(frobnic_index: Path) -> None:
    index = open_index(frobnic_index)
    try:
        lexicon = corpus_stats(index).lexicon
        assert lexicon.spelled_short("best test to stage frobnic ca locally?") == \
            "best test to stage frobnic cancer locally?"
        # Words, not clips: the corpus writes "in" and "be" (or has no terms for them), so they stay as asked.
        assert lexicon.spelled_short("can ferric gizmate be given in the clinic?") == \
            "can ferric gizmate be given in the clinic?"
        # ... and a neighbour the corpus never writes a longer word after gives nothing to read.
        assert lexicon.spelled_short("zorbic ca - what stage?") == "zorbic ca - what stage?"
    finally:
        index.close()
