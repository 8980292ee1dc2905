"""Whether experts' answering sentences leave a concept's leading word out, by how much that word says of the
phrase in the embedding space: the data behind ``concepts.DESCRIPTIVE_MAX_COSINE``.

For each question of a data set's dev half whose intervention or condition (as medcite reads it) has two words
or more, the phrase is split into its first word and the rest; among the gold snippets that name the rest,
the share that do not name the first word is counted, against the cosine of the phrase with its first word.
Only plain noun phrases are counted (no
preposition or conjunction, every word a content word), the phrases ``broader`` applies to. A word that only
describes the concept ("persistent asthma") should be left out by the sentences that answer
more often than one that picks one of a family ("tendon calcification").

Usage: PYTHONPATH=. python scripts/modifier_probe.py INDEX_DIR ../shared/data/bioasq [--each]
       (INDEX_DIR: any index built with the default model; only its embedder is used)
"""
from __future__ import annotations

import argparse

import numpy as np

from eval.datasets import load_dataset, select_half
from index.lexical import tokenize
from index.search import open_index
from service.answer.concepts import _LINKS, QUESTION_WORDS
from service.answer.question import read_question

BINS = ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 1.01))


def _terms(text: str) -> set[str]:
    return set(tokenize(text)) - QUESTION_WORDS


def rows(dataset: str) -> list[tuple[str, str, str, int, int]]:
    """(phrase, rest, first word, gold snippets naming the rest, of those without the first word)."""
    data = select_half(load_dataset(dataset, require_answers=True), "dev")
    out = []
    for query in data.queries:
        answer = data.answers.get(query.id)
        if answer is None or not answer.snippets:
            continue
        q = read_question(query.text)
        for phrase in (q.intervention, q.condition):
            words = (phrase or "").split()
            # as concepts.Lexicon.broader: a plain noun phrase (no preposition or conjunction), each word its own
            if len(words) < 2 or not all(_terms(w) and w.lower() not in _LINKS for w in words):
                continue
            first, rest = words[0], " ".join(words[1:])
            first_terms, rest_terms = _terms(first), _terms(rest)
            if first_terms & rest_terms:
                continue
            naming = [s for s in answer.snippets if rest_terms <= set(tokenize(s))]
            if naming:
                out.append((phrase, rest, first, len(naming),
                            sum(1 for s in naming if not first_terms & set(tokenize(s)))))
    return out


def main() -> None:
    """Print each concept's cosines and counts (with --each) and the share by cosine bin."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir")
    parser.add_argument("dataset")
    parser.add_argument("--each", action="store_true")
    args = parser.parse_args()
    found = rows(args.dataset)
    index = open_index(args.index_dir)
    vectors = np.asarray(index.embedder.encode([t for phrase, rest, first, _, _ in found for t in (phrase, first)]))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = [float(vectors[2 * k] @ vectors[2 * k + 1]) for k in range(len(found))]
    if args.each:
        for cos, (phrase, _, first, naming, without) in sorted(zip(cosines, found)):
            print(f"{cos:.2f}  {without}/{naming} leave out {first!r}  ({phrase})")
    print(f"{len(found)} concepts of two words or more with a gold snippet naming the rest")
    for lo, hi in BINS:
        chosen = [(c, r) for c, r in zip(cosines, found) if lo <= c < hi]
        if chosen:
            naming = sum(r[3] for _, r in chosen)
            without = sum(r[4] for _, r in chosen)
            print(f"cosine(phrase, first word) {lo:.1f}-{min(hi, 1.0):.1f}: {len(chosen)} concepts, "
                  f"{without}/{naming} = {without / naming:.2f} of the snippets naming the rest leave the word out")


if __name__ == "__main__":
    main()
