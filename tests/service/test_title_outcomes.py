"""A study's results name the asked condition as its title does (session 37): "Does potassium citrate prevent kidney
stones?" over a trial titled "... recurrent nephrolithiasis ..." whose results never say "kidney stones". The topic
(kidney stones) is not in the default corpus; the corpus is written by the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept
from service.answer.title_outcomes import title_outcomes
from tests.service.corpora import answered, built, lead_text

TITLE = "Potassium citrate for the prevention of recurrent nephrolithiasis: a randomized controlled trial"
RESULT = "Potassium citrate reduced the recurrence of nephrolithiasis by about 60 percent compared with placebo."
TRIAL = f"""---
title: "{TITLE}"
type: "research"
source: "Test Journal"
year: 2020
---

# {TITLE}

## Background

Potassium citrate is widely prescribed to people who form stones, and many patients ask whether potassium citrate
tablets prevent new stones. Earlier small studies of potassium citrate gave mixed signals on new stones.

## Methods

Adults with two or more earlier stones were randomly assigned to potassium citrate tablets or placebo tablets for
three years. Potassium citrate tablets were taken twice daily with meals by every participant in the active group.

## Adherence

Most participants took potassium citrate tablets as prescribed, and stopping potassium citrate tablets early was
uncommon in both groups of the trial.

## Limitations

The trial of potassium citrate tablets was small, and potassium citrate tablets were not compared with dietary
advice alone in people who form stones.

## Results

{RESULT} Urine citrate rose in the active group.
"""


@pytest.fixture(scope="module")
def stones_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "stones", {"citrate-trial.md": TRIAL})


def test_a_title_phrase_the_embedder_puts_near_the_asked_condition_names_it() -> None:
    lexicon = Lexicon({}, encode=load_embedder().encode)
    citrate = concept("potassium citrate")
    # "nephrolithiasis" (0.57 from "kidney stones"), taken from "recurrent nephrolithiasis" less the word that only
    # describes, names it, and nothing else of the title does ("citrate" 0.24, "trial" 0.10). Whether the whole
    # "recurrent nephrolithiasis" is taken too is left open: the int8 embedder puts it 0.54 from the condition, on
    # TITLE_OUTCOME_MIN_COSINE, a little over or under by CPU; it names the same thing either way.
    nephrolithiasis = frozenset(tokenize("nephrolithiasis"))
    found = title_outcomes("kidney stones", citrate, TITLE, lexicon)
    assert nephrolithiasis in found
    assert all(terms >= nephrolithiasis for terms in found), found
    # another condition is not taken for the title's (gallstones / nephrolithiasis 0.35), nor is the title's
    # intervention, nor a phrase sharing a word with the asked one (a sibling: one of a family)
    assert title_outcomes("gallstones", citrate, TITLE, lexicon) == ()
    assert title_outcomes("citrate stones", citrate, TITLE, lexicon) == ()
    # a phrase less a leading word that only describes stands for it ("recurrent"), one less a word that picks one
    # of a family does not: "infarction" alone would name a stroke
    heart = "Effect of drugx on risk of myocardial infarction: meta-analysis"
    assert title_outcomes("heart attacks", concept("drugx"), heart, lexicon) == (
        frozenset(tokenize("myocardial infarction")),)
    assert title_outcomes("stroke", concept("drugx"), heart, lexicon) == ()
    # nothing is guessed without the embedder
    assert title_outcomes("kidney stones", citrate, TITLE, Lexicon({})) == ()


def test_the_results_answer_a_question_in_plain_words(stones_index: Path) -> None:
    # Before: no statement said "kidney stones", so the answer claimed insufficient evidence beside the trial; and
    # the trial's background, methods and limitations, which share the question's words, filled its three places,
    # so its results were never read.
    answer = answered(stones_index, "Do potassium citrate tablets prevent kidney stones?")
    assert answer.verdict == "yes"
    assert lead_text(answer) == RESULT
    assert "insufficient" not in answer.bottom_line.text.lower()


BACKGROUND_ONLY = TRIAL.replace(f"## Results\n\n{RESULT} Urine citrate rose in the active group.\n", "").replace(
    "Earlier small studies of potassium citrate gave mixed signals on new stones.",
    "In an earlier cohort, potassium citrate reduced the recurrence of nephrolithiasis by half.")


@pytest.fixture(scope="module")
def background_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "stones-background", {"citrate-trial.md": BACKGROUND_ONLY})


def test_background_under_the_title_is_no_finding_on_the_condition(background_index: Path) -> None:
    # The title's outcome names the condition only in the report's results: the same finding in its background
    # ("In an earlier cohort, ...") is no finding of this trial, and the answer stays indirect.
    assert RESULT not in BACKGROUND_ONLY and "potassium citrate reduced the recurrence" in BACKGROUND_ONLY
    answer = answered(background_index, "Do potassium citrate tablets prevent kidney stones?")
    assert answer.evidence.level == "indirect"
    assert answer.verdict != "yes"


GUIDANCE_TITLE = "Guidance on zincol and ferrocal supplementation in adults"
GUIDANCE = f"""---
title: "{GUIDANCE_TITLE}"
type: "guideline"
source: "Test Society"
year: 2021
---

# {GUIDANCE_TITLE}

## Recommendations

Large randomized trials have shown that zincol supplements do not prevent hip fractures in healthy adults.
Adults should get enough dietary protein from food.
"""


@pytest.fixture(scope="module")
def guidance_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "guidance", {"guidance.md": GUIDANCE})


def test_a_title_does_not_complete_an_intervention_whose_words_belong_to_another_it_names(
        guidance_index: Path) -> None:
    # "zincol supplements" under a title on zincol and ferrocal supplementation is no statement on ferrocal
    # supplements: before, the title's "ferrocal" completed the statement's "supplements", and the answer said "No."
    answer = answered(guidance_index, "Do ferrocal supplements prevent hip fractures?")
    assert answer.verdict != "no"
    assert answer.evidence.level == "indirect"
    # the statement still answers for what it names
    assert answered(guidance_index, "Do zincol supplements prevent hip fractures?").verdict == "no"
