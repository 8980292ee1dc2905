"""A concept of several words is mentioned only where its words stand together in the statement
(service.answer.concepts.together): next to each other with a space or a hyphen between, or with "of" and an
article between ("stiffness of the arteries"), or with a word of the question's own phrase that names nothing
("therapy" of "exercise therapy programmes"). Words met apart in one statement ("weight" of a birth weight,
"loss" of a pregnancy loss) do not name weight-loss drugs. One-word forms and abbreviations are met as before."""
from __future__ import annotations

import random

from index.lexical import tokenize
from index.search import Index
from index.words import words
from ingest.models import DocumentKind
from service.answer.concepts import Concept, concept
from service.answer.question import read_question
from service.answer.pipeline import answer_question
from service.answer.scoring import candidates
from tests.service.candidates import document, hit
from tests.service.test_closest_only import MODEL, STATS

# Rarer words weigh more, as the corpus's IDF would have them.
_IDF = {"weight": 2.0, "loss": 2.5, "drug": 1.0, "arteri": 3.0, "stiff": 3.5}


def _concept(phrase: str) -> Concept:
    return concept(phrase, idf=lambda t: _IDF.get(t, 1.0))


def _mentions(c: Concept, statement: str) -> bool:
    return c.mentioned_in(frozenset(tokenize(statement)), text=statement)


def test_a_multi_word_concept_split_across_a_statement_is_not_mentioned() -> None:
    drugs = _concept("weight-loss drugs")
    split = "Cutting down on coffee lowers the chance of pregnancy loss and of a low-birth-weight baby."
    assert drugs.mentioned_in(frozenset(tokenize(split)))  # every word is there, apart ...
    assert not _mentions(drugs, split)  # ... so the statement does not name the drugs
    stiffness = _concept("arterial stiffness")
    assert not _mentions(stiffness, "Arterial calcium rose, while stiffness of the knee eased.")


def test_a_multi_word_concept_whose_words_stand_together_is_mentioned() -> None:
    drugs = _concept("weight-loss drugs")
    assert _mentions(drugs, "Weight-loss drugs should not be taken by pregnant women.")
    assert _mentions(drugs, "Drugs for weight loss are not advised in pregnancy.")  # met in part, together
    assert _mentions(drugs, "The loss of weight on these agents is modest.")  # turned round with "of"
    stiffness = _concept("arterial stiffness")
    assert _mentions(stiffness, "Arterial stiffness fell after a year of supplements.")
    assert _mentions(stiffness, "The stiffness of the arteries fell after a year of supplements.")


def test_words_a_question_phrase_gives_no_term_may_stand_between_its_words() -> None:
    # "therapy" frames a question (no term of the concept), but a statement that names the concept has it in place.
    programmes = _concept("exercise therapy programmes")
    assert _mentions(programmes, "Exercise therapy programmes eased knee pain.")
    assert not _mentions(programmes, "Exercise eased knee pain in most programmes.")


def test_one_word_forms_and_abbreviations_are_met_anywhere() -> None:
    shock = concept("ESWT")
    assert _mentions(shock, "Pain eased after ESWT in most adults.")
    k2 = _concept("vitamin K")
    assert _mentions(k2, "Vitamin K2 supplements slowed calcification.")  # a numbered subtype, next to its name
    assert not _mentions(k2, "Vitamin D was given with K2 gum.")  # the subtype apart from "vitamin"


def test_a_mark_between_two_words_keeps_them_together() -> None:
    # An apposition or a possessive names the thing as much as the plain phrase does.
    vaccine = _concept("NicVAX vaccine")
    assert _mentions(vaccine, "The nicotine vaccine, NicVAX, did not help smokers stop.")
    assert not _mentions(vaccine, "NicVAX was given to smokers who had refused a flu vaccine.")
    assert _mentions(_concept("Behçet syndrome"), "Apremilast healed the oral ulcers of Behçet's syndrome.")
    # "-like" makes an adjective of the noun before it: a "gizmo-like blocker" is named with gizmo blockers.
    assert _mentions(_concept("gizmo blockers"), "First-line drugs include gizmo or gizmo-like blockers.")


def test_names_joined_by_a_preposition_may_stand_apart() -> None:
    # "survival" and "mesothelioma" are two names the question joins with "of"; a finding on the survival of
    # patients with mesothelioma names both, while each name's own words must stand together.
    survival = _concept("survival of mesothelioma patients")
    assert _mentions(survival, "The drug did not improve the overall survival of patients with mesothelioma.")
    stiffness = _concept("arterial stiffness in older women")
    assert _mentions(stiffness, "In older women, arterial stiffness fell.")
    # A joining word that is a term ("during") counts where the statement has it, as before.
    assert _mentions(_concept("pain during labour"), "Pain during labour eased with water immersion.")


def test_a_statement_whose_concept_words_stand_apart_is_not_a_candidate_on_the_topic() -> None:
    question = read_question("Should weight-loss drugs be avoided during pregnancy?")
    assert question.intervention and question.condition
    i_concept = concept(question.intervention, STATS.lexicon, STATS.idf)
    c_concept = concept(question.condition, STATS.lexicon, STATS.idf, condition=True)
    guideline = document("g1", DocumentKind.GUIDELINE)
    apart = ("For pregnant women who take other drugs, less coffee is advised to lower the risk of pregnancy loss "
             "and low-birth-weight.")
    near = "Weight-loss drugs are contraindicated in pregnancy because their safety has not been shown."
    found = candidates(question, [hit(guideline, apart, 0), hit(guideline, near, 1)], STATS, i_concept, c_concept,
                       model=MODEL, floors=False)
    mentions = {c.text: c.mentions_intervention for c in found}
    assert mentions == {near: True, apart: False}


def test_the_words_give_the_tokenizers_terms_in_order() -> None:
    # index.words reads with the tokenizer's pattern, stop words and stemmer: the same terms, in the same order.
    rng = random.Random(23)
    pool = ["Vitamin", "K2", "of", "the", "IL-6", "weight-loss", "β-blockers", "and/or", "(MK-7)", "arteries,",
            "low-birth-weight", "T2DM.", "10%", "a", "HbA1c", "non-small-cell", "x/y/z", "drugs;"]
    for _ in range(300):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        assert [t for _, terms in words(text) for t in terms] == tokenize(text), text


def test_a_word_of_the_concept_said_as_an_adverb_may_stand_apart() -> None:
    # A statement turns "routine imaging" into a verb phrase: "routinely" is said of the verb, not of another noun.
    imaging = _concept("routine imaging")
    assert _mentions(imaging, "Clinicians should not routinely obtain imaging for back pain.")
    assert _mentions(_concept("oral vancomycin"), "Vancomycin given orally is the treatment of choice.")
    assert not _mentions(imaging, "Routine care rarely needs a scan; imaging follows red flags.")


def test_one_word_between_a_names_words_keeps_them_together_and_two_part_them() -> None:
    marker = _concept("raised gizmo protein")
    assert _mentions(marker, "Raised cardiac gizmo protein predicted a worse course.")  # a modifier left out
    assert _mentions(_concept("gizmo tolerance"), "Some patients developed tolerance to gizmo.")  # reversed
    assert not _mentions(_concept("gizmo tolerance"), "Gizmo was given twice and the tolerance of exercise rose.")


def test_modifiers_coordinated_before_one_head_name_each_with_it() -> None:
    # s29a: "Is screening for depression recommended in pregnant women?" had no direct statement beside "The US
    # Preventive Services Task Force recommends screening for depression in the general adult population, including
    # pregnant and postpartum women."
    pregnant = _concept("pregnant women")
    assert _mentions(pregnant, "Screening is recommended for adults, including pregnant and postpartum women.")
    assert _mentions(_concept("heart disease"), "It is used with caution in kidney or heart disease.")
    assert not _mentions(pregnant, "Pregnant adolescents and their mothers, older women and men were screened.")


def test_a_hyphenated_word_between_the_words_of_a_name_counts_as_one_word() -> None:
    # "back-up" is one word between "delayed" and "prescription", as "backup" would be; two words between still
    # part a name, and a hyphenated word's parts before a word of the name stay words of their own.
    delayed = _concept("delayed prescription")
    assert _mentions(delayed, "A delayed back-up prescription reduces antibiotic use.")
    assert _mentions(delayed, "A delayed backup prescription reduces antibiotic use.")
    assert not _mentions(delayed, "A delayed antibiotic back-up prescription reduces antibiotic use.")
    assert not _mentions(_concept("weight-loss drugs"),
                         "Cutting down on coffee lowers the chance of pregnancy loss and of a low-birth-weight baby.")


def test_a_process_named_by_a_relative_clause_names_its_noun() -> None:
    carboxylation = _concept("gizmo protein carboxylation")
    assert _mentions(carboxylation, "Drugx increases the proportion of gizmo protein that is carboxylated.")
    assert _mentions(carboxylation, "Gizmo proteins which are carboxylated bind calcium.")
    # the words far apart still name nothing
    assert not _mentions(carboxylation, "The gizmo protein level rose, and the enzyme was later carboxylated.")


def test_vitamin_k2_is_answered_on_the_carboxylation_of_matrix_gla_protein(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does vitamin K2 supplementation improve matrix Gla protein carboxylation?")
    assert answer.verdict == "yes", answer.bottom_line.text
    assert answer.bottom_line.text.startswith("Yes.") and "carboxylat" in answer.bottom_line.text
