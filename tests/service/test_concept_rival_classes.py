"""A class the corpus names kinds of, whose name is the concept's words and one more ("vitamin K antagonists" of
"vitamin K supplementation"), is another thing: a statement naming the concept's words only inside that class's name
does not speak of the concept."""
from __future__ import annotations

from index.lexical import tokenize
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
