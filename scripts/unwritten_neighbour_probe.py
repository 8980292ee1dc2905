"""Whether the index's embedder can name a question's word that the corpus never writes by the corpus word or
phrase nearest it (a drug by its class, a brand or lay word by the corpus's name): for a seeded sample of the list
questions' words absent from the corpus, and for any words given, the three nearest of the corpus's words (four
letters or more, as written in its chunks) and lexicon phrases, their cosines and the margin of the first over the
second. Read by eye: a floor (with a margin) is worth wiring only if the nearest is the same thing above it.

Session 59 on the default corpus (int8 MiniLM, 241 absent words of 1,485 list questions, 40 sampled with seed 59;
cosines differ by 0.01 between batches): at cosine >= 0.7, 8 of 40 pass and 4 are wrong ("younger" -> "older" 0.86,
"acidosis" -> "acid", "albumin" -> "albuminuria", "epilepsy" -> "seizures"); at >= 0.8, 1 of 2 is wrong. Drug names
land on look-alike spellings ("levofloxacin" -> "levothyroxine" 0.60, "methotrexate" -> "metformin" 0.65,
"salbutamol" -> "paracetamol" 0.62), and none of the blind test's words reaches 0.7 ("atenolol" 0.51,
"bendroflumethiazide" 0.45, "botox" 0.53, "xray" 0.51, "ferrous sulfate" 0.49, "heart attack" -> "cardiac" 0.70
before "myocardial infarction" 0.60).

Usage: HF_HUB_OFFLINE=1 PYTHONPATH=. python scripts/unwritten_neighbour_probe.py INDEX_DIR [WORD ...]
"""
from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

SAMPLE = 40  # absent words read by eye
SEED = 59
NEAREST = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")  # a word of four letters or more, hyphens kept
# The list question files (scripts/list_answers.py); the built-in sets alone without it.
SETS = Path("/tmp/s59/lists/sets_def")


def corpus_names(index_dir: Path) -> list[str]:
    """The corpus's words as written in its chunks (lower case) and its lexicon phrases: what a neighbour may be."""
    with sqlite3.connect(index_dir / "store.sqlite") as store:
        texts = [row[0] for row in store.execute("select text from chunks")]
    words = {w.lower() for text in texts for w in _WORD.findall(text)}
    phrases = json.loads((index_dir / "lexicon.json").read_text())["phrases"]
    return sorted(words | set(phrases))


def absent_question_words(index_dir: Path) -> list[str]:
    """The list questions' words whose terms the corpus never writes."""
    import list_answers
    from index.lexical import tokenize
    with sqlite3.connect(index_dir / "store.sqlite") as store:
        terms = set(tokenize(" ".join(row[0] for row in store.execute("select text from chunks"))))
    files = [Path(p) for p in SETS.read_text().split()] if SETS.exists() else []
    asked = list_answers.questions(files)
    return sorted({w.lower() for q in asked for w in _WORD.findall(q) if (t := tokenize(w)) and not set(t) <= terms})


def main(index_dir: Path, extra: list[str]) -> None:
    """Print each probed word's nearest corpus names with their cosines and the first one's margin."""
    from index.embedder import load_embedder
    embedder = load_embedder()

    def encode(texts: list[str]) -> np.ndarray:
        vectors = np.asarray(embedder.encode(texts), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    names = corpus_names(index_dir)
    absent = absent_question_words(index_dir)
    print(f"{len(absent)} absent words in the list questions; {len(names)} corpus names")
    probed = random.Random(SEED).sample(absent, min(SAMPLE, len(absent))) + extra
    name_vectors = encode(names)
    for word, vector in zip(probed, encode(probed)):
        cosines = name_vectors @ vector
        top = np.argsort(-cosines)[:NEAREST]
        near = "  ".join(f"{names[k]} {cosines[k]:.2f}" for k in top)
        print(f"{word:22s} margin {cosines[top[0]] - cosines[top[1]]:.2f}  {near}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2:])
