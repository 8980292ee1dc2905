"""Centrality counted with each word pair as one string (``summary.pair_keys``) is, to the bit, the definition
written out plainly: for each statement, the pairs it shares with each statement of another source, summed,
over its own number of pairs."""
from __future__ import annotations

import random

from service.answer.summary import centrality, pair_keys, word_pairs
from tests.service.test_bottom_line import _candidate

WORDS = ("drug", "X", "reduced", "relapse", "in", "adults", "with", "condition", "Y", "IL-6", "MK-7", "a/b",
         "trial", "cohort", "placebo", "vitamin", "D", "K2", "fractures", "older", "risk", "by", "30", "percent")


def _defined(pool: list) -> dict[str, float]:
    out = {}
    for c in pool:
        own = word_pairs(c.text)
        shared = sum(len(own & word_pairs(o.text)) for o in pool if o.doc_id != c.doc_id)
        out[c.text] = shared / len(own) if own else 0.0
    return out


def test_pair_keys_are_the_word_pairs_one_to_one() -> None:
    for text in ("Drug X reduced IL-6 and MK-7 in a/b trials of vitamin D.", "Placebo.", "K2 K2 K2 reduced risk."):
        assert len(pair_keys(text)) == len(word_pairs(text))
        assert pair_keys(text) == {f"{a} {b}" for a, b in word_pairs(text)}


def test_centrality_equals_its_definition_on_random_pools() -> None:
    rng = random.Random(19)
    for _ in range(300):
        pool, texts = [], set()
        for n in range(rng.randint(1, 9)):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))) + f" {n}."
            if text not in texts:
                texts.add(text)
                pool.append(_candidate(text, 0.9, doc=rng.choice("abcd")))
        assert centrality(pool) == _defined(pool)
