"""BM25 over chunks with bm25s, and the biomedical tokenizer it shares with sentence scoring."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
_STOP = frozenset(STOPWORDS_EN)
_STEMMER = Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed terms without stop words, kept biomedical-friendly.

    Single letters and digits stay ("vitamin D", "K2"), and compounds like "IL-6" or "MK-7" yield
    both their parts and the joined form ("il6"), so either spelling matches.
    """
    terms: list[str] = []
    for match in _WORD.finditer(text.lower()):
        word = match.group(0)
        parts = re.split(r"[-/]", word)
        if len(parts) > 1 and any(p.isdigit() for p in parts) and len(word) <= 12:
            terms.append("".join(parts))
        for part in parts:
            if part not in _STOP:
                terms.append(_stem(part))
    return terms


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def build_bm25(texts: list[str], k1: float = 1.2, b: float = 0.75) -> bm25s.BM25:
    """A BM25 index of the given texts (row i = chunk i)."""
    model = bm25s.BM25(k1=k1, b=b)
    model.index([tokenize(t) or [""] for t in texts], show_progress=False)
    return model


def save_bm25(model: bm25s.BM25, folder: Path) -> None:
    """Write the BM25 arrays as a bm25s folder (plain .npy arrays + vocab/params JSON)."""
    model.save(str(folder), show_progress=False)


def load_bm25(folder: Path, mmap: bool = True) -> bm25s.BM25:
    """Load a saved BM25 index; memory-mapped so several workers share the pages."""
    logging.getLogger("bm25s").setLevel(logging.ERROR)
    return bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False)


def bm25_search(model: bm25s.BM25, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (rows, scores) for a query, best first; rows with score 0 are dropped."""
    terms = tokenize(query)
    if not terms:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    scores = model.get_scores(terms)
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    keep = scores[top] > 0
    return top[keep].astype(np.int64), scores[top][keep].astype(np.float32)
