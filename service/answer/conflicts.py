"""Conflicting findings: whether the direct findings of an answer disagree, said in a templated statement
that cites both sides, with a flag the evidence level uses.

Two kinds of disagreement: studies where some report an effect and others none (a null result is read with
routing.NULL_RESULT, the same test that files a sentence as a null result), and guidelines where some
recommend for and others against.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ingest.models import DocumentKind, Grade
from service.answer.evidence import reports_finding
from service.answer.models import EvidenceLevel
from service.answer.polarity import stance as advice_stance
from service.answer.references import Numbering
from service.answer.routing import GAP, NOT_MEASURED, NULL_RESULT, RECOMMENDATION
from service.answer.scoring import Candidate

Stance = Literal["effect", "null", "for", "against"]

# A study result that reports an effect (NULL_RESULT is tested first, so "no significant reduction" is null).
EFFECT = re.compile(r"\b(?:significant(?:ly)?|reduc(?:ed|es|tion)|improv(?:ed|es|ement)|increas(?:ed|es)|"
                    r"decreas(?:ed|es)|lowered|slowed|prevent(?:ed|s)|effective|superior|benefit(?:ed|s)?)\b", re.I)
_MARK = re.compile(r"\[\[doc:([^\]]+)\]\]")
# How much a conflict lowers the evidence level: one step.
_LOWER: dict[EvidenceLevel, EvidenceLevel] = {"strong": "moderate", "moderate": "limited"}


@dataclass(frozen=True)
class Finding:
    """One direct finding: a quoted sentence, its source, the source's kind, and its grade if any."""

    doc_id: str
    text: str
    kind: DocumentKind
    grade: Grade | None = None


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree: ``kind`` results (effect vs none) or recommendations (for vs against)."""

    kind: Literal["results", "recommendations"]
    one_side: tuple[str, ...]  # doc ids reporting an effect / recommending for
    other_side: tuple[str, ...]  # doc ids reporting none / recommending against

    def statement(self) -> tuple[str, list[str]]:
        """The templated statement (with [[doc:ID]] citation marks, see cite_inline) and its citations."""
        a, b = _marks(self.one_side), _marks(self.other_side)
        if self.kind == "results":
            text = (f"Findings conflict: {a} {_verb(self.one_side, 'report')} an effect, while {b} "
                    f"{_verb(self.other_side, 'report')} no significant effect or difference.")
        else:
            text = (f"Guidelines differ: {a} {_verb(self.one_side, 'recommend')} this, while {b} "
                    f"{_verb(self.other_side, 'recommend')} against it.")
        return text, list(self.one_side + self.other_side)


def stance(finding: Finding) -> Stance | None:
    """What one finding says: an effect or none (research), for or against (guidelines); None if neither."""
    if finding.kind == DocumentKind.GUIDELINE and finding.grade and finding.grade.strength == "against":
        return "against"
    return _text_stance(finding.text, finding.kind == DocumentKind.GUIDELINE)


@lru_cache(maxsize=20_000)
def _text_stance(text: str, guideline: bool) -> Stance | None:
    """``stance`` as the sentence's words say it (a guideline's grade aside); remembered per sentence, since
    an answer's direct findings come back for related questions."""
    if guideline:
        pointing = advice_stance(text)
        if pointing is not None:
            return pointing  # against it, to stop it, or against stopping it (for)
        return "for" if RECOMMENDATION.search(text) else None
    # (A result whose study did not measure what it names, "... improved arterial stiffness, but that trial did not
    # measure calcification", reports its effect on another outcome: it takes no side on that one.)
    if (GAP.search(text) or NOT_MEASURED.search(text)) and not NULL_RESULT.search(text):
        return None
    if NULL_RESULT.search(text):
        return "null"
    return "effect" if EFFECT.search(text) else None


def find_conflict(findings: list[Finding]) -> Conflict | None:
    """The disagreement among direct findings, if any. A source counts on one side when all its findings
    that take a side take that one; recommendations are compared first (they are what a reader acts on)."""
    sides: dict[str, set[Stance]] = {}
    for f in findings:
        s = stance(f)
        if s is not None:
            sides.setdefault(f.doc_id, set()).add(s)
    settled = {doc: next(iter(s)) for doc, s in sides.items() if len(s) == 1}
    pairs: tuple[tuple[Literal["recommendations", "results"], Stance, Stance], ...] = (
        ("recommendations", "for", "against"), ("results", "effect", "null"))
    for kind, yes, no in pairs:
        one = tuple(d for d, s in settled.items() if s == yes)
        other = tuple(d for d, s in settled.items() if s == no)
        if one and other:
            return Conflict(kind=kind, one_side=one, other_side=other)
    return None


def findings_of(candidates: list[Candidate]) -> list[Finding]:
    """The direct findings among an answer's candidate sentences: naming what the question names (the
    judge's test of direct evidence) and reporting a result or advice rather than a gap; each with its
    sentence's stored grade.

    Pass all relevant candidates, not only the quoted ones: "X did not reduce Y" and "X reduced Y" share
    their words, so selection drops one of them as a near-duplicate of the other.
    """
    out = []
    for c in candidates:
        if c.direct and reports_finding(c.text):
            out.append(Finding(doc_id=c.doc_id, text=c.text, kind=c.hit.document.kind, grade=sentence_grade(c)))
    return out


def sentence_grade(c: Candidate) -> Grade | None:
    """The grade stored at ingest for the quoted sentence of a candidate."""
    if not c.hit.chunk.grades:  # most chunks have none: no sentence to look for
        return None
    texts = c.hit.chunk.sentence_texts()
    index = next((i for i, t in enumerate(texts) if t == c.text or c.text in t), None)
    return c.hit.chunk.grade_of(index) if index is not None else None


def adjusted_level(level: EvidenceLevel, conflict: Conflict | None) -> EvidenceLevel:
    """The evidence level after a conflict: one step lower, since the sources do not agree."""
    return _LOWER.get(level, level) if conflict else level


def cite_inline(text: str, numbering: Numbering) -> str:
    """Replace [[doc:ID]] marks with reference numbers ("[2]"), numbering new sources in order."""
    if "[[doc:" not in text:  # a quoted sentence: no mark to replace (every statement of an answer comes here)
        return text
    return _MARK.sub(lambda m: f"[{numbering.cite([m.group(1)])[0]}]", text)


def _marks(doc_ids: tuple[str, ...]) -> str:
    return "".join(f"[[doc:{d}]]" for d in doc_ids)


def _verb(ids: tuple[str, ...], verb: str) -> str:
    return verb if len(ids) > 1 else verb + "s"
