"""Where a bottom line's ROUGE-2 is won or lost: by what the bottom line holds and by its parts.

A bottom line is one of four kinds (``kind``): a quoted ``direct`` lead (with the verdict, supporting quotes
and the templated qualifier), ``closest`` evidence under its caveat (either of them: ``CLOSEST`` or
``CLOSEST_FOUND``), a ``missing`` statement (a template
saying what evidence is missing, nothing quoted) or ``none`` (no relevant evidence, nothing cited). Its
parts (``parts``) are the templates before the first quote (the verdict or the caveat), the quotes (each
with its template ellipses) and the templates after them (the qualifier). ``variants`` gives the texts an
evaluation compares with the whole bottom line: its quotes alone, and the bottom line without the quotes
after the first. Nothing here chooses a bottom line; it measures the one the pipeline built.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from service.answer.models import Statement
from service.answer.phrasing import CLOSEST, CLOSEST_FOUND, CLOSEST_OTHERS, NO_EVIDENCE
from service.answer.wording import ELLIPSIS

KINDS = ("direct", "closest", "missing", "none")


@dataclass(frozen=True)
class Parts:
    """A bottom line's statements split where its quotes begin and end: the templates before the first
    quote (``before``: verdict or caveat), the quotes (``quotes``) and the templates after the last quote
    (``after``: the qualifier). Without a quote, every template is in ``before``. The ellipses that mark a
    cut excerpt are left out: they hold no word (ROUGE's tokenizer drops them)."""

    before: tuple[str, ...]
    quotes: tuple[str, ...]
    after: tuple[str, ...]


def kind(statements: Iterable[Statement]) -> str:
    """What a bottom line (its statements) holds: ``direct``, ``closest``, ``missing`` or ``none`` (see the
    module)."""
    statements = list(statements)
    texts = [s.text for s in statements]
    if NO_EVIDENCE in texts:
        return "none"
    if CLOSEST in texts or CLOSEST_FOUND in texts or CLOSEST_OTHERS in texts:
        return "closest"  # (before session 40 "Closest evidence:" lines were counted as direct)
    if not any(s.origin == "source" for s in statements):
        return "missing"
    return "direct"


def parts(statements: Iterable[Statement]) -> Parts:
    """Split a bottom line's statements into templates before, quotes and templates after (``Parts``)."""
    items = [s for s in statements if s.text != ELLIPSIS]
    sources = [i for i, s in enumerate(items) if s.origin == "source"]
    if not sources:
        return Parts(tuple(s.text for s in items), (), ())
    first, last = sources[0], sources[-1]
    return Parts(tuple(s.text for s in items[:first]), tuple(s.text for s in items[first:last + 1]),
                 tuple(s.text for s in items[last + 1:]))


def variants(statements: Iterable[Statement]) -> dict[str, str]:
    """The bottom line's words (``bottom_line``), its quotes alone (``quotes``: no verdict, caveat or
    qualifier; the templates where nothing is quoted) and the bottom line without the quotes after the first
    (``first_quote``: verdict or caveat, the first quote, the qualifier)."""
    p = parts(statements)
    return {"bottom_line": " ".join([*p.before, *p.quotes, *p.after]),
            "quotes": " ".join(p.quotes or p.before),
            "first_quote": " ".join([*p.before, *p.quotes[:1], *p.after])}


@dataclass(frozen=True)
class Scored:
    """One answer's bottom-line kind and the ROUGE-2 of each variant and of the top passage."""

    kind: str
    rouge: dict[str, float]  # variant name (see ``variants``) or "top_passage" -> ROUGE-2 F
    gold_type: str | None = None  # the data set's question type (BioASQ: factoid, list, yesno, summary)


def table(rows: list[Scored], by_type: bool = False) -> dict[str, dict[str, float]]:
    """Per kind (and ``all``), or with ``by_type`` per kind and question type ("direct yesno"): how many
    answers, the mean ROUGE-2 of each variant and of the top passage, and what the group adds to the mean
    over all answers against the top passage (``contribution``: the sum of bottom line minus top passage
    over the group's answers, over all answers)."""
    out: dict[str, dict[str, float]] = {}
    total = len(rows)
    types = sorted({str(r.gold_type) for r in rows}) if by_type else []
    groups = [(f"{k} {t}", k, t) for k in KINDS for t in types] if by_type else [(k, k, None) for k in KINDS]
    for name, wanted, gold in [*groups, ("all", None, None)]:
        mine = [r for r in rows if wanted is None or (r.kind == wanted and (gold is None or str(r.gold_type) == gold))]
        if not mine:
            continue
        keys = sorted(mine[0].rouge)
        entry: dict[str, float] = {"answers": len(mine)}
        entry.update({k: round(statistics.fmean(r.rouge[k] for r in mine), 4) for k in keys})
        entry["contribution"] = round(sum(r.rouge["bottom_line"] - r.rouge["top_passage"] for r in mine) / total, 4)
        out[name] = entry
    return out
