"""Concept.mentioned_in and Concept.present against their definition, written out plainly: a form is met when
each of its terms is in the statement (or in ``also``, the title's) or, for a term of six letters or more,
another form of the same word is, or, for a letter, a numbered subtype of it ("d3" for "d"); a form of three
terms or more also when its rarest term is met with enough of its weight. mentioned_in skips the search for
other word forms when a term too short to have one is missing, and present looks for other forms and subtypes
only where a form is not met whole and has such terms: neither may change any answer."""
from __future__ import annotations

import random

from index.lexical import tokenize
from service.answer import concepts
from service.answer.concepts import Concept, concept, same_word


def _found(form: frozenset[str], terms: frozenset[str]) -> frozenset[str]:
    """The terms of ``form`` that ``terms`` names: itself, another form of the word, a numbered subtype."""
    return frozenset(t for t in form if t in terms or (len(t) >= 6 and any(same_word(t, u) for u in terms))
                     or (len(t) == 1 and t.isalpha() and any(len(u) > 1 and u[0] == t and u[1:].isdigit()
                                                             for u in terms)))


def _defined(c: Concept, terms: frozenset[str], also: tuple[frozenset[str], ...] | None,
             parts: bool = True) -> bool:
    for k, form in enumerate(c.forms):
        if not parts and c.whole is not None and k >= c.whole:
            break  # without parts, only the forms that name the whole concept
        met = _found(form, terms) | (also[k] if also is not None else frozenset())
        if met == form:
            return True
        weighted = c.weights[k] if c.weights else ()
        if len(weighted) >= 3 and weighted[0][0] in met and \
                sum(w for t, w in weighted if t in met) >= c.share * sum(w for _, w in weighted):
            return True
    return False


def _variants(term: str) -> list[str]:
    return [term[:-1], term + "s", term[:-1] + "i"] if len(term) >= 6 else []


def test_mentions_agree_with_the_definition_on_random_statements() -> None:
    rng = random.Random(8)
    idf = {"vitamin": 2.0, "d": 0.5, "fractur": 3.0, "older": 1.0, "adult": 0.5, "k2": 4.0, "shockwav": 3.5,
           "therapi": 0.8, "calcif": 2.5, "tendinopathi": 3.0, "eswt": 5.0}.get
    concepts = [concept("vitamin D", idf=lambda t: idf(t) or 1.0),
                concept("fractures in older adults", idf=lambda t: idf(t) or 1.0),
                concept("shockwave therapy for calcific tendinopathy", idf=lambda t: idf(t) or 1.0),
                Concept(name="k2 eswt", forms=(frozenset({"k2", "eswt"}), frozenset({"shockwav", "therapi"}))),
                concept("ESWT"), concept("vitamin K", idf=lambda t: idf(t) or 1.0)]
    words = sorted({t for c in concepts for form in c.forms for t in form})
    pool = words + [v for t in words for v in _variants(t)] + ["trial", "patient", "dose", "calcium", "d3", "k1", "d"]
    checked = met = 0
    for _ in range(3000):
        terms = frozenset(rng.sample(pool, rng.randint(0, 7)))
        for c in concepts:
            also = None
            if rng.random() < 0.3:
                also = c.present(frozenset(rng.sample(pool, rng.randint(0, 4))))
            expected = _defined(c, terms, also)
            assert c.mentioned_in(terms, also) == expected, (c.name, sorted(terms), also)
            assert c.present(terms) == tuple(_found(form, terms) for form in c.forms), (c.name, sorted(terms))
            checked += 1
            met += expected
    assert met > checked // 20 and checked - met > checked // 20  # both outcomes well represented


def test_a_missing_short_term_is_not_completed_by_a_long_one_s_variant() -> None:
    # "d" has no other form; "vitamin" does ("vitamins"): without "d" the form is not met, with it it is.
    vitamin_d = concept("vitamin D")
    assert not vitamin_d.mentioned_in(frozenset({"vitamins", "fractur"}))
    assert vitamin_d.mentioned_in(frozenset({"vitamins", "d"}))


def test_mentions_without_parts_read_only_the_whole_forms_as_defined() -> None:
    # A concept whose later forms name it in part (one side of "and", without its population): without
    # ``parts`` only its first ``whole`` forms count, each as defined, subtypes, word forms and weights included.
    weighted = (("fractur", 2.0), ("older", 1.5), ("adult", 1.0))  # rarest first; met in part from 2.7 (0.6)
    c = Concept(name="vitamin d fractures", whole=2,
                forms=(frozenset({"vitamin", "d"}), frozenset({"fractur", "older", "adult"}),
                       frozenset({"adult", "calcium"}), frozenset({"calcium", "k"})),
                weights=((("vitamin", 2.0), ("d", 0.5)), weighted, (("adult", 0.5), ("calcium", 1.0)),
                         (("calcium", 1.0), ("k", 0.4))))
    pool = ["vitamin", "vitamins", "d", "d3", "fractur", "fracturs", "older", "adult", "calcium", "calciums", "k",
            "k2", "trial"]
    rng = random.Random(22)
    outcomes = set()
    for _ in range(3000):
        terms = frozenset(rng.sample(pool, rng.randint(0, 5)))
        also = c.present(frozenset(rng.sample(pool, rng.randint(0, 3)))) if rng.random() < 0.3 else None
        for parts in (False, True):
            expected = _defined(c, terms, also, parts)
            assert c.mentioned_in(terms, also, parts) == expected, (sorted(terms), also, parts)
            outcomes.add((parts, expected))
    assert outcomes == {(False, False), (False, True), (True, False), (True, True)}
    # a statement naming only a part (the fourth form, its letter by a numbered subtype) is met with parts only
    part = frozenset({"calcium", "k2"})
    assert c.mentioned_in(part) and not c.mentioned_in(part, parts=False)


def test_a_remembered_answer_is_for_the_arguments_it_was_asked_with() -> None:
    """mentioned_in remembers its answers (concepts._mentions), so the same statement asked again with another
    ``parts``, ``text`` or ``also`` must get the answer for those, whichever was asked first."""
    terms = frozenset(tokenize("Fractures fell in the trial."))
    for first in (True, False):
        concepts._mentions.cache_clear()
        fractures = concept("fractures in older adults", condition=True)  # named in part by "fractures" alone
        assert fractures.mentioned_in(terms, parts=first) is first
        assert fractures.mentioned_in(terms, parts=not first) is (not first)
    text = "Zinc lowered the risk of pregnancy loss and low-birth-weight."
    apart = frozenset(tokenize(text))
    for with_text_first in (True, False):
        concepts._mentions.cache_clear()
        weight_loss = concept("weight loss")
        asked = [(text, False), (None, True)] if with_text_first else [(None, True), (text, False)]
        for given, expected in asked:  # its words meet, but stand apart in the statement
            assert weight_loss.mentioned_in(apart, text=given) is expected
    vitamin = frozenset(tokenize("Vitamin levels were low."))
    for titled_first in (True, False):
        concepts._mentions.cache_clear()
        vitamin_d = concept("vitamin D")
        title = vitamin_d.present(frozenset(tokenize("Vitamin D in older adults")))
        asked = [(title, True), (None, False)] if titled_first else [(None, False), (title, True)]
        for also, expected in asked:  # the title names the "D" the statement leaves out
            assert vitamin_d.mentioned_in(vitamin, also) is expected
