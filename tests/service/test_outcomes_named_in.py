"""A research title's names for the asked condition (``title_outcomes``) are embedded only where a statement may hold
one (session 65, speed): a title's phrases were a third of a first-seen question's answer, most of them under
passages that named none of them. The names a text can hold are the same either way."""
from __future__ import annotations

import numpy as np

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept
from service.answer.title_outcomes import outcomes_named_in, title_outcomes

TITLE = "Lemon extract tablets against recurrent nephrolithiasis in adults: a small trial"


def _counting_lexicon() -> tuple[Lexicon, list[int]]:
    """A lexicon over the packaged embedder that counts the texts it is asked to embed."""
    encode, asked = load_embedder().encode, []

    def counting(texts: list[str], **options: object) -> np.ndarray:
        asked.append(len(texts))
        return encode(texts, **options)  # type: ignore[arg-type]
    return Lexicon({}, encode=counting), asked


def test_a_text_holding_no_title_phrase_embeds_nothing_and_gets_no_title_name() -> None:
    lexicon, asked = _counting_lexicon()
    lemon = concept("lemon extract")
    unrelated = frozenset(tokenize("Participants kept a daily diary of fluid intake."))
    assert outcomes_named_in("kidney stones", lemon, TITLE, lexicon, unrelated) == ()
    assert asked == []


def test_a_text_holding_a_title_phrase_gets_the_title_names_as_title_outcomes_gives_them() -> None:
    lexicon, asked = _counting_lexicon()
    lemon = concept("lemon extract")
    naming = frozenset(tokenize("Nephrolithiasis came back less often with the tablets."))
    found = outcomes_named_in("kidney stones", lemon, TITLE, lexicon, naming)
    assert asked  # the title's phrases were embedded
    assert found == title_outcomes("kidney stones", lemon, TITLE, lexicon)
    assert frozenset(tokenize("nephrolithiasis")) in found
