"""Multiword terms a corpus uses again and again: "calcific tendinopathy", "rotator cuff tear".

A phrase of two or three words that several documents of the corpus write in the same order, inside
one clause, neither opening nor closing on a function word, is a name the corpus uses for something.
These phrases, with the long forms of abbreviations (ingest.abbreviations), are what the index embeds
so the answer side can find the other names of a question's concepts among their near neighbours. No
table names a topic: the phrases come from the corpus, in any specialty.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bm25s.stopwords import STOPWORDS_EN_PLUS

_CLAUSE = re.compile(r"[.;:,()\[\]!?\"“”]+|\s[-–—]\s")
_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
# English function words (NLTK's list, as bm25s ships it, less its lone letters of contractions: "vitamin
# D" and "hepatitis B" end on a letter) and those of scientific prose and counting: never a phrase's edge.
# (scikit-learn's list would do as well, but importing it costs seconds.)
_FUNCTION = frozenset(w for w in STOPWORDS_EN_PLUS if len(w) > 1 or w in ("a", "i")) | frozenset([
    "et", "al", "per", "vs", "versus", "may", "might", "can", "could", "would", "should", "must", "including",
    "also", "among", "however", "within", "without", "whether", "due", "even", "either", "every", "often",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several",
    "many", "much", "less", "least", "well", "still", "yet", "thus", "therefore", "although", "though"])
MIN_DOCUMENTS = 2  # a phrase one document uses is its author's wording, not the corpus's name
MAX_WORDS = 3


def phrases(text: str) -> set[str]:
    """The candidate phrases of ``text`` (lower case): runs of 2-3 words inside a clause that neither
    start nor end with a function word nor consist of numbers alone."""
    out: set[str] = set()
    for clause in _CLAUSE.split(text.lower()):
        words = _WORD.findall(clause)
        for i, first in enumerate(words):
            if first in _FUNCTION or first.isdigit() or len(first) < 2:
                continue
            for n in range(2, MAX_WORDS + 1):
                if i + n > len(words):
                    break
                last = words[i + n - 1]
                if last in _FUNCTION or last.isdigit():
                    continue
                out.add(" ".join(words[i:i + n]))
    return out


def frequent_phrases(documents: Iterable[tuple[str, str]], limit: int,
                     min_documents: int = MIN_DOCUMENTS) -> list[str]:
    """The ``limit`` phrases that most documents use, from (document id, text) pairs; a phrase counts
    once per document, and must appear in ``min_documents`` of them. Ties keep the shorter phrase first."""
    per_doc: dict[str, set[str]] = {}
    for doc_id, text in documents:
        per_doc.setdefault(doc_id, set()).update(phrases(text))
    counts = Counter(p for found in per_doc.values() for p in found)
    kept = [(c, p) for p, c in counts.items() if c >= min_documents]
    kept.sort(key=lambda cp: (-cp[0], len(cp[1]), cp[1]))
    return [p for _, p in kept[:limit]]
