"""An act asked as a gerund alone ("fixing", from "Should X be fixed ...?") is named by the corpus's noun for
it only; a longer phrase with an -ing word keeps its own words beside that noun (session 19 review)."""
from __future__ import annotations

from service.answer.concepts import Lexicon, concept, text_counts

TEXTS = ["Early fixation of gizmo fractures shortened the stay.", "Gizmo pressure rose at night.",
         "A ration of zorb was given daily."]


def test_a_gerund_alone_is_named_by_the_corpus_noun_for_the_act() -> None:
    lexicon = Lexicon({}, counts=text_counts(TEXTS))
    assert concept("fixing", lexicon).forms == (frozenset({"fixat"}),)


def test_a_phrase_with_an_ing_word_keeps_its_own_words() -> None:
    lexicon = Lexicon({}, counts=text_counts(TEXTS))
    for phrase, own in (("pressing need", {"press", "need"}), ("rating scale", {"rate", "scale"})):
        assert frozenset(own) in concept(phrase, lexicon).forms, phrase
