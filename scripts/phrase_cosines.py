"""Cosines of phrase pairs under the packaged embedder: whether a cosine floor could tell other names of a thing
(lay words, synonyms) from its siblings and opposites.

Usage: HF_HUB_OFFLINE=1 PYTHONPATH=. python scripts/phrase_cosines.py "heart attack|myocardial infarction" ...
"""
from __future__ import annotations

import sys

import numpy as np

from index.embedder import load_embedder


def main(pairs: list[str]) -> None:
    """Print each pair's cosine, one line each."""
    embedder = load_embedder()
    for pair in pairs:
        a, sep, b = pair.partition("|")
        if not sep:
            raise SystemExit(f"not a pair (A|B): {pair!r}")
        vectors = embedder.encode([a.strip(), b.strip()])
        vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        print(f"{float(vectors[0] @ vectors[1]):.3f}  {a.strip()} | {b.strip()}")


if __name__ == "__main__":
    main(sys.argv[1:])
