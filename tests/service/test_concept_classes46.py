"""The grammar behind session 46's direct answers (``test_direct_evidence46``), read without an index: a word of
joining after "with" or "without" says nothing the preposition does not."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import concept, plainly_joined


def test_a_word_of_joining_after_without_is_what_the_preposition_says() -> None:
    assert plainly_joined("calcium supplements without co-administered vitamin D") == (
        "calcium supplements without vitamin D",)
    assert plainly_joined("aspirin with concomitant clopidogrel") == ("aspirin with clopidogrel",)
    # a word that is no word of joining stays: "without prior treatment" says which treatment
    assert plainly_joined("surgery without prior treatment") == ()
    named = concept("calcium supplements without co-administered vitamin D")
    statement = "Calcium supplements without vitamin D were associated with more myocardial infarction."
    assert named.mentioned_in(frozenset(tokenize(statement)), text=statement)
