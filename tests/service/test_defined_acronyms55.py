"""An acronym the corpus defines ("gizmo fever (GF)"), typed in a question whose reading finds no intervention or
condition for it, is searched and matched as its long form (``Lexicon.defined_written``, ``Question.spelled_out``):
the embedder does not know the acronym, and "Should a 3 year old with GF get zorbicillin?" found only the sentence that
defines it. The long form weighs in the match as the one word it stands for (``Question.long_forms``), so the
question's other words ("plumbicillin-allergic") keep their weight in the choice of the lead."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.concepts import Lexicon
from service.answer.question import read_question
from tests.service.corpora import answered, background_guidelines, built, lead_text

GIZMO = """---
title: "Gizmo fever in children and adults"
type: guideline
year: 2022
---
# Gizmo fever in children and adults

Gizmo fever (GF) is an infection of the wobble gland that is most common in children between 6 months and three
years of age. Gizmo fever is caused by wobble viruses and by the bacterium Zorbella gizmonis. Most cases of gizmo fever
resolve without treatment within about three days.

## Children

Watchful waiting without immediate zorbicillin is an appropriate option for most children older than 6 months with
gizmo fever who are not very unwell. Immediate zorbicillin is recommended for children under 6 months with gizmo fever.
"""

WOBBLE = """---
title: "Community-acquired wobble pneumonitis in adults"
type: guideline
year: 2022
---
# Community-acquired wobble pneumonitis in adults

Community-acquired wobble pneumonitis (CAWP) is an acute infection of the wobble gland acquired outside hospital.
Zorbicillin is the recommended first-line oral treatment for low-severity community-acquired wobble pneumonitis in
adults in the United Kingdom. Plumbacycline is recommended for patients with plumbicillin allergy. Treatment of
community-acquired wobble pneumonitis should start within four hours of arrival in hospital.
"""


BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Migraine prevention", "Asthma in children", "Fever in children")


@pytest.fixture(scope="module")
def gizmo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "defined55", {"gizmo.md": GIZMO, **BACKGROUND})


@pytest.fixture(scope="module")
def wobble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "defined55w", {"wobble.md": WOBBLE, **BACKGROUND})


def test_a_defined_acronym_is_written_as_its_long_form() -> None:
    chunks = ["gizmo fever (GF) is common", "gizmo fever resolves", "wobble level", "a ZOB ratio (ZOB) of 2",
              "ZOB is checked", "ZOB is 3"]

    def counts(terms: frozenset[str], _: frozenset[str]) -> tuple[int, int]:
        return sum(terms <= set(tokenize(c)) for c in chunks), 0
    lexicon = Lexicon({"GF": ["gizmo fever"], "ZT": ["zorb therapy", "zap test"], "Wb": ["wobble level"],
                       "ZOB": ["zorb ratio"]}, counts=counts)
    assert lexicon.defined_written("Should a child with GF get zorbicillin?") == \
        ("Should a child with gizmo fever get zorbicillin?", ("gizmo fever",))
    assert lexicon.defined_written("GF, Wb low - what next?") == \
        ("gizmo fever, wobble level low - what next?", ("gizmo fever", "wobble level"))
    # defined two ways, written by the corpus more than its long form, already written out, read into the question's
    # condition, or no acronym as typed: as asked
    for question, read in (("Is ZT safe?", ()), ("What ZOB range?", ()), ("Is gizmo fever (GF) common?", ()),
                           ("Is zorbicillin first-line for GF in adults?", ("GF in adults",)),
                           ("Is gf common?", ())):
        assert lexicon.defined_written(question, read) == (question, ())


def test_the_search_and_match_text_are_the_written_question() -> None:
    from dataclasses import replace
    q = read_question("Should a child with GF get zorbicillin?")
    q = replace(q, spelled_out="Should a child with gizmo fever get zorbicillin?", long_forms=("gizmo fever",))
    assert q.search_text == "Should a child with gizmo fever get zorbicillin?"
    assert "gizmo fever" in q.match_text and "GF" not in q.match_text
    assert q.text == "Should a child with GF get zorbicillin?"


def test_a_question_typing_the_acronym_is_answered_as_one_writing_it_out(gizmo_index: Path) -> None:
    # (The definition gives its ages in words, "three years": with "3 years" it shared the question's "3 year" and tied
    # the advice's passage in the fused ranking, which left the advice at relevance 0.49 to the 0.5 it is kept at, or
    # above, by the CPU's int8 vectors. Now 0.80 with "GF" written out, 0.20 without.)
    answer = answered(gizmo_index, "Should a 3 year old with GF get zorbicillin?")
    assert answer.question == "Should a 3 year old with GF get zorbicillin?"
    assert "Watchful waiting" in answer.bottom_line.text


def test_the_long_form_does_not_outweigh_the_question_s_other_words(wobble_index: Path) -> None:
    answer = answered(wobble_index, "which treatment for CAWP in a plumbicillin allergic adult?")
    assert "Plumbacycline is recommended for patients with plumbicillin allergy" in lead_text(answer)
