"""pipeline._apart (the ranked statements an answer may still quote in its sections) against its rule written
out with lead.overlaps: a statement overlapping a quoted one (one text inside the other) is left out; and
pipeline._repeats (a statement pick passes over) against its rule: one text inside the other, or a near
duplicate."""
from __future__ import annotations

import random

from service.answer.lead import overlaps
from service.answer.pipeline import _apart, _repeats
from service.answer.scoring import near_duplicate
from tests.service.candidates import candidate


def test_apart_keeps_exactly_the_statements_no_quoted_one_overlaps() -> None:
    rng = random.Random(21)
    words = ["calcium", "raised", "risk", "trial", "no", "effect", "in", "women", "men", "the"]
    pool = [candidate(" ".join(rng.choices(words, k=rng.randint(1, 4)))) for _ in range(60)]
    left = kept = 0
    for _ in range(300):
        ranked = rng.sample(pool, rng.randint(0, 20))
        quoted = rng.sample(pool, rng.randint(0, 4))
        expected = [c for c in ranked if not any(overlaps(c, q) for q in quoted)]
        assert _apart(ranked, quoted) == expected
        left += len(ranked) - len(expected)
        kept += len(expected)
    assert left > 100 and kept > 100  # both outcomes well represented


def test_a_statement_inside_a_quoted_one_and_one_holding_it_are_both_left_out() -> None:
    quoted = [candidate("the trial raised risk in women")]
    inside, holding, other = (candidate("raised risk"), candidate("in short, the trial raised risk in women."),
                              candidate("no effect in men"))
    assert _apart([inside, holding, other], quoted) == [other]


def test_repeats_is_containment_either_way_or_a_near_duplicate() -> None:
    rng = random.Random(5)
    words = ["calcium", "raised", "risk", "trial", "no", "effect", "in", "women", "men", "the"]
    pool = [candidate(" ".join(rng.choices(words, k=rng.randint(1, 5)))) for _ in range(60)]
    said = 0
    for _ in range(1000):
        cand, taken = rng.choice(pool), rng.sample(pool, rng.randint(0, 5))
        expected = any(c.text in cand.text or cand.text in c.text or near_duplicate(c.terms, cand.terms)
                       for c in taken)
        assert _repeats(cand, taken) == expected
        said += expected
    assert 100 < said < 900  # both outcomes well represented
