"""What the answer side learns from an index's corpus, once per index version: term IDF (``index.idf``,
from the BM25 document frequencies) and the lexicon of names the corpus gives its concepts (written by
the index build, index.lexicon; read from the store's texts for an index built before that)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Hashable, TypeVar

import numpy as np

from index.backends import SearchIndex
from index.lexical import rows_with
from index.lexicon import read_lexicon
from service.answer.concepts import Counts, Lexicon, Passages, Texts
from service.answer.remembered import remembered_in

KEEP_VERSIONS = 4  # a rebuild swaps versions; old ones drop out of the memo
# Chunks read for the corpus's own wording of a term (``chunk_passages``): enough to see how it is written and what
# stands before it, few enough that a look-up stays a few milliseconds on a large index.
PASSAGES_READ = 40
# Readings of the corpus kept per index version (``CorpusStats.remembered``): far more than the words and names the
# questions of a session ask of it.
FOUND_KEPT = 50_000
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class CorpusStats:
    """IDF of a term and the corpus's lexicon, for one index version; and what an answer reads from that version's
    chunks alone (``remembered``), kept with it."""

    idf: Callable[[str], float]
    lexicon: Lexicon
    found: dict[Hashable, Any] = field(default_factory=dict)
    # The question matchers made against this version (``scoring._matcher``): kept here, not in a table of the module,
    # so that they go with the version (a module's table held old indexes alive through their IDF's cache).
    matchers: dict[Hashable, Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remembered(self, key: Hashable, find: Callable[[], T]) -> T:
        """``find()``, a reading of the index's corpus alone (``key`` names it and what it is read for), found on its
        first use and then kept for the index version: not read again from the chunks for every question that asks
        it. At most ``FOUND_KEPT`` are kept (emptied when full; ``remembered.remembered_in``)."""
        return remembered_in(self.found, key, find, FOUND_KEPT, self.lock)


_memo: OrderedDict[str, tuple[SearchIndex, CorpusStats]] = OrderedDict()
_lock = threading.Lock()


def corpus_stats(index: SearchIndex) -> CorpusStats:
    """The stats of ``index`` (computed on first use of a version, then shared by every request).

    IDF comes from the index's own ``idf`` (each backend counts document frequencies its own way); the
    lexicon is the one the build wrote into the index folder, else read from the local store's texts
    (definitions only), and is empty for an index with neither (Milvus)."""
    key = str(getattr(index, "path", None) or index.version)
    with _lock:
        owner, stats = _memo.get(key, (None, None))
        # The same version opened again (after its first object was closed) gets stats of its own: the
        # memoised IDF calls the object it was made from.
        if stats is None or owner is not index:
            stats = CorpusStats(idf=lru_cache(maxsize=100_000)(index.idf), lexicon=index_lexicon(index))
            _memo[key] = (index, stats)
            while len(_memo) > KEEP_VERSIONS:
                _memo.popitem(last=False)
        return stats


def chunk_counts(index: SearchIndex) -> Counts | None:
    """How many chunks of ``index`` name all of some terms, and how many of those also name any of others
    (``concepts.Counts``), from its BM25 term postings; None for a backend without them (Milvus)."""
    model = getattr(index, "bm25", None)
    if model is None or not isinstance(getattr(model, "scores", None), dict):
        return None

    def counts(terms: frozenset[str], others: frozenset[str]) -> tuple[int, int]:
        rows = rows_with(model, sorted(terms))
        if not len(rows) or not others:
            return len(rows), 0
        with_others = np.zeros(len(rows), dtype=bool)
        for term in sorted(others):
            with_others |= np.isin(rows, rows_with(model, [term]), assume_unique=True)
        return len(rows), int(with_others.sum())

    return counts


def chunk_passages(index: SearchIndex) -> Passages | None:
    """The texts of some chunks of ``index`` that name all of some terms (the first ``PASSAGES_READ`` by row;
    ``concepts.Passages``), from its BM25 term postings and its store; None for a backend without them."""
    model = getattr(index, "bm25", None)
    store = getattr(index, "store", None)
    if model is None or store is None or not isinstance(getattr(model, "scores", None), dict):
        return None

    def passages(terms: frozenset[str]) -> list[str]:
        rows = [int(r) for r in rows_with(model, sorted(terms))[:PASSAGES_READ]]
        found = store.chunks(rows)
        return [found[r].text for r in rows if r in found]

    return passages


def chunk_texts(index: SearchIndex) -> Texts | None:
    """Every chunk text of ``index``, read from its store on the first call and kept (``concepts.Texts``: what an
    acronym the corpus never defines spells, ``Lexicon.spelled``); None for a backend without a store."""
    store = getattr(index, "store", None)
    if store is None:
        return None
    kept: list[list[str]] = []
    lock = threading.Lock()

    def texts() -> list[str]:
        with lock:
            if not kept:
                kept.append(store.texts())
            return kept[0]

    return texts


def index_lexicon(index: SearchIndex) -> Lexicon:
    """The lexicon of ``index``: its build's lexicon files, else the definitions in its store's texts
    (an index built before the files existed), else none."""
    path = getattr(index, "path", None)
    written = read_lexicon(path) if path is not None else None
    if written is not None:
        embedder = getattr(index, "embedder", None)
        return Lexicon.from_index(written, embedder.encode if embedder is not None else None, chunk_counts(index),
                                  index.terms(), chunk_passages(index), chunk_texts(index))
    store = getattr(index, "store", None)
    return Lexicon.from_texts(store.texts()) if store is not None else Lexicon({})
