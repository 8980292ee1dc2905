"""The narrowest age band that holds the asked case decides, not a broader one of the same guideline.

A guideline for an age group words most of its advice for the whole group ("Drugx may be offered as the first choice to
women past 40") and some for an older part of it ("From 50 on, women are told to come off drugx ..."). A lean read from
the broad band's sentence for a case in the narrower band (a 51-year-old) answered as if the narrower rule did not
exist (session 65: "leans yes" to carrying on with a combined pill at 51). Where the statement a lean rests on sets an
age bound the case's age meets, the same document's sentence that sets a narrower bound the age meets too, names the
asked thing (or an abbreviation whose long form names it), advises on it, and asks nothing else of the case that the
case lacks (``lead.fit``: another sex, a condition or people the question does not name) gives the verdict, and is
quoted first. Ages as ``qualifiers`` reads them (months); document order as ``section_scope`` reads it. No topic.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.backends import SearchIndex
from index.search import Hit
from index.lexical import tokenize
from ingest.models import Chunk, DocumentKind
from service.answer.abbreviations import long_form_terms
from service.answer.concepts import QUESTION_WORDS
from service.answer.lead import fit
from service.answer.models import Verdict
from service.answer.polarity import as_asked, stance
from service.answer.qualifiers import qualifiers
from service.answer.question import PERSON_NOUNS, Question
from service.answer.scoring import Candidate, sentence_terms

Bounds = tuple[float, float]  # (above, below) in months: an age must be > above and < below
_OPEN: Bounds = (float("-inf"), float("inf"))
# An abbreviation as written: two or more capitals, an optional plural s ("CHC", "COCs").
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}s?\b")
# People named as a sentence's subject by what they have: a people noun, a few words of age ("aged 60 and over"),
# "with" and what they have, up to the verb or the clause's end ("Men past 60 with gout should ..."). Grammar.
_MOST_AGE_WORDS = 6
_SUBJECT_WITH = re.compile(rf"\b{PERSON_NOUNS}(?:\s+[\w\-]+){{0,{_MOST_AGE_WORDS}}}?\s+with\s+(?P<x>[^,;.:]+?)"
                           r"(?=\s+(?:should|must|may|can|could|are|is|need|needs|ought|will|who|whose)\b|[,;.:]|$)",
                           re.I)


def _bounds(text: str) -> Bounds | None:
    """The age bounds a text sets (``qualifiers`` "age bound": "gt 599m" of "aged 50 and over") joined into one span;
    None where it sets none."""
    found = qualifiers(text).get("age bound", frozenset())
    above = [float(b[3:-1]) for b in found if b.startswith("gt ") and b.endswith("m")]
    below = [float(b[3:-1]) for b in found if b.startswith("lt ") and b.endswith("m")]
    if not above and not below:
        return None
    return (max(above, default=_OPEN[0]), min(below, default=_OPEN[1]))


def _asked_months(q: Question) -> float | None:
    """The case's age in months (``qualifiers`` "age at" of the question as read: "51F" is read as a 51-year-old
    woman); None where it gives none or several."""
    ages = qualifiers(q.text).get("age at", frozenset()) | qualifiers(q.condition or "").get("age at", frozenset())
    months = {float(a[:-1]) for a in ages if a.endswith("m") and a[:-1].replace(".", "", 1).isdigit()}
    return next(iter(months)) if len(months) == 1 else None


def _holds(bounds: Bounds, age: float) -> bool:
    """Whether ``age`` (months) lies strictly inside ``bounds``. Strict is right for the boundary: ``qualifiers``
    stores an inclusive bound one month out ("50 and over" as above 599 months), so 600 months is inside."""
    return bounds[0] < age < bounds[1]


def _narrower(inner: Bounds, outer: Bounds) -> bool:
    """Whether ``inner`` lies within ``outer`` and is not the same span."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _written_terms(text: str) -> frozenset[str]:
    """A sentence's terms and those of the commonest long form the learned lexicon gives each abbreviation in it
    (``abbreviations.long_form_terms``: "combined", "hormonal", "contraception" of "CHC")."""
    return frozenset(tokenize(text)) | long_form_terms(_ABBREVIATION.findall(text))


def _fits_case(q: Question, c: Candidate) -> bool:
    """Whether statement ``c`` asks nothing of the case that the question does not give (``lead.fit`` on the
    question's qualifiers and terms): no value of a kind that contradicts the asked one (a sex, a setting), and no
    people with something neither the question nor the source's title names, after a preposition ("for people with
    ...", ``Fit.restricted``) or as the sentence's subject (``_SUBJECT_WITH``: "Children past 12 with asthma may use
    X" is no rule for a 13-year-old the question gives no asthma)."""
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS
    found = fit(qualifiers(q.text), c, terms)
    known = terms | sentence_terms(c.hit.document.title or "")
    others = any(not known & (frozenset(tokenize(m.group("x"))) - QUESTION_WORDS)
                 for m in _SUBJECT_WITH.finditer(c.text))
    return not (found.contradicts or found.restricted or others)


def _advised(text: str, topic: frozenset[str]) -> str | None:
    """Which way a sentence advises on what it names: ``polarity.stance``, advice to stop read as against."""
    return stance(text, topic, True) or stance(text, topic)


def narrower_band(index: SearchIndex, q: Question, forms: tuple[frozenset[str], ...],
                  first: Candidate | None) -> tuple[Verdict, Candidate] | None:
    """The verdict and the statement that gives it, where ``first`` (the statement a yes or a no rests on) is a
    guideline's that sets an age bound the case's age meets, and a sentence of its document sets a narrower one the age
    meets too, names every term of one of the asked thing's ``forms`` (as written, or by an abbreviation's long form)
    and advises for or against it: the narrowest such sentence, its advice read as asked. None otherwise."""
    age = _asked_months(q)
    if age is None or first is None or first.hit.document.kind != DocumentKind.GUIDELINE or not forms:
        return None
    outer = _bounds(first.text)
    if outer is None or not _holds(outer, age):
        return None
    best: tuple[Bounds, str, Candidate] | None = None
    for chunk, text in _sentences(index, first.doc_id):
        inner = _bounds(text)
        if inner is None or not _holds(inner, age) or not _narrower(inner, outer):
            continue
        terms = _written_terms(text)
        named = next((form for form in forms if form and form <= terms), None)
        way = _advised(text, named) if named is not None else None
        if way is None:
            continue
        said = _as_statement(first, chunk, text)
        if (best is None or _narrower(inner, best[0])) and _fits_case(q, said):
            best = (inner, way, said)
    if best is None:
        return None
    _, way, said = best
    verdict = as_asked(q.text, "no" if way == "against" else "yes", said.text)
    return (verdict, said) if verdict in ("yes", "no") else None


def quoted_first(banded: Candidate, closest: list[Candidate], most: int) -> list[Candidate]:
    """The closest statements with the narrower band's sentence (``banded``) first, at most ``most`` of them, and that
    sentence once: it may be among them already, and a quote given twice says nothing more."""
    return [banded, *(c for c in closest if c.text != banded.text)][:most]


def _as_statement(first: Candidate, chunk: Chunk, text: str) -> Candidate:
    """Sentence ``text`` of ``chunk`` as a statement of ``first``'s document, whole and quoted from its own chunk."""
    return replace(first, text=text, hit=Hit(chunk, first.hit.document, first.hit.rank, first.hit.score,
                                             first.hit.lexical, first.hit.dense),
                   terms=sentence_terms(text), cut=(False, False), closest_only=False, stand_in=False)


def _sentences(index: SearchIndex, doc_id: str) -> list[tuple[Chunk, str]]:
    """A document's sentences with their chunks, each sentence once (chunks overlap), in document order; none for an
    index with no local store (Milvus)."""
    store = getattr(index, "store", None)
    seen: set[str] = set()
    out: list[tuple[Chunk, str]] = []
    for _, chunk in store.chunks_of(doc_id) if store is not None else ():
        for text in chunk.sentence_texts():
            if text.strip() and text not in seen:
                seen.add(text)
                out.append((chunk, text.strip()))
    return out
