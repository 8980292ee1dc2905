"""A regimen a source states of a class it says the asked treatment is one of.

A guideline that says "Amoxicillin is the recommended first-line oral antibiotic for ... pneumonia" and, later, "A total
antibiotic course of five days is recommended for most patients who are improving" has answered "How long should
amoxicillin be given for pneumonia?": its course is stated of the class, and the source itself says amoxicillin is one
of the class. Neither sentence alone pairs the two (the course does not name amoxicillin), so the course was not direct
and the answer opened with the first-line advice again. Where the source gives no length but names it as such
("Recommendations on age thresholds and antibiotic duration differ between countries"), that is the nearest it comes to
an answer (``regimen.on_regimen`` puts it first among statements that state no length).

The class is read as for harms (``class_harms.classes_said``: English's copula with a noun); the regimen by
``regimen.states_regimen`` and ``regimen.names_regimen``. Only where no statement that names the treatment itself
states what was asked: its own regimen answers before its class's.
"""
from __future__ import annotations

import dataclasses

from index.lexical import tokenize
from service.answer.class_harms import classes_said
from service.answer.regimen import Regimen, names_regimen, states_regimen
from service.answer.scoring import Candidate


def names_class(text: str, noun: str) -> bool:
    """Whether a statement names the class by its noun (a stem: "antibiotic" of "antibiotic duration", "A total
    antibiotic course ...")."""
    return noun in tokenize(text)


def with_class_regimen(ranked: list[Candidate], named: frozenset[str], asked: Regimen) -> list[Candidate]:
    """``ranked`` with the statements that state or name the ``asked`` regimen of a class a source says the asked
    treatment (``named``: its terms) is one of marked direct (``classes_said`` of the source's statements that name
    the treatment; ``names_class``), for a question on the treatment's regimen. Only statements on the question's topic
    (``Candidate.anchored``) that name its condition, and only where no statement naming the treatment states what was
    asked (``ranked`` unchanged then)."""
    if not named or any(c.mentions_intervention and states_regimen(c.text, asked) for c in ranked):
        return ranked
    classes: dict[str, set[str]] = {}
    for c in ranked:
        if c.mentions_intervention:
            classes.setdefault(c.doc_id, set()).update(noun for _, noun in classes_said(c.text, named))
    if not classes:
        return ranked
    out: list[Candidate] = []
    for c in ranked:
        if (not c.direct and c.anchored and not c.closest_only and c.mentions_condition
                and (states_regimen(c.text, asked) or names_regimen(c.text, asked))
                and any(names_class(c.text, noun) for noun in classes.get(c.doc_id, ()))):
            c = dataclasses.replace(c, direct=True)
        out.append(c)
    return out
