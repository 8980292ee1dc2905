"""Concepts learned from the corpus: a topic the default corpus does not contain gets the same help."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexicon import LEXICON, LEXICON_VECTORS
from index.lexical import tokenize
from index.search import Index, open_index
from service.answer.concepts import Lexicon, concept, text_passages, variant
from service.answer.corpus_stats import corpus_stats, index_lexicon
from service.answer.models import Answer
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from service.answer.retrieval import retrieve
from service.answer.scoring import candidates
from tests.service.corpora import built

UNRELATED = """---
title: "Overview of asthma inhaler steps"
type: guideline
source: "Test Respiratory Society"
year: 2021
---
# Overview of asthma inhaler steps

Inhaled corticosteroids are the basis of long-term asthma control in adults and children.
"""  # a guideline off every question here

DERMATOLOGY = {
    "pdt-trial.md": """---
title: "Photodynamic therapy for actinic keratoses: a randomized trial"
type: research
source: "Test Journal of Dermatology"
year: 2015
---
# Photodynamic therapy for actinic keratoses: a randomized trial

## Background

Actinic keratoses are rough, scaly skin lesions caused by long-term sun exposure. Photodynamic therapy (PDT) combines a photosensitising cream with illumination by red light.

## Results

In this randomized trial of 210 adults, PDT cleared 81 percent of actinic keratoses at three months compared with 22 percent after placebo cream with illumination. Pain during illumination was the most common adverse effect.
""",
    "ak-guideline.md": """---
title: "Overview of guidance on actinic keratosis"
type: guideline
source: "Test Dermatology Society"
year: 2020
---
# Overview of guidance on actinic keratosis

## Recommendations

Clinicians should offer field treatment such as topical fluorouracil or PDT to patients with multiple actinic keratoses. Cryotherapy is recommended for isolated lesions.
""",
    "unrelated.md": UNRELATED,
}


@pytest.fixture(scope="module")
def derm_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return open_index(_built(tmp_path_factory, "derm", DERMATOLOGY))


def _built(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Path:
    """The index directory of a corpus folder holding ``files`` (name -> text), built by the real build."""
    return built(tmp_path_factory, name, files)


def _answered(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str], question: str) -> Answer:
    """The answer to ``question`` from an index of a corpus folder holding ``files``, the index closed after it."""
    index = open_index(_built(tmp_path_factory, name, files))
    try:
        return answer_question(index, question)
    finally:
        index.close()


def test_an_abbreviation_the_corpus_defines_names_the_concept() -> None:
    lexicon = Lexicon.from_texts(["Photodynamic therapy (PDT) combines a cream with red light."])
    pdt = concept("photodynamic therapy", lexicon)
    assert pdt.mentioned_in({"pdt", "clear", "lesion"})
    assert concept("PDT", lexicon).mentioned_in({"photodynam", "therapi"})
    assert not concept("photodynamic therapy").mentioned_in({"pdt", "clear", "lesion"})


def test_a_longer_concept_is_met_by_its_weightiest_terms() -> None:
    weights = {"fractur": 3.0, "older": 1.0, "adult": 0.5}
    fractures = concept("fractures in older adults", idf=weights.__getitem__)
    assert fractures.mentioned_in({"fractur", "adult", "trial"})
    assert not fractures.mentioned_in({"older", "adult", "trial"})


def test_a_new_specialty_gets_direct_evidence_through_its_abbreviation(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Is photodynamic therapy effective for actinic keratosis?")
    assert answer.evidence.direct and answer.evidence.level != "indirect"
    assert answer.bottom_line.statements[0].origin == "template"  # the verdict
    assert answer.verdict in ("yes", "uncertain")
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and "PDT" in quoted[0].text
    assert "insufficient evidence" not in answer.bottom_line.text.lower()


def test_the_bottom_line_prefers_a_guideline_recommendation(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Should photodynamic therapy be offered for actinic keratoses?")
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted, answer.bottom_line.text
    lead_ref = next(r for r in answer.references if r.n == quoted[0].citations[0])
    assert lead_ref.kind == "Guideline"
    assert quoted[0].text.startswith("Clinicians should offer field treatment")


# A specialty the default corpus does not hold. The trial calls the condition "plantar fasciopathy" and
# defines its intervention's abbreviation; the question asks with the other names ("plantar fasciitis",
# "CFO"). The corpus uses both names of the condition, so the index's lexicon holds both as phrases.
PODIATRY = {
    "cfo-trial.md": """---
title: "Foot orthoses for heel pain: a randomised trial"
type: research
source: "Test Journal of Podiatry"
year: 2018
---
# Foot orthoses for heel pain: a randomised trial

## Results

In this randomised trial of 150 adults with plantar fasciopathy, custom foot orthoses (CFO) reduced heel pain at 12 weeks compared with sham insoles. CFO were worn for at least six hours a day.
""",
    "heel-review.md": """---
title: "Overview of plantar heel pain in adults"
type: research
source: "Test Review of Podiatry"
year: 2019
---
# Overview of plantar heel pain in adults

Plantar fasciitis is the commonest cause of heel pain in adults. Many authors now prefer the name plantar fasciopathy, since biopsies show degeneration rather than inflammation.
""",
    "stretching.md": """---
title: "Stretching in heel pain: a cohort study"
type: research
source: "Test Journal of Podiatry"
year: 2020
---
# Stretching in heel pain: a cohort study

Among 300 runners with plantar fasciitis, daily calf stretching was followed by less pain at one year. Runners with plantar fasciopathy on imaging improved more slowly.
""",
    "unrelated.md": UNRELATED,
}
PODIATRY_QUESTION = "Do CFO help plantar fasciitis?"


@pytest.fixture(scope="module")
def podiatry_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "podiatry", PODIATRY)


def test_variants_are_other_forms_of_the_same_words_not_siblings() -> None:
    terms = lambda phrase: concept(phrase).forms[0]
    assert variant(terms("calcific tendinopathy"), terms("calcific tendinitis"))
    assert variant(terms("tendon calcification"), terms("calcific tendinopathy"))
    assert not variant(terms("vitamin K2"), terms("vitamin K1"))
    assert not variant(terms("type 1 diabetes"), terms("type 2 diabetes"))
    assert not variant(terms("vitamin K"), terms("vitamin K antagonists"))  # a narrower name, not another
    assert not variant(terms("vascular calcification"), terms("vascular calcification"))


def test_the_build_writes_the_lexicon_and_the_service_reads_it(podiatry_index_dir: Path) -> None:
    folder = podiatry_index_dir.resolve()
    assert (folder / LEXICON).exists() and (folder / LEXICON_VECTORS).exists()
    index = open_index(podiatry_index_dir)
    try:
        lexicon = index_lexicon(index)
        assert lexicon.names("CFO") == ["custom foot orthoses"]
        # A near neighbour in the embedding space, from the corpus's own phrases: no table names it.
        assert "plantar fasciopathy" in lexicon.neighbours("plantar fasciitis")
        assert "plantar fasciitis" in lexicon.neighbours("plantar fasciopathy")
        assert lexicon.neighbours("heel pain") == []  # "plantar heel pain" is narrower, not another name
    finally:
        index.close()


def _trial_sentence_is_direct(index: Index, lexicon: Lexicon) -> bool:
    q = read_question(PODIATRY_QUESTION)
    stats = corpus_stats(index)
    i_concept = concept(q.intervention, lexicon, stats.idf)
    c_concept = concept(q.condition, lexicon, stats.idf)
    found = candidates(q, retrieve(index, q), stats, i_concept, c_concept)
    return any(c.direct and "CFO" in c.text and "fasciopathy" in c.text for c in found)


def test_a_new_specialty_is_answered_through_the_other_names_of_its_concepts(podiatry_index_dir: Path) -> None:
    index = open_index(podiatry_index_dir)
    try:
        q = read_question(PODIATRY_QUESTION)
        assert (q.intervention, q.condition) == ("CFO", "plantar fasciitis")
        # With only the defined abbreviations the trial is not about "plantar fasciitis"; the neighbour
        # "plantar fasciopathy" makes it the direct evidence it is.
        assert not _trial_sentence_is_direct(index, Lexicon.from_texts(index.store.texts()))
        assert _trial_sentence_is_direct(index, corpus_stats(index).lexicon)
        answer = answer_question(index, PODIATRY_QUESTION)
        assert answer.evidence.direct and answer.evidence.level != "indirect"
        quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
        assert quoted and "custom foot orthoses (CFO) reduced heel pain" in quoted[0].text
    finally:
        index.close()


def test_an_index_built_before_lexicon_files_falls_back_to_its_texts(podiatry_index_dir: Path,
                                                                      tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old-index"
    shutil.copytree(podiatry_index_dir.resolve(), old)
    (old / LEXICON).unlink()
    (old / LEXICON_VECTORS).unlink()
    index = open_index(old)
    try:
        lexicon = corpus_stats(index).lexicon
        assert lexicon.names("CFO") == ["custom foot orthoses"]  # definitions, read from the store
        assert lexicon.neighbours("plantar fasciitis") == []  # no vectors, no model call to make them
        assert answer_question(index, PODIATRY_QUESTION).sections  # answers, no error
    finally:
        index.close()


def test_a_damaged_lexicon_file_is_ignored(podiatry_index_dir: Path, tmp_path: Path) -> None:
    import shutil

    damaged = tmp_path / "damaged-index"
    shutil.copytree(podiatry_index_dir.resolve(), damaged)
    (damaged / LEXICON).write_text("{not json")
    index = open_index(damaged)
    try:
        assert index_lexicon(index).names("CFO") == ["custom foot orthoses"]
    finally:
        index.close()


def test_a_one_word_phrase_takes_a_longer_defined_name_only_when_the_embedder_puts_them_close() -> None:
    from index.embedder import load_embedder

    phrases = ["shockwave therapy", "extracorporeal shockwave therapy", "hormone therapy", "growth hormone"]
    lexicon = Lexicon({"ESWT": ["extracorporeal shockwave therapy"], "GH": ["growth hormone"]}, phrases,
                      load_embedder().encode(phrases))
    assert "ESWT" in lexicon.names("shockwave therapy")  # "therapy" frames a question: one word, "shockwave"
    assert "GH" not in lexicon.names("hormone therapy")  # one word of it, but another subject
    assert "GH" not in Lexicon({"GH": ["growth hormone"]}).names("hormone therapy")  # no vectors, no guess


_TIED = """
from service.answer.concepts import concept
idf = lambda t: 7.0 if t.startswith(("acetylcystein", "myringotom")) else 3.0
c = concept("topical acetylcysteine after myringotomy", idf=idf)
print([t for t, _ in c.weights[0]][:2], c.mentioned_in({t for t in c.forms[0] if not t.startswith("myringotom")}))
"""


def test_equally_rare_terms_are_ordered_by_name_whatever_the_string_hashing() -> None:
    # Two terms of one IDF: which one a partial mention must contain was the frozenset's order, so the same
    # question got a different answer from one process to the next (PYTHONHASHSEED).
    import os
    import subprocess
    import sys
    outputs = {subprocess.run([sys.executable, "-c", _TIED], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outputs) == 1
    rarest, mentioned = outputs.pop().rsplit(" ", 1)
    assert rarest.startswith("['acetylcystein") and "myringotom" in rarest  # by name among equals
    assert mentioned.strip() == "True"  # the first of the tied terms is present, with enough of the weight


DRY_EYE = {
    "plugs-guideline.md": """---
title: "Overview of guidance on dry eye disease"
type: guideline
source: "Test Ophthalmology Society"
year: 2022
---
# Overview of guidance on dry eye disease

## Recommendations

Punctal plugs, also known as lacrimal occlusion devices, block the drainage of tears from the eye surface.
Artificial tears are the first treatment for mild dry eye disease.
""",
    "plugs-trial.md": """---
title: "Occlusion of the tear drainage in dry eye disease: a randomized trial"
type: research
source: "Test Journal of Ophthalmology"
year: 2019
---
# Occlusion of the tear drainage in dry eye disease: a randomized trial

## Results

In this randomized trial of 120 adults with dry eye disease, lacrimal occlusion devices improved symptom scores at three months compared with sham insertion.
""",
    "unrelated.md": UNRELATED,
}


def test_a_name_the_corpus_gives_in_words_names_the_concept(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The trial never says "punctal plugs"; the guideline says they are "also known as" what the trial tested.
    index = open_index(_built(tmp_path_factory, "dry-eye", DRY_EYE))
    try:
        trial = "lacrimal occlusion devices improved symptom scores"
        lexicon = corpus_stats(index).lexicon
        assert "lacrimal occlusion devices" in lexicon.names("punctal plugs")
        assert concept("punctal plugs", lexicon).mentioned_in({"lacrim", "occlus", "devic", "improv"})
        answer = answer_question(index, "Do punctal plugs improve symptoms of dry eye disease?")
        assert answer.evidence.level != "indirect", answer.bottom_line.text
        assert any(trial in s.text for s in answer.bottom_line.statements if s.origin == "source"), \
            answer.bottom_line.text
    finally:
        index.close()


HEART_FAILURE = {
    "diuretics-guideline.md": """---
title: "Overview of guidance on fluid overload in acute heart failure"
type: guideline
source: "Test Cardiology Society"
year: 2021
---
# Overview of guidance on fluid overload in acute heart failure

## Recommendations

Loop diuretics such as furosemide and bumetanide are given intravenously for fluid overload.
Daily weight should be recorded while the dose is adjusted.
""",
    "bumetanide-trial.md": """---
title: "Early intravenous treatment in acute heart failure: a randomized trial"
type: research
source: "Test Journal of Cardiology"
year: 2018
---
# Early intravenous treatment in acute heart failure: a randomized trial

## Results

In this randomized trial of 300 adults admitted with acute heart failure, bumetanide reduced breathlessness at 24 hours compared with placebo.
""",
    "unrelated.md": UNRELATED,
}


def test_a_kind_the_corpus_names_speaks_of_what_it_is_a_kind_of(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The trial names bumetanide only; the guideline says bumetanide is one of the loop diuretics.
    index = open_index(_built(tmp_path_factory, "heart-failure", HEART_FAILURE))
    try:
        lexicon = corpus_stats(index).lexicon
        assert lexicon.kinds("loop diuretics") == ["bumetanide", "furosemide"]
        assert lexicon.kinds("bumetanide") == []  # one way: a statement on loop diuretics is not one on bumetanide
        answer = answer_question(index, "Do loop diuretics reduce breathlessness in acute heart failure?")
        assert answer.evidence.level != "indirect", answer.bottom_line.text
        assert any("bumetanide reduced breathlessness" in s.text for s in answer.bottom_line.statements
                   if s.origin == "source"), answer.bottom_line.text
    finally:
        index.close()


def test_a_degree_and_its_noun_are_named_by_the_corpus_word_with_a_greek_prefix() -> None:
    # "high calcium" is hypercalcaemia where the corpus has that word (session 33): the prefix for the degree and
    # the noun's first letters, looked up in the corpus's terms, no table of conditions.
    lexicon = Lexicon({}, vocabulary=["hypercalcaemia", "calcium", "hypertens", "risk"])
    assert lexicon.degree_words("high calcium levels") == ["hypercalcaemia"]  # the measure goes with the noun
    assert lexicon.degree_words("low calcium") == []  # no "hypocalc..." in this corpus
    assert lexicon.degree_words("high risk") == []
    high = concept("high calcium", lexicon)
    statement = "Hypercalcaemia from vitamin D is uncommon."
    assert high.mentioned_in(frozenset(tokenize(statement)), text=statement)
    assert not concept("high calcium").mentioned_in(frozenset(tokenize(statement)), text=statement)


def test_either_side_of_alternatives_names_the_intervention() -> None:
    # "X or Y" offers two treatments (Question.alternatives): a statement on either answers the question. Before,
    # the concept was the phrase "X or Y", met only where both stood together.
    from service.answer.concepts import question_concepts

    question = read_question("Are gizmotherapy or widgetology recommended for adults with flurbosis?")
    assert question.alternatives == ("gizmotherapy", "widgetology")
    intervention, _ = question_concepts(question)
    assert intervention is not None
    assert intervention.mentioned_in(frozenset(tokenize("Widgetology is recommended for moderate flurbosis.")))
    assert intervention.mentioned_in(frozenset(tokenize("Gizmotherapy helps.")))
    assert not intervention.mentioned_in(frozenset(tokenize("Exercise is recommended for flurbosis.")))


THIAMINE = {
    "thiamine-overview.md": """---
title: "Overview of the B vitamins"
type: research
source: "Test Journal of Nutrition"
year: 2020
---
# Overview of the B vitamins

Vitamin B1, also called thiamine, is a water-soluble vitamin needed for glucose metabolism in nerve cells.
Vitamin B12, also called cobalamin, is needed for the myelin of nerves.
""",
    "thiamine-trial.md": """---
title: "Thiamine in alcohol withdrawal: a randomized placebo-controlled trial"
type: research
source: "Test Journal of Addiction Medicine"
year: 2019
---
# Thiamine in alcohol withdrawal: a randomized placebo-controlled trial

## Results

In this randomized trial of 400 adults admitted with alcohol withdrawal, thiamine reduced the incidence of Wernicke encephalopathy compared with placebo.
""",
    "unrelated.md": UNRELATED,
}


def test_a_numbered_subtypes_other_names_name_the_lettered_name() -> None:
    # "Vitamin B1, also called thiamine": a statement on thiamine is one on vitamin B1, so one on vitamin B (session 38); never
    # the reverse, and a sibling subtype's names are no names of the other ("cobalamin" is no vitamin B1).
    lexicon = Lexicon.from_texts(["Vitamin B1, also called thiamine, is needed by nerves.",
                                  "Vitamin B12, also called cobalamin, is too."])
    assert lexicon.subtype_names("vitamin B") == ["thiamine", "cobalamin"]
    assert lexicon.subtype_names("vitamin B1") == []
    statement = "High-dose thiamine prevented Wernicke encephalopathy."
    assert concept("vitamin B", lexicon).mentioned_in(frozenset(tokenize(statement)), text=statement)
    assert not concept("vitamin B12", lexicon).mentioned_in(frozenset(tokenize(statement)), text=statement)
    assert not concept("vitamin B").mentioned_in(frozenset(tokenize(statement)), text=statement)


def test_a_trial_of_a_subtypes_other_name_answers_a_question_on_the_lettered_name(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = _answered(tmp_path_factory, "thiamine", THIAMINE, "Does vitamin B prevent Wernicke encephalopathy?")
    assert answer.evidence.level != "indirect", answer.bottom_line.text
    assert any("thiamine reduced the incidence of Wernicke" in s.text for s in answer.bottom_line.statements
               if s.origin == "source"), answer.bottom_line.text


GOUT = {
    "gout-guideline.md": """---
title: "Overview of preventing flares of gout"
type: guideline
source: "Test Rheumatology Society"
year: 2022
---
# Overview of preventing flares of gout

## Background

Gout is an inflammatory arthritis with recurrent attacks of severe joint pain and swelling, most often in the big toe.
Urate crystals form in joints when serum urate stays high, and people with gout attacks often have kidney stones too.

## Recommendations

Colchicine is recommended as a first-line preventive drug for gout when urate-lowering therapy is started.
Allopurinol should be started at a low dose in people with chronic kidney disease.
""",
    "unrelated.md": UNRELATED,
}
_GOUT_TEXTS = ["Gout is an inflammatory arthritis with recurrent attacks of severe joint pain and swelling.",
               "Colchicine is recommended as a preventive drug for gout when urate-lowering therapy is started.",
               "Calcium supplements may raise the risk of heart attacks and kidney stones in older people.",
               "Stones form in the kidney when urine is concentrated."]


def test_a_condition_is_named_by_itself_less_a_head_that_is_only_what_it_has() -> None:
    # "gout attacks": the corpus writes "gout" as a name of its own and "attacks of" apart from it, and the embedder
    # keeps "gout" close to the whole and "attacks" far; a statement on gout speaks of gout attacks (session 38).
    # "heart attacks" (the corpus never writes "heart" alone) and "kidney stones" ("stones" says much of its own,
    # 0.66) keep their heads; nothing without the embedder.
    from index.embedder import load_embedder

    lexicon = Lexicon({}, encode=load_embedder().encode, passages=text_passages(_GOUT_TEXTS))
    assert lexicon.head_less("gout attacks") == ("gout",)
    assert lexicon.head_less("heart attacks") == ()
    assert lexicon.head_less("kidney stones") == ()
    assert Lexicon({}, passages=text_passages(_GOUT_TEXTS)).head_less("gout attacks") == ()
    statement = "Colchicine is recommended as a first-line preventive drug for gout."
    terms = frozenset(tokenize(statement))
    assert concept("gout attacks", lexicon, condition=True).mentioned_in(terms, text=statement)
    assert not concept("gout attacks", lexicon).mentioned_in(terms, text=statement)  # only a question's condition


def test_a_recommendation_for_the_condition_answers_a_question_on_its_attacks(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = _answered(tmp_path_factory, "gout", GOUT, "Does colchicine prevent gout attacks?")
    assert answer.evidence.level != "indirect", answer.bottom_line.text
    assert "Colchicine is recommended" in answer.bottom_line.text, answer.bottom_line.text
