"""What the answer side learns from an index's corpus, once per index version: term IDF from the BM25
index and the lexicon of names the corpus defines."""
from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from index.search import Index
from service.answer.concepts import Lexicon

KEEP_VERSIONS = 4  # a rebuild swaps versions; old ones drop out of the memo


@dataclass(frozen=True, eq=False)
class CorpusStats:
    """IDF of a term and the corpus's lexicon, for one index version."""

    idf: Callable[[str], float]
    lexicon: Lexicon


_memo: OrderedDict[str, CorpusStats] = OrderedDict()
_lock = threading.Lock()


def corpus_stats(index: Index) -> CorpusStats:
    """The stats of ``index`` (computed on first use of a version, then shared by every request)."""
    key = str(index.path)
    with _lock:
        stats = _memo.get(key)
        if stats is None:
            stats = CorpusStats(idf=_idf_of(index), lexicon=Lexicon.from_texts(index.store.texts()))
            _memo[key] = stats
            while len(_memo) > KEEP_VERSIONS:
                _memo.popitem(last=False)
        return stats


def _idf_of(index: Index) -> Callable[[str], float]:
    """term -> BM25 IDF from the index's document frequencies (unknown terms: the highest)."""
    vocab = index.bm25.vocab_dict
    indptr = index.bm25.scores["indptr"]
    n = max(int(index.bm25.scores.get("num_docs", len(indptr) - 1)), 1)

    @lru_cache(maxsize=100_000)
    def idf(term: str) -> float:
        row = vocab.get(term)
        # A question term the corpus never uses is as rare as a term can be: no passage covers it.
        df = 0 if row is None else int(indptr[row + 1] - indptr[row])
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    return idf
