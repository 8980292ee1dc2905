"""Where a looser reading of a compound as the corpus word it ends in would fire: ``Lexicon._compound_tail`` less its
known-prefix condition (the letters before the tail begin another corpus word whose rest the corpus writes). For each
given word the corpus never writes, the longest tail of at least MIN_TAIL letters the corpus writes whole after a
prefix that does not turn the meaning over, with: whether the current rule's known-prefix and other-compound
conditions hold, the prefix's length and the embedder's cosine of word and tail. Read by eye: which firings are kinds
of their tail.

Session 59 ("bendroflumethiazide" -> "thiazide" fails the known-prefix condition: no corpus word begins
"bendroflume"). Words of 9+ letters of the 40 shared guidelines (3,118) on the default index: 52 fire, 32 new without
the prefix condition and the other-compound one, about 12 of them false ("correspond" -> "respond", "grandparents" ->
"parents", "paramount" -> "amount", "phytomenadione" -> "menadione", "radiofrequency" -> "frequency"); PubMedQA's
words (5,172): 134 fire, about half of the new ones false. Narrowed to a prefix of 8+ letters, a tail of 8+ and a
cosine of 0.35+, the two thiazides fire and so do "reticuloendothelial" -> "endothelial", "granulocytemacrophage"
-> "macrophage", "gastroenteropancreatic" -> "pancreatic", "glycosylphosphatidylinositol" -> "phosphatidylinositol":
no safe rule, and the narrow one is fitted to one example. Cosines run 0.37 for bendroflumethiazide / thiazide, the
range of "correspond" / "respond" (0.38).

Usage: HF_HUB_OFFLINE=1 PYTHONPATH=. python scripts/compound_tail_probe.py INDEX_DIR WORDS.txt [MIN_TAIL]
(WORDS.txt: one word a line, lower case.)
"""
from __future__ import annotations

import sys
from bisect import bisect_left
from pathlib import Path

from service.answer import concepts
from service.answer.concepts import Lexicon

MIN_TAIL = 6  # the current rule's COMPOUND_TAIL_MIN_LETTERS
KNOWN_REST = 4  # a corpus word's rest after the prefix is a word of this many letters (the current rule)


def loose_tail(lexicon: Lexicon, word: str, min_tail: int) -> tuple[str, int, bool, bool] | None:
    """The longest tail of ``word`` the corpus writes whole after a prefix that does not turn it over, with the
    prefix's length and whether the current rule's known-prefix and other-compound conditions hold; None if none.
    (Reads the lexicon's private helpers: a probe of the rule, not a use of it.)"""
    vocabulary = lexicon._forwards
    if len(word) < min_tail + 3 or lexicon._in_corpus(word):
        return None
    for cut in range(3, len(word) - min_tail + 1):
        prefix, tail = word[:cut], word[cut:]
        if concepts._NEGATING_PREFIX.fullmatch(prefix) or not lexicon._in_corpus(tail):
            continue
        terms = concepts._terms(tail)
        if not terms or not lexicon._written_whole(tail, terms):
            continue
        at = bisect_left(vocabulary, prefix)
        known = False
        while at < len(vocabulary) and vocabulary[at].startswith(prefix):
            rest = vocabulary[at][cut:]
            if len(rest) >= KNOWN_REST and lexicon._in_corpus(rest):
                known = True
                break
            at += 1
        other = any(t.endswith(s) and t != s for t in vocabulary for s in terms)
        return tail, cut, known, other
    return None


def main(index_dir: Path, words_file: Path, min_tail: int) -> None:
    """Print each firing and the count."""
    from index.search import open_index
    from service.answer.corpus_stats import index_lexicon
    index = open_index(index_dir)
    lexicon = index_lexicon(index)
    words = sorted({w.strip() for w in words_file.read_text().splitlines() if w.strip()})
    fired = 0
    for word in words:
        found = loose_tail(lexicon, word, min_tail)
        if found is None:
            continue
        tail, cut, known, other = found
        vectors = lexicon._vectors_of([word, tail])
        fired += 1
        print(f"{word:28s} -> {tail:20s} known_prefix={known} other_compound={other} prefix={cut} "
              f"cos={float(vectors[0] @ vectors[1]):.2f}")
    print(f"{fired} fired of {len(words)}")
    index.close()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else MIN_TAIL)
