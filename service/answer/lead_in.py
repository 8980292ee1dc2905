"""The sentence that introduces a statement in its passage: what a list item or a labelled line is about when it does
not say so itself.

A guideline often names what it gives once, then lists its regimen in lines that do not name it again::

    Gizmozumab is the first choice for frobnitis.
    Children:
    - Dosing: <4 years, 8 mg/kg/day; >=4 years, 4 mg/kg/day.
    - Duration 4-8 days: 4 days is often enough.

"Dosing: ..." states the dose of gizmozumab, which only the sentence it follows names; the bare label ("Children:")
between them names a group, not a subject, and a sibling labelled line before it ("Dosing: ..." before "Duration
...") is one more item of the same list. A statement after a sentence that names the asked people ("Adverse effects
are more likely in widget-poor processors. If a gizmo is warranted, consider half the usual dose.") states what is done
for them the same way. The lead-in is read from the statement's own passage (its chunk), in document order; grammar
of labels and lists only, no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lexical import tokenize

if TYPE_CHECKING:  # (scoring joins a labelled regimen line to its lead-in with ``regimen_lead_in``)
    from service.answer.scoring import Candidate

# A line that opens with a short label before a colon ("Dosing: ...", "Duration 4-8 days: ...", "Adults: ..."):
# at most five words, no clause punctuation in it.
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][^:;.,()]{0,40}?)\s*:\s+\S")
# A bare label, all of a line: "Children:", "For adults:". Names whom the lines after it are for, not a subject.
_BARE_LABEL = re.compile(r"^\s*[^:;.]{1,40}:\s*$")
MAX_LABEL_WORDS = 5
# How many sentences back a lead-in is looked for (bare labels and sibling labelled lines are passed over).
REACH = 4


def label_of(text: str) -> str | None:
    """The short label a statement opens with ("Dosing" of "Dosing: <5 years, 70 mg/kg/day ..."), if any."""
    found = _LABEL.match(text)
    if found is None or len(found.group("label").split()) > MAX_LABEL_WORDS:
        return None
    return found.group("label")


def _bare(text: str) -> bool:
    return bool(_BARE_LABEL.match(text)) and len(text.split()) <= MAX_LABEL_WORDS


def lead_in(c: "Candidate") -> str | None:
    """The sentence before a statement in its passage that introduces it: the one just before it, passing over bare
    labels ("Children:") and, for a labelled statement, the labelled lines of the same list before it; None when
    the statement opens its passage."""
    return _lead_in(tuple(c.hit.chunk.sentence_texts()), c.text)


@lru_cache(maxsize=20_000)
def _lead_in(sentences: tuple[str, ...], text: str) -> str | None:
    at = next((i for i in range(len(sentences) - 1, -1, -1) if sentences[i].strip()
               and sentences[i].strip() in text), None)
    if at is None:
        return None
    # (a statement joined to its antecedent holds the sentence before it already: looked for before that one)
    while at > 0 and sentences[at - 1].strip() and sentences[at - 1].strip() in text:
        at -= 1
    k = _lead_in_at(sentences, at)
    return sentences[k] if k is not None else None


def _lead_in_at(sentences: tuple[str, ...] | list[str], at: int) -> int | None:
    """Where the lead-in of the sentence at ``at`` stands (``lead_in``), if any."""
    labelled = label_of(sentences[at]) is not None
    for k in range(at - 1, max(0, at - REACH) - 1, -1):
        if _bare(sentences[k]) or (labelled and label_of(sentences[k]) is not None):
            continue
        return k
    return None


# A label naming a regimen ("Dosing", "Dose", "Duration 4-8 days", "Frequency"): nouns of a regimen, no topic.
_REGIMEN_LABEL = re.compile(r"\b(?:doses?|dosages?|dosing|durations?|frequency|intervals?|"
                            r"length\s+of\s+(?:the\s+)?(?:course|treatment|therapy))\b", re.I)


def regimen_lead_in(sentences: list[str], at: int) -> int | None:
    """For a line labelled by a regimen ("Dosing: <5 years, 70 mg/kg/day ...", "Duration 4-8 days: ..."), where
    the sentence stands that says what the regimen is of (``lead_in``: "Gizmocillin is the first choice ...", past
    a bare label and the list's other labelled lines), when the line itself names nothing the lead-in names; else
    None. The answer quotes the line from the lead-in on, verbatim: alone it names nothing it is a regimen of."""
    label = label_of(sentences[at])
    if label is None or not _REGIMEN_LABEL.search(label):
        return None
    k = _lead_in_at(sentences, at)
    if k is None or _bare(sentences[k]) or sentences[k].rstrip().endswith(":"):
        return None
    return k if frozenset(tokenize(sentences[k])) - frozenset(tokenize(sentences[at])) else None


def subject_terms(c: "Candidate") -> frozenset[str]:
    """A statement's terms with those of the sentence that introduces it (``lead_in``)."""
    before = lead_in(c)
    return c.terms | frozenset(tokenize(before)) if before else c.terms


# A short label opening a line inside a statement, after the start or a sentence's end ("... for all cases of X.
# Children: Dosing: <4 years, ..."): at most five words before the colon.
_INNER_LABEL = re.compile(r"(?:^|(?<=[.:\]])\s+)(?P<label>[A-Z][^:;.,()]{0,40}?):(?=\s+\S)")


def labels_in(text: str) -> list[str]:
    """The short labels that open lines of a statement ("Children", "Dosing" of "... for all cases of X. Children:
    Dosing: <4 years, ..."), in order."""
    return [m.group("label") for m in _INNER_LABEL.finditer(text) if len(m.group("label").split()) <= MAX_LABEL_WORDS]
