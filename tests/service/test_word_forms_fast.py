"""The search for another form of a word (``concepts.same_word``) narrowed to the terms that begin as the word does:
``_variant_in`` bisects a statement's terms in order, ``together`` asks only about words whose first ``HEAD``
letters a long term of the form has. Both must find what asking ``same_word`` of every term finds (session 25:
the plain search ran ~1,000 times an answer for a question new to the process)."""
from __future__ import annotations

import random

import pytest

from service.answer import concepts
from service.answer.concepts import HEAD, _variant_in, same_word, together


def _near_words(rng: random.Random, count: int, letters: str = "abc") -> list[str]:
    """Stems of 4 to 9 letters made from a few roots and endings of a small alphabet: many share their first five,
    six or seven letters and differ in their last one or two, where ``same_word`` decides."""
    roots = ["".join(rng.choice(letters) for _ in range(7)) for _ in range(6)]
    return [rng.choice(roots)[:rng.randint(4, 7)] + "".join(rng.choice(letters) for _ in range(rng.randint(0, 2)))
            for _ in range(count)]


def test_two_forms_of_a_word_share_their_first_head_letters() -> None:
    rng = random.Random(25)
    words = _near_words(rng, 400)
    pairs = [(a, b) for a in words for b in words if same_word(a, b)]
    assert len(pairs) > 200  # the alphabet makes many
    assert all(a[:HEAD] == b[:HEAD] for a, b in pairs)
    assert any(a[:HEAD + 1] != b[:HEAD + 1] for a, b in pairs)  # HEAD is not more than same_word allows


def test_variant_in_finds_what_every_term_asked_finds() -> None:
    rng = random.Random(8)
    pool = _near_words(rng, 300)
    found = 0
    for _ in range(3000):
        terms = frozenset(rng.sample(pool, rng.randint(0, 30)))
        term = rng.choice(pool)
        expected = any(same_word(term, u) for u in terms)
        assert _variant_in(term, terms) is expected, (term, sorted(terms))
        found += expected
    assert 300 < found < 2700  # both answers are tried often


def _together_plainly(text: str, form: frozenset[str],
                      monkeypatch: pytest.MonkeyPatch) -> tuple[frozenset[str], ...]:
    """``together`` with its narrowing switched off: with ``HEAD`` 0 every long word's first letters are those of
    every long term, so each is asked ``same_word`` against every long term of the form (the plain search)."""
    with monkeypatch.context() as patched:
        patched.setattr(concepts, "HEAD", 0)
        together.cache_clear()
        plain = together(text, form)
    together.cache_clear()
    return plain


def test_together_finds_the_runs_every_word_asked_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    # Words whose stems are their own spelling (no suffix the stemmer takes off), many sharing first letters.
    stems = sorted(set(_near_words(rng, 60, "bcd")))
    assert {t for s in stems for t in concepts.words(s)[0][1]} == set(stems)
    fillers = ["of", "the", "with", "trial", "dose", "k2"]
    named = 0
    for _ in range(1500):
        form = frozenset(rng.sample(stems, rng.randint(1, 3)))
        text = " ".join(rng.choice(stems + fillers) for _ in range(rng.randint(1, 12)))
        expected = _together_plainly(text, form, monkeypatch)
        assert together(text, form) == expected, (text, sorted(form))
        named += any(expected)
    assert named > 500
