"""Whether a sentence only says how a study was done (its design or method), not what it found.

"VITAL was a nationwide randomized, double-blind, placebo-controlled trial ...", "The trial enrolled 25,871
participants ...", "A randomized trial ... compared X plus Y with Y alone in 48 patients ..." state no result,
though their words ("reported", "48 patients", "compared") look like a finding's to ``routing.FINDING``. A
bottom line that opens with one answers nothing, and a yes or a no read from one rests on nothing found.

A logistic regression over a sentence's words (numbers, percentages and statistics as word shapes), trained by
``medcite-eval train --only design`` on the sentences of PubMedQA's structured abstracts (dev half), whose
section headings (METHODS, RESULTS, ...) label them: the abstract's sections are in order, so the sentences are
cut into them where the model reads them best, and the model is fitted again (``eval.design_training``). Its
P(method) against P(result) decides; no model call, a dot product over the words.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ingest.sentences import sentence_texts
from service.answer.routing import IMPERATIVE, IN_USE, NEUTRAL, NULL_RESULT, OPTION, RECOMMENDATION, STUDY

CLASSES = ("background", "method", "result")
_TOKEN = re.compile(r"[a-z][a-z\-]*|\d+(?:[.,]\d+)*|%|[<>=≤≥±]")


def words(sentence: str) -> list[str]:
    """A sentence's features as the model reads them: its lower-cased words, each number as ``<num>`` (a decimal
    as ``<dec>``: results are stated in them, counts of people in whole numbers), "%" and comparison signs as
    they are, and each pair of neighbouring words (``a_b``: "were randomized" is a method, "was lower" a
    result)."""
    tokens = []
    for t in _TOKEN.findall(sentence.lower()):
        if t[0].isdigit():
            t = "<dec>" if "." in t else "<num>"
        tokens.append(t)
    return tokens + [f"{a}_{b}" for a, b in zip(tokens, tokens[1:])]


@dataclass(frozen=True)
class DesignModel:
    """One weight vector per class (``CLASSES``) over word features, and intercepts (multinomial logistic
    regression); ``margin``: how much likelier than a result a method must be for ``design_only`` (chosen on the
    dev half's cross-validation, ``eval.design_training``)."""

    weights: dict[str, tuple[float, float, float]]
    intercepts: tuple[float, float, float]
    margin: float = 0.0
    trained_on: str = ""

    def probabilities(self, sentence: str) -> dict[str, float]:
        """P(background), P(method), P(result) of one sentence."""
        z = list(self.intercepts)
        for word in set(words(sentence)):
            w = self.weights.get(word)
            if w is not None:
                z = [a + b for a, b in zip(z, w)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {k: v / total for k, v in zip(CLASSES, e)}

    def method_over_result(self, sentence: str) -> float:
        """log P(method) - log P(result): above ``margin`` the sentence describes how a study was done."""
        p = self.probabilities(sentence)
        return math.log(max(p["method"], 1e-12)) - math.log(max(p["result"], 1e-12))

    def to_json(self) -> dict:
        """The model as ``weights/design.json`` stores it."""
        return {"classes": list(CLASSES), "weights": {k: list(v) for k, v in sorted(self.weights.items())},
                "intercepts": list(self.intercepts), "margin": self.margin, "trained_on": self.trained_on}

    @classmethod
    def from_json(cls, data: dict) -> "DesignModel":
        """A model from its weights file; its classes must be the code's."""
        if tuple(data["classes"]) != CLASSES:
            raise RuntimeError("weights/design.json does not match the code's classes; retrain it with "
                               "`medcite-eval train --only design`")
        weights = {k: (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()}
        b = [float(x) for x in data["intercepts"]]
        return cls(weights, (b[0], b[1], b[2]), float(data.get("margin", 0.0)), data.get("trained_on", ""))


@lru_cache(maxsize=1)
def design_model() -> DesignModel | None:
    """The shipped model, or None before one was trained (then no sentence is judged design only)."""
    try:
        text = resources.files("service.answer").joinpath("weights/design.json").read_text()
    except FileNotFoundError:
        return None
    return DesignModel.from_json(json.loads(text))


@lru_cache(maxsize=50_000)
def design_only(statement: str) -> bool:
    """Whether a statement only describes how a study was done: each of its sentences (a statement quoted with
    its antecedent has two) reads as a method rather than a result (``DesignModel.method_over_result`` above the
    model's margin), speaks of a study or its people (``routing.STUDY``: "trial", "randomized", "patients",
    "participants", ...; "Hypercalcaemia is uncommon at doses up to 4000 IU per day in adults" is no method, though
    the model reads one) and gives no advice and no null result in the words routing reads them by (``_NEVER_A_METHOD``:
    the model learned from abstracts, and a guideline's "X should be offered for 12 weeks" is advice whatever its
    words of dose and time). Remembered per statement: directness, the lead and the verdict ask of the same ones."""
    model = design_model()
    if model is None:
        return False
    return all(model.method_over_result(s) > model.margin and bool(STUDY.search(s)) and not _never_a_method(s)
               for s in sentence_texts(statement) or [statement])


# Advice, an option, a neutral recommendation or a null result: what a source says or found, never how a study was
# done (``routing``'s patterns, grammar of any specialty).
_NEVER_A_METHOD = (RECOMMENDATION, NEUTRAL, NULL_RESULT, OPTION, IN_USE)
# A verb of reporting with its "that" clause states what was found ("A study in rats published in 2007 reported that
# a diet high in X partly reversed Y", "Japanese randomized trials reported that X reduced fractures"): the model
# read their dates and designs as a method on the default corpus's lists.
_REPORTED_THAT = re.compile(r"\b(?:reported|found|showed|shown|demonstrated|concluded|suggested|observed|noted)\s+"
                            r"that\b", re.I)


def _never_a_method(sentence: str) -> bool:
    return (any(p.search(sentence) for p in _NEVER_A_METHOD) or bool(IMPERATIVE.search(sentence.lstrip()))
            or bool(_REPORTED_THAT.search(sentence)))
