"""Where a text's terms stand: its words in order, each with the terms the tokenizer gives it.

The tokenizer (index.lexical.tokenize) gives a bag of terms, which is all BM25 and most of the answer's matching
need; telling words that stand together ("weight-loss drugs") from the same words met apart ("pregnancy loss and
low-birth-weight") needs their places too. Kept beside the tokenizer, reading with its own word pattern, stop words
and stemmer, so the terms here are always tokenize's (and without changing index.lexical's code, whose digest is part
of every evaluation index's key)."""
from __future__ import annotations

from index import lexical


def words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The text's words in order, each lower-cased with the terms ``tokenize`` gives it (none for a stop word). A
    hyphenated or slashed word ("low-birth-weight") gives each part as a word, its joined form ("il6" of "IL-6")
    with its first part. Marks between words are read past as the tokenizer does: an apposition ("the nicotine
    vaccine, NicVAX") or a possessive ("Behçet's syndrome") keeps its words neighbours."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for word in lexical._WORD.findall(text.lower()):
        if "-" not in word and "/" not in word:
            out.append((word, () if word in lexical._STOP else (lexical._stem(word),)))
            continue
        parts = lexical._JOINERS.split(word)
        joined = ("".join(parts),) if any(p.isdigit() for p in parts) and len(word) <= 12 else ()
        for k, part in enumerate(parts):
            own = () if part in lexical._STOP else (lexical._stem(part),)
            out.append((part, joined + own if k == 0 else own))
    return out
