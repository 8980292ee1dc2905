"""Whether word vectors counted from the shared texts (a model of the shared data, not a list) link a question's word
the corpus never writes to the corpus's word for it: positive pointwise mutual information over a window of WINDOW
words either side, in the shared guidelines, BioASQ and PubMedQA texts, with the 30,000 commonest words as contexts;
for each given word its four nearest corpus words (written in the index's chunks, at least MIN_COUNT times in the
shared texts) by cosine.

Session 59 (4.6M tokens): the blind test's words are rare or absent there ("bendroflumethiazide" and "xray" 0 times,
"botox" 6, "levofloxacin" 8, "atenolol" 16), and the nearest are weak and close together: "levofloxacin" ->
"fluoroquinolones" 0.13 (margin 0.02 over "amoxicillin"), "atenolol" -> "angiotensin-converting" 0.18, "botox" ->
"needling" 0.09, "ferrous" -> "iron" 0.24 (margin 0.10); common words fare no better ("younger" -> "years",
"albumin" -> "gamma-glutamyl"). Too sparse to name anything.

Usage: python scripts/shared_cooccurrence_probe.py WORD ... (reads /work/shared/data and /tmp/s59/index)
"""
from __future__ import annotations

import glob
import json
import re
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator

import numpy as np
from scipy import sparse

SHARED = "/work/shared/data"
INDEX = "/tmp/s59/index"
WINDOW = 5
CONTEXTS = 30_000
MIN_COUNT = 5
SMOOTHING = 0.75  # context counts raised to this power (the usual PPMI smoothing)
_TOKEN = re.compile(r"[a-z][a-z\-]+")


def shared_texts() -> Iterator[str]:
    """The shared guidelines' texts and the BioASQ and PubMedQA corpora's titles and abstracts."""
    for path in glob.glob(f"{SHARED}/guidelines/*.md"):
        with open(path, errors="ignore") as f:
            yield f.read()
    for path in (f"{SHARED}/bioasq/corpus.jsonl", f"{SHARED}/pubmedqa/corpus.jsonl"):
        with open(path) as lines:
            for line in lines:
                doc = json.loads(line)
                yield f"{doc.get('title') or ''} {doc.get('text') or ''}"


def ppmi_rows(tokens: list[list[str]], rows: list[str], contexts: list[str], freq: Counter[str]) -> sparse.csr_matrix:
    """The rows' PPMI vectors over the contexts, each of unit length."""
    row_of = {w: i for i, w in enumerate(rows)}
    context_of = {w: i for i, w in enumerate(contexts)}
    counts: Counter[tuple[int, int]] = Counter()
    for text in tokens:
        for k, word in enumerate(text):
            row = row_of.get(word)
            if row is None:
                continue
            for context in text[max(0, k - WINDOW):k] + text[k + 1:k + 1 + WINDOW]:
                column = context_of.get(context)
                if column is not None:
                    counts[(row, column)] += 1
    keys = list(counts)
    matrix = sparse.coo_matrix((np.array([counts[k] for k in keys], dtype=np.float64),
                                ([k[0] for k in keys], [k[1] for k in keys])), shape=(len(rows), len(contexts))).tocsr()
    prior = np.array([freq[c] for c in contexts], dtype=np.float64) ** SMOOTHING
    prior /= prior.sum()
    totals = np.asarray(matrix.sum(axis=1)).ravel()
    totals[totals == 0] = 1
    matrix = sparse.csr_matrix(matrix.multiply(1 / totals[:, None]).multiply(1 / prior[None, :]))
    matrix.data = np.maximum(np.log(matrix.data), 0)
    matrix.eliminate_zeros()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


def main(probes: list[str]) -> None:
    """Print each probed word's count in the shared texts and its nearest corpus words."""
    tokens = [_TOKEN.findall(text.lower()) for text in shared_texts()]
    freq = Counter(w for text in tokens for w in text)
    print(f"{sum(freq.values())} tokens, {len(freq)} types")
    with sqlite3.connect(f"{INDEX}/store.sqlite") as store:
        chunks = [row[0] for row in store.execute("select text from chunks")]
    written = {w for text in chunks for w in _TOKEN.findall(text.lower())}
    corpus = sorted(w for w in written if len(w) >= 4 and freq[w] >= MIN_COUNT)
    rows = corpus + [p for p in probes if p not in corpus]
    vectors = ppmi_rows(tokens, rows, [w for w, _ in freq.most_common(CONTEXTS)], freq)
    corpus_vectors = vectors[:len(corpus)]
    for probe in probes:
        cosines = np.asarray((corpus_vectors @ vectors[rows.index(probe)].T).todense()).ravel()
        if probe in corpus:
            cosines[corpus.index(probe)] = -1
        top = np.argsort(-cosines)[:4]
        near = "  ".join(f"{corpus[k]} {cosines[k]:.2f}" for k in top)
        print(f"{probe:20s} n={freq[probe]:5d} margin {cosines[top[0]] - cosines[top[1]]:.2f}  {near}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
