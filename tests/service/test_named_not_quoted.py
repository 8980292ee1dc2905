"""A question whose subject the top passage plainly names is not answered "no relevant evidence" (session 53):
"Describe the mechanism of action of X" reads X as "What is the mechanism of action of X?" does; a structured
abstract's "BACKGROUND:" label before a statement of fact is no statement of aim; a passage's first sentence that
leans on a sentence cut away is an excerpt; a brand name a title gives in brackets ("UE2343 (Xanamem™)") names the
drug before them; and where no statement passes the floors, the passages the search ranks first that name the
question's rare words are quoted as closest evidence (``scoring.topic_candidates``)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.search import open_index
from service.answer.concepts import Lexicon, concept
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.scoring import closest_only, has_quotable, quotable, title_names
from service.answer.tuning import TUNING
from tests.service.corpora import answered, background_guidelines, built
from tests.service.candidates import passage


def test_describe_the_mechanism_of_action_names_the_intervention() -> None:
    q = read_question("Describe the mechanism of action of Gizmocabtagene maraleucel.")
    assert q.type == "mechanism" and q.intervention == "Gizmocabtagene maraleucel"
    q = read_question("Explain the mode of action of drugx in gizmo palsy.")
    assert q.intervention == "drugx" and q.condition == "gizmo palsy"


def test_a_background_label_before_a_statement_is_no_aim() -> None:
    assert quotable("BACKGROUND: Drugx is an autologous CD19-directed CAR T-cell product for lymphoma.")
    assert not quotable("BACKGROUND: To assess whether drugx improves survival in lymphoma.")
    assert not quotable("OBJECTIVE: To assess whether drugx improves survival in lymphoma.")
    # ... and cut at its end, an excerpt.
    text, spans = passage("BACKGROUND: Drugx (dx-cel) is an autologous, CD19-directed, chimeric antigen receptor T-c")
    assert closest_only(text, spans) == [(text, 0, (False, True))]
    # A hypothesis to be tested asserts nothing.
    assert not quotable("Drugx is therefore a suitable candidate to test the hypothesis that it improves memory.")


def test_a_first_sentence_leaning_on_one_cut_away_is_an_excerpt() -> None:
    sentence = "By searching for factors that act at these elements, we identified GENEA as a driver of gliogenesis."
    text, spans = passage(sentence)
    assert not has_quotable(text, spans)
    assert closest_only(text, spans) == [(text, 0, (True, False))]
    # Not one in the middle or at the end of a passage: there its antecedent is quoted with it, or it is dropped.
    text, spans = passage("GENEA is a transcription factor expressed in glia.", sentence)
    assert closest_only(text, spans) == []


def test_a_brand_in_brackets_in_a_title_names_the_drug_before_it() -> None:
    brand = concept("Zorbamem", Lexicon({}), lambda term: 5.0)
    title = "Early evaluation of the brain-penetrant inhibitor ZQ4417 (Zorbamem™)"
    assert title_names(brand, title) == (frozenset({"zq4417"}),)
    assert title_names(brand, "Early evaluation of the inhibitor ZQ4417 (Zorbamem)") == (frozenset({"zq4417"}),)
    # An acronym in capitals is no brand.
    assert title_names(concept("ZQ", Lexicon({}), lambda term: 5.0), "Inhibitor ZQ4417 (ZQ)") == ()


BRAND = """---
title: "Selection and early evaluation of the brain-penetrant gizmase inhibitor ZQ4417 (Zorbamem™)"
type: research
year: 2017
---
ZQ4417 was identified as a potent, orally available, brain-penetrant gizmase inhibitor and selected for clinical
development. ZQ4417 was safe and well tolerated in healthy volunteers and reached the brain at concentrations that
inhibit gizmase.
"""
CELL = """---
title: ""
type: research
year: 2020
---
BACKGROUND: Gizmocabtagene maraleucel (giz-cel) is an autologous, CD19-directed, chimeric antigen receptor (CAR) T-c
"""
OTHER = """---
title: "Drugy for gizmo palsy: a randomized trial"
type: research
year: 2021
---
In a randomized trial of 200 adults with gizmo palsy, drugy improved gizmo palsy scores at one year compared
with placebo. Drugy was well tolerated.
"""


@pytest.fixture(scope="module")
def named_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "named", {"brand.md": BRAND, "cell.md": CELL, "other.md": OTHER,
                                             **background_guidelines("Migraine prevention", "Asthma in children")})


def test_a_brand_name_asked_quotes_the_drug_its_title_names(named_index: Path) -> None:
    answer = answered(named_index, "What is Zorbamem?")
    assert answer.evidence.level != "none"
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert any("ZQ4417" in text for text in quoted)


def test_describe_the_mechanism_quotes_the_background_statement(named_index: Path) -> None:
    answer = answered(named_index, "Describe the mechanism of action of Gizmocabtagene maraleucel.")
    assert answer.evidence.level != "none"
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert any("chimeric antigen receptor" in text for text in quoted)


def test_a_question_on_nothing_the_corpus_names_still_cites_nothing(named_index: Path) -> None:
    answer = answered(named_index, "What is the airspeed velocity of an unladen swallow?")
    assert answer.evidence.level == "none" and answer.references == []


RADIOLOGY = """---
title: "Gizmo imaging manual"
type: guideline
year: 2019
---
Iodinated contrast media should be given through a cannula in a large vein. Staff should watch for a reaction to
contrast media for thirty minutes after the injection.
"""


def test_the_last_resort_needs_most_of_the_rare_words_asked(tmp_path_factory: pytest.TempPathFactory) -> None:
    # One rare word of the five asked written ("media") is a word shared, not the question's subject: the last
    # resort that quotes the passages naming the question's rare words (``scoring._naming_rarest``) quotes none.
    # The floor is lowered so that a tiny corpus has rare words at all (IDF 5 needs some 150 passages; here a word
    # in one passage of the few weighs 0.98, one in none 2.08).
    index_dir = built(tmp_path_factory, "rare", {"radiology.md": RADIOLOGY,
                                                 **background_guidelines("Migraine prevention", "Asthma in children")})
    index = open_index(index_dir)
    try:
        tuning = replace(TUNING, rare_idf=0.9)
        answer = answer_question(index, "gizmocillin dose acute gizmitis media", tuning=tuning)
        assert answer.evidence.level == "none" and answer.references == []
        # ... while a question whose rare words the manual writes is still quoted from it.
        answer = answer_question(index, "contrast media reaction watch cannula", tuning=tuning)
        assert any("contrast media" in r.title.lower() or "imaging" in r.title.lower() for r in answer.references)
    finally:
        index.close()
