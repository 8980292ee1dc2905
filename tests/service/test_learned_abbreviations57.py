"""An acronym the user's corpus never defines, typed in a question ("4mo old with ZEF, ok to just watch and wait?"), is
read as its long form where the abbreviation lexicon learned from text (eval.abbreviation_mining, shipped as
weights/abbreviations.json) gives long forms for it and the corpus writes one of them (``Lexicon.learned_written``):
as typed, the question found "no relevant evidence" although the corpus answers it in one sentence. A name of capitals
and digits typed without the corpus's hyphen ("GZQ2" for "GZQ-2") is read as the corpus writes it
(``Lexicon.hyphen_written``). The lexicon is given to the pipeline by replacing ``abbreviations.learned``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.abbreviation_mining import definitions, long_key, mine, train_abbreviations
from index.lexical import tokenize
from service.answer import abbreviations
from service.answer.abbreviations import LearnedAbbreviations
from service.answer.concepts import Lexicon
from tests.service.corpora import answered, background_guidelines, built, lead_text

ZORBLE = """---
title: "Zorble ear fever in children"
type: guideline
year: 2023
---
# Zorble ear fever in children

Zorble ear fever is an infection of the middle ear that is most common in toddlers. Most episodes of zorble ear fever
settle within four days without any treatment.

## Recommendations

Immediate plinkacillin is recommended for children under 6 months with zorble ear fever, for children with a high
temperature and for children with discharge from the ear. Watchful waiting without immediate plinkacillin is an
appropriate option for many children older than 6 months with zorble ear fever who are not very unwell.
"""

GRUMBLE = """---
title: "Grumble mood screening in adults"
type: guideline
year: 2023
---
# Grumble mood screening in adults

Clinicians can screen adults for grumble mood with the two-item GZQ-2 as a first step. Adults who screen positive on
the GZQ-2 should then complete the nine-item GZQ-9 and have a clinical interview.
"""

BACKGROUND = background_guidelines("Exercise for knee osteoarthritis", "Iron deficiency anaemia in adults",
                                  "Migraine prevention", "Asthma in children", "Fever in children")

LEARNED = LearnedAbbreviations({"ZEF": {"zorble ear fever": 12, "zinc excretion fraction": 4},
                                "WBA": {"wobble agonist": 5}})


@pytest.fixture()
def learned(monkeypatch: pytest.MonkeyPatch) -> LearnedAbbreviations:
    monkeypatch.setattr(abbreviations, "learned", lambda: LEARNED)
    return LEARNED


@pytest.fixture(scope="module")
def zorble_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "learned57", {"zorble.md": ZORBLE, "grumble.md": GRUMBLE, **BACKGROUND})


# -- mining ---------------------------------------------------------------------------------------------------------

MINED_TEXT = """Children with zorble ear fever (ZEF) often get better alone. Zorble Ear Fevers (ZEF) peak in winter.
The zorble-ear fever (ZEF) season is short. A zinc excretion fraction (ZEF) was measured once.
A wobble-2 agonist (WBA) was added; wobble 2 agonists (WBA) relax the gland, as wobble2 agonists (WBA) do.
The plonk test (PT) was done once. Gadgets (gizmos) are not names."""


def test_schwartz_hearst_definitions_of_a_sentence() -> None:
    assert list(definitions("Children with zorble ear fever (ZEF) often get better alone.")) == \
        [("ZEF", "zorble ear fever")]
    assert list(definitions("A wobble-2 agonist (WBA; see below) was added.")) == [("WBA", "wobble-2 agonist")]
    # the short form's letters must be found in order, its first at a word's start; a lower-case word is no name
    assert list(definitions("A plain sentence (XQZ) here.")) == []
    assert list(definitions("Gadgets (gizmos) are not names.")) == []
    assert long_key("Wobble-2 Agonists") == long_key("wobble2 agonist") == "wobble 2 agonist"


def test_mining_counts_normalised_long_forms_and_keeps_those_seen_twice() -> None:
    lexicon = mine([MINED_TEXT])
    # three spellings each of one long form; "zinc excretion fraction" and "plonk test" defined once
    assert lexicon == {"ZEF": {"zorble ear fever": 3}, "WBA": {"wobble-2 agonist": 3}}


def test_the_train_part_writes_a_lexicon_the_service_reads(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "guidelines").mkdir(parents=True)
    (shared / "guidelines" / "g.md").write_text("---\ntitle: x\n---\n" + MINED_TEXT, encoding="utf-8")
    (shared / "bioasq").mkdir()
    (shared / "bioasq" / "corpus.jsonl").write_text(json.dumps(
        {"_id": "1", "title": "", "text": "Severe zorble ear fever (ZEF) is rare."}) + "\n", encoding="utf-8")
    out = tmp_path / "abbreviations.json"
    figures = train_abbreviations(shared, out)
    assert figures["short_forms"] == 2
    read = LearnedAbbreviations.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert read.long_forms("ZEF") == {"zorble ear fever": 4}
    assert read.long_forms("ZEFs") == {"zorble ear fever": 4}  # a plural
    assert read.long_forms("QQQ") == {}


# -- reading --------------------------------------------------------------------------------------------------------

def _lexicon(chunks: list[str], definitions_: dict[str, list[str]] | None = None) -> Lexicon:
    def counts(terms: frozenset[str], _: frozenset[str]) -> tuple[int, int]:
        return sum(terms <= set(tokenize(c)) for c in chunks), 0

    def passages(terms: frozenset[str]) -> list[str]:
        return [c for c in chunks if terms <= set(tokenize(c))]
    return Lexicon(definitions_ or {}, counts=counts, passages=passages)


def test_an_undefined_acronym_is_written_as_the_learned_long_form_the_corpus_writes(learned: LearnedAbbreviations) \
        -> None:
    lexicon = _lexicon(["zorble ear fever settles", "plinkacillin for zorble ear fever"])
    assert lexicon.learned_written("4mo old with ZEF, ok to wait?") == \
        ("4mo old with zorble ear fever, ok to wait?", ("zorble ear fever",))
    # the corpus writes neither long form / writes the acronym more / defines it itself / already written out
    assert _lexicon(["plinkacillin"]).learned_written("ZEF, wait?") == ("ZEF, wait?", ())
    more = _lexicon(["zorble ear fever", "ZEF high", "ZEF low"])
    assert more.learned_written("ZEF, wait?") == ("ZEF, wait?", ())
    # the corpus writes the acronym at all, however rarely beside its long form: searched as written (an abstract
    # naming "ZEF inhibitors" is found by "ZEF" and by no long form)
    some = _lexicon(["zorble ear fever", "zorble ear fever again", "ZEF inhibitors"])
    assert some.learned_written("ZEF, wait?") == ("ZEF, wait?", ())
    defined = _lexicon(["zorble ear fever"], {"ZEF": ["zesty enzyme factor"]})
    assert defined.learned_written("ZEF, wait?") == ("ZEF, wait?", ())
    assert lexicon.learned_written("zorble ear fever (ZEF), wait?")[1] == ()


def test_the_corpus_settles_which_learned_long_form_is_meant(learned: LearnedAbbreviations) -> None:
    # the rarer definition is the one the corpus writes; both written: the commoner dominates (12 of 16)
    assert _lexicon(["zinc excretion fraction"]).learned_written("ZEF?")[0] == "zinc excretion fraction?"
    both = _lexicon(["zinc excretion fraction", "zorble ear fever"])
    assert both.learned_written("ZEF?")[0] == "zorble ear fever?"


def test_a_name_without_the_corpus_s_hyphen_is_written_as_the_corpus_writes_it() -> None:
    lexicon = _lexicon(["the two-item GZQ-2 first", "then the GZQ-9"])
    assert lexicon.hyphen_written("GZQ2 positive what next") == "GZQ-2 positive what next"
    assert _lexicon(["GZQ2 and GZQ-2"]).hyphen_written("GZQ2 positive") == "GZQ2 positive"  # written both ways
    assert lexicon.hyphen_written("vitamin K2 dose") == "vitamin K2 dose"


# -- end to end -----------------------------------------------------------------------------------------------------

def test_a_question_typing_an_undefined_acronym_is_answered(zorble_index: Path, monkeypatch: pytest.MonkeyPatch) \
        -> None:
    question = "4mo old with ZEF, ok to just watch and wait?"
    monkeypatch.setattr(abbreviations, "learned", lambda: LearnedAbbreviations())
    # (Without the lexicon, and without the corpus's own spelling of an acronym of a question read as no topic,
    # ``pipeline._topic_spelled`` since session 58, which finds "zorble ear fever" too.)
    with monkeypatch.context() as m:
        m.setattr(Lexicon, "spelled", lambda self, phrase: [])
        assert "no relevant evidence" in answered(zorble_index, question).bottom_line.text
    monkeypatch.setattr(abbreviations, "learned", lambda: LEARNED)
    answer = answered(zorble_index, question)
    assert answer.question == question
    assert "under 6 months" in lead_text(answer)


def test_a_name_typed_without_its_hyphen_is_answered_as_the_corpus_writes_it(zorble_index: Path) -> None:
    answer = answered(zorble_index, "GZQ2 positive what next")
    assert "GZQ-9" in lead_text(answer)
