"""BM25 over chunks with bm25s, and the biomedical tokenizer it shares with sentence scoring."""
from __future__ import annotations

import logging
import math
import re
import weakref
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
_STOP = frozenset(STOPWORDS_EN)
_JOINERS = re.compile(r"[-/]")
_STEMMER = Stemmer.Stemmer("english")

# BM25 parameters and the tokenizer's version are part of an index's identity (eval caches key on them).
# k1 = 0.6 (less weight on repeated terms than the textbook 1.2) measured best on the BioASQ dev half.
BM25_K1 = 0.6
BM25_B = 0.75
TOKENIZER_VERSION = 1

# Words that frame a question rather than name its topic ("What is the role of X?", "Which tool is used
# for Y?"). Dropped from BM25 queries only: documents keep them, and the dense retriever sees the whole
# question. Measured with `medcite-eval retrieval` on the BioASQ dev half: BM25 nDCG@10 0.803 -> 0.844.
QUESTION_WORDS = frozenset("""
what which who whom whose when where why how does do did can could would should may might will there
please list name describe mention known main type types role roles has have had been being any some its
is are was were used use associated involved effect effects function mechanism most common commonly
example examples available specific method methods tool tools
""".split())


def written_words(text: str) -> list[str]:
    """The words of ``text`` as the tokenizer sees them before stemming, hyphenated and slashed compounds whole
    ("back-up", "IL-6", "and/or"): what callers that read a compound's parts themselves split."""
    return _WORD.findall(text)


def tokenize(text: str, drop: frozenset[str] = frozenset()) -> list[str]:
    """Lower-cased, stemmed terms without stop words, kept biomedical-friendly.

    Single letters and digits stay ("vitamin D", "K2"), and compounds like "IL-6" or "MK-7" yield
    both their parts and the joined form ("il6"), so either spelling matches. Words in ``drop`` (lower
    case, unstemmed) are left out as well.

    An answer tokenizes the same short texts again and again (its question's phrases, the statements it weighs),
    so the terms of a text up to ``TOKENS_TEXT_CHARS`` long are remembered (``TOKENS_KEPT`` texts, least recently
    used out first); each call returns a new list. Longer texts (whole passages, as an index build reads them), and
    texts with a ``drop`` that is not a frozenset, are tokenized without being remembered.
    """
    if len(text) > TOKENS_TEXT_CHARS or drop.__class__ is not frozenset:  # (a set has no hash to remember it by)
        return _tokenize(text, drop)
    return list(_remembered_tokens(text, drop))


# The texts whose terms are remembered: at most this many, each at most this long (some 10 MB at most).
TOKENS_KEPT = 10_000
TOKENS_TEXT_CHARS = 400


@lru_cache(maxsize=TOKENS_KEPT)
def _remembered_tokens(text: str, drop: frozenset[str]) -> tuple[str, ...]:
    return tuple(_tokenize(text, drop))


def _tokenize(text: str, drop: frozenset[str]) -> list[str]:
    """``tokenize``, every time."""
    terms: list[str] = []
    for word in _WORD.findall(text.lower()):  # (the whole matches: the pattern has no group)
        if word in drop:
            continue
        if "-" not in word and "/" not in word:  # the common case: one plain word
            if word not in _STOP:
                terms.append(_stem(word))
            continue
        parts = _JOINERS.split(word)
        if any(p.isdigit() for p in parts) and len(word) <= 12:
            terms.append("".join(parts))
        for part in parts:
            if part not in _STOP:
                terms.append(_stem(part))
    return terms


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def query_terms(query: str) -> list[str]:
    """The BM25 terms of a question: its tokens without the question-framing words.

    A question made only of such words ("What is it used for?") keeps them, so it still finds something.
    """
    return tokenize(query, drop=QUESTION_WORDS) or tokenize(query)


def build_bm25(texts: list[str], k1: float = BM25_K1, b: float = BM25_B) -> bm25s.BM25:
    """A BM25 index of the given texts (row i = chunk i)."""
    model = bm25s.BM25(k1=k1, b=b)
    model.index([tokenize(t) or [""] for t in texts], show_progress=False)
    return model


def save_bm25(model: bm25s.BM25, folder: Path) -> None:
    """Write the BM25 arrays as a bm25s folder (plain .npy arrays + vocab/params JSON)."""
    model.save(str(folder), show_progress=False)


def load_bm25(folder: Path, mmap: bool = True) -> bm25s.BM25:
    """Load a saved BM25 index; memory-mapped so several workers share the pages.

    The mapped arrays are kept as plain ndarray views of the same maps: each slice of a ``np.memmap``
    runs Python-level subclass hooks, which made a query's scoring three times slower (no copy is made;
    the maps close when the model is dropped)."""
    logging.getLogger("bm25s").setLevel(logging.ERROR)
    model = bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False)
    if isinstance(getattr(model, "scores", None), dict):
        model.scores = {k: np.asarray(v) if isinstance(v, np.memmap) else v for k, v in model.scores.items()}
    return model


def bm25_search(model: bm25s.BM25, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (rows, scores) for a query, best first; rows with score 0 are dropped."""
    terms = query_terms(query)
    if not terms:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    scores = bm25_scores(model, terms)
    k = min(k, len(scores))
    negated = -scores  # once, for the partition and the sort of its part
    # The array methods, not np.argpartition / np.argsort: the same calls without numpy's Python wrappers
    # (two per search, some two searches per answer).
    top = negated.argpartition(k - 1)[:k]
    top = top[negated[top].argsort(kind="stable")]
    found = scores[top]
    if not (len(found) and found[-1] > 0):  # best first: only when the last is 0 are there rows to drop
        keep = found > 0
        top, found = top[keep], found[keep]
    return top.astype(np.int64, copy=False), found.astype(np.float32, copy=False)


def bm25_scores(model: bm25s.BM25, terms: list[str]) -> np.ndarray:
    """Every row's BM25 score for the query ``terms``: what ``model.get_scores`` returns, to the bit (each
    term's postings added in query order, in the model's dtype), with the postings of all terms joined and
    added in one ``np.add.at`` instead of one per term. Each term's postings (views of the index's arrays)
    are looked up once per model (``_postings``). Models with a non-occurrence score (BM25L, BM25+; medcite
    builds Lucene BM25, which has none) are left to bm25s."""
    if getattr(model, "nonoccurrence_array", None) is not None:
        return model.get_scores(terms)
    known = _postings(model)
    parts = []
    for term in terms:
        found = known.get(term)
        if found is None:
            found = _term_postings(model, known, term)
        if found is not _NO_POSTINGS:
            parts.append(found)
    scores = np.zeros(model.scores["num_docs"], dtype=np.dtype(model.dtype))
    if len(parts) == 1:
        np.add.at(scores, parts[0][0], parts[0][1])
    elif parts:
        np.add.at(scores, np.concatenate([rows for rows, _ in parts]), np.concatenate([data for _, data in parts]))
    return scores


# Per loaded model: term -> (its postings' rows, their scores), views of the model's arrays (no copy).
_POSTINGS: weakref.WeakKeyDictionary[bm25s.BM25, dict[str, tuple[np.ndarray, np.ndarray]]] = \
    weakref.WeakKeyDictionary()
_NO_POSTINGS: tuple[np.ndarray, np.ndarray] = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
POSTINGS_KEPT = 50_000  # terms per model; past it the memory starts again


def _postings(model: bm25s.BM25) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    known = _POSTINGS.get(model)
    if known is None:
        known = _POSTINGS[model] = {}
    return known


def _term_postings(model: bm25s.BM25, known: dict[str, tuple[np.ndarray, np.ndarray]],
                   term: str) -> tuple[np.ndarray, np.ndarray]:
    row = model.vocab_dict.get(term)
    if row is None:
        found = _NO_POSTINGS
    else:
        stored = model.scores
        start, end = int(stored["indptr"][row]), int(stored["indptr"][row + 1])
        found = (stored["indices"][start:end], stored["data"][start:end])
    if len(known) >= POSTINGS_KEPT:
        known.clear()
    known[term] = found
    return found


def vocabulary(model: bm25s.BM25) -> frozenset[str]:
    """Every term the indexed texts use (here, beside the bm25s calls, so no caller reads bm25s's vocabulary;
    without the empty token bm25s keeps for a text of no terms)."""
    return frozenset(model.vocab_dict) - {""}


def idf(model: bm25s.BM25, term: str) -> float:
    """BM25 IDF of one tokenized term over the indexed texts: ln(1 + (N - df + 0.5) / (df + 0.5)), the
    Lucene form bm25s scores with, ``df`` counted from the index's own term postings. A term the texts
    never use is as rare as a term can be (df = 0). Here, beside the bm25s calls, so no caller reads
    bm25s's internal arrays."""
    indptr = model.scores["indptr"]
    n = max(int(model.scores.get("num_docs", len(indptr) - 1)), 1)
    row = model.vocab_dict.get(term)
    df = 0 if row is None else int(indptr[row + 1] - indptr[row])
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def rows_with(model: bm25s.BM25, terms: Iterable[str]) -> np.ndarray:
    """The rows (chunks) whose text has every one of ``terms`` (tokenized), ascending; empty when one of them
    is not in the index. From the term postings, as ``idf`` (so no caller reads bm25s's internal arrays): what
    the answer side counts to see how a corpus uses a phrase's words together."""
    indptr, indices = model.scores["indptr"], model.scores["indices"]
    out: np.ndarray | None = None
    for term in dict.fromkeys(terms):
        row = model.vocab_dict.get(term)
        if row is None:
            return np.zeros(0, dtype=np.int64)
        postings = np.asarray(indices[indptr[row]:indptr[row + 1]])  # a term's rows, each once
        out = np.unique(postings) if out is None else np.intersect1d(out, postings, assume_unique=True)
        if not len(out):
            break
    return out if out is not None else np.zeros(0, dtype=np.int64)
