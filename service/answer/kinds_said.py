"""Whether the corpus says one thing is of a class: the link between a treatment a question names and the class a
contraindication names ("someone taking warfarin" and "those taking anticoagulants").

Read from the corpus's own sentences by English patterns of class and member (Hearst's): "<class> such as <thing>"
("direct oral anticoagulants such as apixaban"), "<thing> and other <class>", "<thing> is a <class>"
(``class_harms.classes_said``), and "the <class> effect of <thing>" ("the anticoagulant effect of warfarin": the
property the class is named for, said of the thing). No table of classes: the corpus names them.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.class_harms import classes_said
from service.answer.concepts import Passages

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The most words a class's name may have before its head noun ("direct oral anticoagulants").
CLASS_MODIFIERS = 3


def _word(word: str) -> str:
    """A pattern of a word, singular or plural ("anticoagulants?" of "anticoagulants")."""
    bare = word.lower()
    bare = bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare
    return rf"{re.escape(bare)}s?"


def _patterns(thing: str, head: str) -> list[re.Pattern[str]]:
    """The patterns that say ``thing`` (its words in a row) is of the class whose head noun is ``head``."""
    t = r"\s+".join(re.escape(w) for w in thing.split())
    k = _word(head)
    listed = r"(?:[\w\-]+(?:\s*,\s*|\s+(?:or|and)\s+))*?"
    return [re.compile(p, re.I) for p in (
        rf"\b{k}\s*,?\s+(?:such\s+as|including|like)\s+{listed}{t}\b",
        rf"\b{t}\s*,?\s+(?:and|or)\s+other\s+(?:[\w\-]+\s+){{0,{CLASS_MODIFIERS}}}?{k}\b",
        rf"\bthe\s+{k}\s+(?:effect|effects|action|activity|properties)\s+of\s+{t}\b",
    )]


def said_to_be_of(thing: str, kind: str, passages: Passages) -> bool:
    """Whether some corpus chunk naming both (``passages``) says ``thing`` is one of ``kind`` (a class named by its
    head noun, the last word: "anticoagulants"), by a pattern of class and member. False for a thing or a kind of no
    words, or a kind of more than a head and ``CLASS_MODIFIERS`` modifiers."""
    words = kind.split()
    if not thing.split() or not words or len(words) > CLASS_MODIFIERS + 1:
        return False
    head = words[-1]
    terms = frozenset(tokenize(thing)) | frozenset(tokenize(head))
    chunks = passages(terms)
    if not chunks:  # (two calls in three: no chunk names both, and the patterns, ~2 ms to compile, are not needed)
        return False
    patterns = _patterns(thing, head)
    head_stem = tokenize(head)[-1:]
    named = frozenset(tokenize(thing))
    for chunk in chunks:
        if any(p.search(chunk) for p in patterns):
            return True
        if any(stem == head_stem[0] for sentence in _SENTENCE_END.split(chunk) if head_stem
               for _, stem in classes_said(sentence.strip(), named)):
            return True
    return False
