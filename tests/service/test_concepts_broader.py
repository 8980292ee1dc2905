"""A question's phrase named by its head alone when its leading words only describe it ("chronic urticaria" by
"urticaria"), never when they pick one of a family ("nail psoriasis" is not "scalp psoriasis"); Greek letters
as symbols or names. On a specialty the default corpus does not hold, with the real embedder."""
from __future__ import annotations

import pytest

from index.embedder import load_embedder
from index.search import Index, open_index
from service.answer.concepts import Lexicon, concept, question_concepts, text_counts
from service.answer.pipeline import answer_question
from service.answer.question import read_question
from tests.service.corpora import built

# How a corpus uses the words: urticaria and tonsillitis mostly without "chronic" / "recurrent"; psoriasis and
# cancer with other sites; "vaccinia Ankara" only ever as "modified vaccinia Ankara" (a name, not a description).
TEXTS = ["Antihistamines relieve urticaria.", "Urticaria is common in adults.", "Chronic urticaria lasts weeks.",
         "Tonsillitis is usually viral.", "Recurrent tonsillitis may need surgery.",
         "Tonsillitis causes sore throat.",
         "Scalp psoriasis itches.", "Psoriasis affects the skin.", "Nail psoriasis pits the nails.",
         "Bladder cancer is treated with surgery.", "Kidney cancer often presents late.",
         "Cancer screening saves lives.",
         "Modified vaccinia Ankara is a vaccine vector.", "Modified vaccinia Ankara was safe."]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """A lexicon with the real embedder and the word counts of TEXTS."""
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(TEXTS))


def test_a_describing_leading_word_may_be_left_out(lexicon: Lexicon) -> None:
    assert lexicon.broader("chronic urticaria") == ("urticaria",)
    assert lexicon.broader("recurrent tonsillitis") == ("tonsillitis",)
    hives = concept("chronic urticaria", lexicon, condition=True)
    assert hives.mentioned_in({"urticaria", "antihistamin", "recommend"})
    assert read_question("Are antihistamines effective for chronic urticaria?").condition == hives.name


def test_only_a_condition_is_named_by_its_head(lexicon: Lexicon) -> None:
    # The words before an intervention say what is done: "recurrent" describes tonsillitis, but a question's
    # intervention keeps all its words whatever the embedder reads in them.
    assert not concept("chronic urticaria", lexicon).mentioned_in({"urticaria"})
    assert concept("chronic urticaria", lexicon, condition=True).mentioned_in({"urticaria"})
    intervention, condition = question_concepts(read_question("Is omalizumab effective for chronic urticaria?"),
                                                lexicon)
    assert condition is not None and condition.mentioned_in({"urticaria"})
    assert intervention is not None and intervention.name == "omalizumab"


def test_a_leading_word_that_picks_one_of_a_family_stays(lexicon: Lexicon) -> None:
    assert lexicon.broader("nail psoriasis") == ()  # the embedder: "nail" says much of it
    assert lexicon.broader("kidney cancer") == ()
    assert not concept("nail psoriasis", lexicon, condition=True).mentioned_in({"psoriasi", "scalp", "calcipotriol"})


def test_a_fixed_name_is_not_cut_where_the_corpus_never_uses_its_rest_alone(lexicon: Lexicon) -> None:
    # "modified" says little of the phrase to the embedder (0.32), but the corpus never writes "vaccinia Ankara"
    # without it: the sentences that answer questions about it do not leave it out either.
    assert lexicon.broader("modified vaccinia Ankara") == ()
    alone = Lexicon({}, encode=load_embedder().encode, counts=text_counts(TEXTS + [
        "Vaccinia Ankara grows in cells.", "Vaccinia Ankara is attenuated.", "Vaccinia Ankara strains differ."]))
    assert alone.broader("modified vaccinia Ankara") == ("vaccinia Ankara",)


def test_a_phrase_with_a_preposition_or_conjunction_is_not_cut(lexicon: Lexicon) -> None:
    assert lexicon.broader("pain control after blunt chest trauma") == ()
    assert lexicon.broader("heart disease and anaemia") == ()


def test_without_an_embedder_or_corpus_counts_nothing_is_guessed() -> None:
    assert Lexicon({}).broader("chronic urticaria") == ()
    assert Lexicon({}, counts=text_counts(TEXTS)).broader("chronic urticaria") == ()
    assert Lexicon({}, encode=load_embedder().encode).broader("chronic urticaria") == ()
    assert not concept("chronic urticaria", Lexicon({}), condition=True).mentioned_in({"urticaria"})


def test_greek_letters_as_symbols_or_names() -> None:
    assert concept("beta-blockers").mentioned_in({"β", "blocker", "reduc"})
    assert concept("TNF-α inhibitors").mentioned_in({"tnf", "alpha", "inhibitor"})
    assert not concept("beta-blockers").mentioned_in({"α", "blocker"})
    assert concept("vitamin K2").forms == concept("vitamin K2").forms[:1]  # no Greek letter, no second form


# A specialty the default corpus does not hold: a guideline on urticaria that never says "chronic", and a trial
# on scalp psoriasis that must not answer a question on nail psoriasis.
DERMATOLOGY = {
    "urticaria-guideline.md": """---
title: "Overview of guidance on urticaria"
type: guideline
source: "Test Allergy Society"
year: 2022
---
# Overview of guidance on urticaria

## Recommendations

Second-generation H1 antihistamines are recommended as the first treatment for urticaria in adults. Clinicians should increase the antihistamine dose up to fourfold before adding other drugs.
""",
    "scalp-trial.md": """---
title: "Calcipotriol foam for scalp psoriasis: a randomized trial"
type: research
source: "Test Journal of Dermatology"
year: 2019
---
# Calcipotriol foam for scalp psoriasis: a randomized trial

## Results

In this randomized trial of 240 adults, calcipotriol foam cleared scalp psoriasis in 41 percent of patients at eight weeks compared with 14 percent after vehicle foam.
""",
    "acne.md": """---
title: "Overview of acne treatment"
type: guideline
source: "Test Dermatology Society"
year: 2021
---
# Overview of acne treatment

Topical retinoids are recommended for comedonal acne. Oral antibiotics should be limited to three months.
""",
}


@pytest.fixture(scope="module")
def derm_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    path = built(tmp_path_factory, "urticaria", DERMATOLOGY)
    index = open_index(path)
    yield index
    index.close()


def test_a_guideline_on_the_condition_answers_for_a_described_case_of_it(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Are antihistamines recommended for chronic urticaria?")
    assert answer.verdict == "yes" and answer.evidence.level != "indirect", answer.bottom_line.text
    quoted = [s for s in answer.bottom_line.statements if s.origin == "source"]
    assert quoted and quoted[0].text.startswith("Second-generation H1 antihistamines are recommended")


def test_a_trial_on_a_sibling_does_not_answer(derm_index: Index) -> None:
    answer = answer_question(derm_index, "Is calcipotriol effective for nail psoriasis?")
    assert answer.evidence.level in ("indirect", "none"), answer.bottom_line.text
    assert not answer.bottom_line.text.startswith("Yes")


def test_the_index_counts_words_together_from_its_postings(derm_index: Index) -> None:
    from service.answer.corpus_stats import chunk_counts

    counts = chunk_counts(derm_index)
    assert counts is not None
    named, with_chronic = counts(frozenset({"urticaria"}), frozenset({"chronic"}))
    assert named >= 1 and with_chronic == 0  # the guideline never says "chronic"
    psoriasis = counts(frozenset({"psoriasi"}), frozenset())[0]
    assert psoriasis and counts(frozenset({"psoriasi"}), frozenset({"scalp"})) == (psoriasis, psoriasis)


def test_a_leading_word_of_the_whole_is_left_out_whatever_the_embedder_reads() -> None:
    # "all-cause" says the rest is taken whole; the embedder puts "all-cause hospitalisation" at 0.67 of
    # "hospitalisation", under the closeness a described case needs, and a sentence on hospitalisation named none of
    # it. The corpus must still use the rest on its own.
    texts = ["Frobnazole cut hospitalisation by a third.", "Hospitalisation was rarer with frobnazole.",
             "Hospitalisation costs rose.", "All-cause hospitalisation was recorded yearly.",
             "Elective hospitalisation was delayed."]
    lexicon = Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts))
    assert lexicon.broader("all-cause hospitalisation") == ("hospitalisation",)
    assert concept("all cause hospitalisation", lexicon, condition=True).mentioned_in({"hospitalis", "frobnazol"})
    never_alone = Lexicon({}, encode=load_embedder().encode, counts=text_counts(
        ["All-cause hospitalisation fell.", "All-cause hospitalisation was recorded yearly.", "Frobnazole is cheap."]))
    assert never_alone.broader("all-cause hospitalisation") == ()
