"""A class the corpus names kinds of, whose name is the concept's words and one more ("vitamin K antagonists" of
"vitamin K supplementation"), is another thing: a statement naming the concept's words only inside that class's name
does not speak of the concept."""
from __future__ import annotations

from index.embedder import load_embedder
from index.lexical import tokenize
from ingest.abbreviations import corpus_definitions
from ingest.kinds import corpus_kinds
from service.answer.concepts import Lexicon, concept

# The corpus names kinds of "zorbin K antagonists" (blocamine, stopazol): a class of its own.
TEXTS = ["Zorbin K antagonists such as blocamine and stopazol are used to prevent clots.",
         "Zorbin K supplementation raises zorbin K status."]


def _mentions(name: str, text: str) -> bool:
    return concept(name, Lexicon.from_texts(TEXTS)).mentioned_in(frozenset(tokenize(text)), text=text)


def test_the_concepts_words_inside_a_rival_class_name_do_not_name_it() -> None:
    # Session 44: "continuing a vitamin K antagonist" had named "vitamin K supplementation" (its form met in part), so
    # a trial of vitamin K antagonists led the answer to "Should haemodialysis patients take vitamin K ...?".
    assert not _mentions("zorbin K supplementation",
                         "Patients continuing a zorbin K antagonist had more calcification.")


def test_the_concept_named_apart_from_the_rival_class_still_counts() -> None:
    assert _mentions("zorbin K supplementation", "Zorbin K supplementation did not change calcification.")
    assert _mentions("zorbin K supplementation",
                     "Zorbin K supplementation in people taking zorbin K antagonists raised bleeding.")


def test_the_class_itself_and_a_numbered_subtype_are_no_rivals() -> None:
    # "zorbin K2" is a class the corpus names kinds of too, but a numbered subtype of zorbin K: one of it.
    lexicon = Lexicon.from_texts([*TEXTS, "Zorbin K2 is the collective name for the zorbinones, such as zorbinone-4 "
                                          "and zorbinone-7."])
    assert lexicon.kinds("zorbin K2")
    assert lexicon.rival_classes("zorbin K antagonists") == []
    assert lexicon.rival_classes("zorbin K") == ["zorbin k antagonists"]


def test_a_class_named_by_the_concepts_other_words_still_names_it_with_them() -> None:
    # Review, session 44: on the shared guidelines "Transfusion of blood components ..." no longer named "blood
    # transfusion" ("blood components" a class with kinds): "transfusion" stands beside the class name.
    texts = ["Gizmo components such as redcellin and plateline are stored cold."]
    lexicon = Lexicon.from_texts(texts)
    assert lexicon.rival_classes("gizmo transfusion") == ["gizmo components"]
    named = concept("gizmo transfusion", lexicon)
    text = "Transfusion of gizmo components was given to most patients."
    assert named.mentioned_in(frozenset(tokenize(text)), text=text)
    other = "Gizmo components were counted in every patient."
    assert not named.mentioned_in(frozenset(tokenize(other)), text=other)


def test_a_class_the_embedder_puts_next_to_the_concept_is_the_concept_itself() -> None:
    # Review, session 44: "Antidepressant drugs are effective ..." no longer named "antidepressants" on the shared
    # guidelines, "antidepressant drugs" being a class with kinds. The index's embedder puts the two at 0.95;
    # "vitamin K antagonists" stays another thing than "vitamin K supplementation" (0.76).
    texts = ["Antidepressant drugs such as sertraline and citalopram are widely used.",
             "Vitamin K antagonists such as warfarin and acenocoumarol prevent clots."]
    lexicon = Lexicon(corpus_definitions(texts), kinds=corpus_kinds(texts), encode=load_embedder().encode)
    assert lexicon.rival_classes("antidepressants") == []
    assert lexicon.rival_classes("vitamin K supplementation") == ["vitamin k antagonists"]
    text = "Antidepressant drugs are effective for moderate depression."
    assert concept("antidepressants", lexicon).mentioned_in(frozenset(tokenize(text)), text=text)
