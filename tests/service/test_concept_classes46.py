"""The grammar behind session 46's direct answers (``test_direct_evidence46``), read without an index: a word of
joining after "with" or "without" says nothing the preposition does not, and a name the corpus writes only in a
list of a class's kinds is named by the class."""
from __future__ import annotations

from index.lexical import tokenize
from ingest.kinds import corpus_kinds
from service.answer.concepts import Lexicon, concept, plainly_joined, text_passages


def test_a_word_of_joining_after_without_is_what_the_preposition_says() -> None:
    assert plainly_joined("calcium supplements without co-administered vitamin D") == (
        "calcium supplements without vitamin D",)
    assert plainly_joined("aspirin with concomitant clopidogrel") == ("aspirin with clopidogrel",)
    # a word that is no word of joining stays: "without prior treatment" says which treatment
    assert plainly_joined("surgery without prior treatment") == ()
    named = concept("calcium supplements without co-administered vitamin D")
    statement = "Calcium supplements without vitamin D were associated with more myocardial infarction."
    assert named.mentioned_in(frozenset(tokenize(statement)), text=statement)


TEXTS = [
    "Vitamin K supplements do not interact with direct oral anticoagulants such as apixaban, rivaroxaban or "
    "dabigatran.",
    "Rivaroxaban was compared with warfarin in a trial.",
    "Rivaroxaban is taken once daily.",
    "Warfarin and other vitamin K antagonists such as acenocoumarol need INR checks.",
    "Warfarin dosing is adjusted to the INR.",
    "Other indications such as angina are not covered here.",
]


def test_a_name_written_only_in_a_list_of_a_class_is_named_by_the_class() -> None:
    lexicon = Lexicon({}, kinds=corpus_kinds(TEXTS), passages=text_passages(TEXTS))
    assert lexicon.classes("apixaban") == ["direct oral anticoagulants"]
    # the corpus speaks of rivaroxaban and warfarin themselves: their classes' statements are of other kinds too
    assert lexicon.classes("rivaroxaban") == []
    assert lexicon.classes("warfarin") == []
    # one thing listed under "other indications" is no class of several named kinds
    assert lexicon.classes("angina") == []
