"""advises_on and advises_on_whole read a sentence's advice verbs from advice_marks (read once per sentence):
the same answers as matching both advice patterns at every word on each call, written out plainly here."""
from __future__ import annotations

import itertools
import re

from index.lexical import tokenize
from service.answer.guideline import (_ACTIVE_ADVICE, _PASSIVE_ADVICE, _WORDS, ADVICE_REACH, SUBJECT_HEAD,
                                      advises_on, advises_on_whole, word_terms)

SENTENCES = (
    "The panel recommends screening for depression in adults, including pregnant women.",
    "Testing for inherited thrombophilia in women who have had two losses is not recommended.",
    "Screening: is not routinely recommended; offer counselling instead.",
    "Clinicians should not prescribe antibiotics for acute bronchitis in otherwise healthy adults.",
    "The authors recommend urgent reversal of VKAs with prothrombin complex concentrate and vitamin K.",
    "Vitamin K should be considered when the INR is above 10, even without bleeding.",
    "Adalimumab, etanercept and infliximab are recommended for adults with ankylosing spondylitis.",
    "Do not routinely offer imaging for low back pain; consider it only when red flags are present.",
    "Testing; the many other words of this long second clause here say it is not recommended.",
    "Imaging",
    "",
)
TERMS = [frozenset(tokenize(p)) for p in ("screening", "antibiotics", "vitamin K", "imaging", "testing",
                                          "counselling", "VKA", "infliximab", "bleeding")]


def _plain_advises_on(text: str, intervention_terms: frozenset[str]) -> bool:
    if not intervention_terms:
        return False
    words, stems = word_terms(text)
    hits = [n for n, terms in enumerate(stems) if terms & intervention_terms]
    if not hits:
        return False
    lowered = [w.lower() for w in words]
    if min(hits) < SUBJECT_HEAD:
        clause = len(_WORDS.findall(re.split(r"[;:]", text, maxsplit=1)[0]))
        if any(_PASSIVE_ADVICE.match(" ".join(lowered[n:n + 4])) for n in range(min(hits) + 1, clause)):
            return True
    for n, word in enumerate(lowered):
        if _ACTIVE_ADVICE.match(word) and any(n < h <= n + ADVICE_REACH for h in hits):
            return True
        if _PASSIVE_ADVICE.match(" ".join(lowered[n:n + 4])) and any(n - ADVICE_REACH <= h < n for h in hits):
            return True
    return False


def _plain_advises_on_whole(text: str, forms: tuple[frozenset[str], ...]) -> bool:
    if not forms:
        return False
    words, terms_of = word_terms(text)
    lowered = [w.lower() for w in words]
    stems = [terms | frozenset(t[:-1] for t in terms if t.endswith("s") and len(t) > 2) for terms in terms_of]
    for n, word in enumerate(lowered):
        if _ACTIVE_ADVICE.match(word):
            window = stems[n + 1:n + 1 + ADVICE_REACH]
        elif _PASSIVE_ADVICE.match(" ".join(lowered[n:n + 4])):
            window = stems[max(0, n - ADVICE_REACH):n]
        else:
            continue
        if any(form and form <= frozenset().union(*window) for form in forms):
            return True
    return False


def test_advises_on_reads_as_before() -> None:
    seen = {(text, terms): advises_on(text, terms) for text in SENTENCES for terms in TERMS}
    assert seen == {(text, terms): _plain_advises_on(text, terms) for text in SENTENCES for terms in TERMS}
    assert any(seen.values()) and not all(seen.values())


def test_advises_on_whole_reads_as_before() -> None:
    forms = [tuple(pair) for pair in itertools.combinations(TERMS, 2)] + [(t,) for t in TERMS] + [()]
    seen = {(text, f): advises_on_whole(text, f) for text in SENTENCES for f in forms}
    assert seen == {(text, f): _plain_advises_on_whole(text, f) for text in SENTENCES for f in forms}
    assert any(seen.values()) and not all(seen.values())
