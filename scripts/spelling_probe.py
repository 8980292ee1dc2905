"""How well the embedder's cosine tells a word's other spelling from another word, over the shared corpora's own
vocabulary: every pair of words (five letters or more, seen twice or more) that ``concepts._one_vowel_apart``
relates, their cosine under the packaged embedder, and per threshold how many pairs that differ the British /
American way (ae-e, oe-e, our-or, is-iz, ys-yz) it keeps (recall) and what share of the kept pairs those are.
The check behind ``concepts.SPELLING_MIN_COSINE`` (BENCHMARKS.md, "After all of session 19").

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/spelling_probe.py [SHARED_DATA_DIR]   (default ../shared/data)
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import numpy as np

from index.embedder import load_embedder
from service.answer.concepts import _one_vowel_apart

_FORMS = [("ae", "e"), ("oe", "e"), ("our", "or"), ("is", "iz"), ("ys", "yz")]


def british_american(a: str, b: str) -> bool:
    """Whether two words differ by one of the British / American spelling changes."""
    for x, y in ((a, b), (b, a)):
        for old, new in _FORMS:
            i = x.find(old)
            while i >= 0:
                if x[:i] + new + x[i + len(old):] == y:
                    return True
                i = x.find(old, i + 1)
    return False


def main(root: Path) -> None:
    words: collections.Counter[str] = collections.Counter()
    for name in ("bioasq", "pubmedqa"):
        for line in (root / name / "corpus.jsonl").open():
            words.update(re.findall(r"[a-z]{5,}", json.loads(line)["text"].lower()))
    for path in (root / "guidelines").glob("*.md"):
        words.update(re.findall(r"[a-z]{5,}", path.read_text().lower()))
    vocab = {w for w, n in words.items() if n >= 2}
    pairs = sorted({tuple(sorted((w, v))) for w in vocab for v in _one_vowel_apart(w) if v in vocab})
    embedder = load_embedder()
    a = embedder.encode([p[0] for p in pairs])
    b = embedder.encode([p[1] for p in pairs])
    cos = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    label = np.array([british_american(*p) for p in pairs])
    print(f"{len(vocab)} words, {len(pairs)} pairs one vowel apart, {int(label.sum())} differ the British/American way")
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        kept = cos >= t
        hits = int((kept & label).sum())
        print(f"cosine >= {t:.2f}: kept {int(kept.sum())}, recall {hits / label.sum():.3f}, "
              f"precision {hits / max(int(kept.sum()), 1):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
