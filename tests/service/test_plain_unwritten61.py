"""A plain English word the corpus never writes ("shave", "ok", "morning") is no sign that the corpus lacks the
question's topic (``Lexicon.plain_unwritten``): the last resort that quotes the passages naming the question's rare
words (``scoring._naming_rarest``) does not count it among them, while a name neither the corpus nor the embedder
knows still counts (an unanswerable question still cites nothing)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.search import open_index
from service.answer.corpus_stats import corpus_stats
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import _naming_rarest
from service.answer.tuning import TUNING
from tests.service.corpora import background_guidelines, built

# A guideline in its own words: hair is taken off with clippers, never with a blade; the corpus never says "shave".
SKIN = """---
title: "Skin preparation before frobnic surgery"
type: guideline
year: 2022
---
# Skin preparation before frobnic surgery

Ask patients to wash with soap on the day of frobnic surgery or the day before. Give a single dose of prophylactic
antibiotic within an hour before the incision for clean surgery with an implant. Keep the patient warm before and
during the operation. Hair removal with razors is not advised before frobnic surgery, because they raise the rate
of wound sepsis. If hair must come off, use electric clippers on the day of the operation.
"""

# The floor of rare words is lowered so that a tiny corpus has rare words at all (as in test_named_not_quoted: IDF 5
# needs some 150 passages; here a word in one passage of the few weighs about 1, one in none about 2).
RARE = replace(TUNING, rare_idf=0.9)


@pytest.fixture(scope="module")
def skin_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "plain", {"skin.md": SKIN,
                                             **background_guidelines("Migraine prevention", "Asthma in children")})


def test_plain_words_the_corpus_never_writes_are_read_as_plain(skin_index: Path) -> None:
    index = open_index(skin_index)
    try:
        lexicon = corpus_stats(index).lexicon
        plain = lexicon.plain_unwritten("ok to shave w a razor the morning of the 3-week-old's zorbification?")
        # Plain English the corpus never writes, a person's age among them; not a word it writes ("razor"), nor a name
        # neither knows ("zorbification").
        assert {"ok", "shave", "morn"} <= plain
        assert "razor" not in plain and not any(t.startswith("zorbif") for t in plain)
    finally:
        index.close()


def test_the_last_resort_leaves_plain_unwritten_words_out_of_the_rare_ones(skin_index: Path) -> None:
    # "pre-op", "ok", "shave", "morning", "op", "repair" are words no chunk writes; counted as rare, they outnumber the
    # rare words the guideline writes ("frobnic", "razor"), and the last resort (``scoring._naming_rarest``) quoted
    # nothing; left out, the passage naming the razor is scored and its advice is there to quote.
    index = open_index(skin_index)
    try:
        q = read_question("pre-op for frobnic repair - ok to shave the armpit w a razor the morning of the op?")
        hits = index.search(q.search_text, k=10)
        found = _naming_rarest(q, hits, None, corpus_stats(index), RARE, None)
        assert any("razors" in c.text for c in found), [c.text for c in found]
        # ... while a question on names neither the corpus nor the embedder knows, in the same plain words, still
        # finds nothing there, and its answer cites nothing.
        q = read_question("zorbicin dose for gizmoid flare - ok to shave the morning after?")
        assert _naming_rarest(q, index.search(q.search_text, k=10), None, corpus_stats(index), RARE, None) == []
        answer = answer_question(index, "zorbicin dose for gizmoid flare - ok to shave the morning after?", tuning=RARE)
        assert answer.evidence.level == "none" and answer.references == [], answer.bottom_line.text
    finally:
        index.close()
