"""Yes/no verdicts of answers and the BioASQ macro F1 over them.

A verdict comes from one of two sources, chosen once per run:

- ``answer.verdict``, the pipeline's own field (yes, no, uncertain, insufficient), as soon as any answer
  of the run carries one: then an answer without it has no verdict, as a reader would see it;
- ``eval.yesno``, the rule reading of the bottom line and quotes (see eval.yesno), while the pipeline
  fills no verdict at all, so that the figure exists before and after.

Both are mapped to the gold labels: yes -> yes, no -> no, uncertain -> maybe (PubMedQA's third class),
insufficient or nothing -> no verdict. No verdict counts as wrong for every class: it is a false negative
of the gold class and a false positive of none (BioASQ's reading of an unanswered yes/no question).
"""
from __future__ import annotations

from typing import Iterable, Literal, Sequence

VerdictSource = Literal["answer.verdict", "eval.yesno"]
YESNO = ("yes", "no")
YESNO_MAYBE = ("yes", "no", "maybe")

_FIELD_TO_LABEL = {"yes": "yes", "no": "no", "uncertain": "maybe", "insufficient": None}


def choose_source(field_verdicts: Iterable[str | None]) -> VerdictSource:
    """``answer.verdict`` when the pipeline filled the field for any answer of the run, else ``eval.yesno``."""
    return "answer.verdict" if any(v is not None for v in field_verdicts) else "eval.yesno"


def label(field_verdict: str | None, reading: str | None, source: VerdictSource) -> str | None:
    """The gold-comparable label of one answer (yes, no, maybe) from the chosen source; None: no verdict."""
    if source == "answer.verdict":
        return _FIELD_TO_LABEL.get(field_verdict) if field_verdict else None
    return reading if reading in YESNO else None


def class_f1(pairs: Sequence[tuple[str | None, str | None]], cls: str) -> float | None:
    """F1 of one class over (gold, predicted) pairs: 2TP / (2TP + FP + FN); None when the class is
    neither gold nor predicted anywhere (undefined, and left out of the macro mean)."""
    tp = sum(1 for g, p in pairs if g == cls and p == cls)
    fp = sum(1 for g, p in pairs if g != cls and p == cls)
    fn = sum(1 for g, p in pairs if g == cls and p != cls)
    if tp + fp + fn == 0:
        return None
    return 2 * tp / (2 * tp + fp + fn)


def macro_f1(pairs: Sequence[tuple[str | None, str | None]], classes: Sequence[str] = YESNO) -> float | None:
    """Mean of the per-class F1 over ``classes`` (the BioASQ yes/no measure with the default classes);
    None for no pairs."""
    scores = [f for f in (class_f1(pairs, c) for c in classes) if f is not None]
    return sum(scores) / len(scores) if scores else None
