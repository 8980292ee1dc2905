"""Is the evidence direct? A learned check on the statements that look like direct answers.

A statement that names what the question names and reports a finding looks like a direct answer
(``evidence.answers_directly``); but once the documents that answer a question are gone, other documents'
statements still look like that, with relevance probabilities of 0.9 and more. What tells the two apart
is the shape of the evidence around them: how many sources and statements look direct and how relevant
they are together, how well the best one covers the question, how close the best passages are to it.
A logistic regression over those few numbers, trained by ``medcite-eval train --only abstention`` on
the BioASQ dev half (each question once with its gold documents in the index, once without), decides
whether the answer may claim direct evidence. Without the weights file the check always passes (the
answer behaves as before it existed).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from index.search import Hit
from ingest.models import DocumentKind
from service.answer.evidence import Judgement, states_safety
from service.answer.guideline import is_advice
from service.answer.relevance import FEATURES as STATEMENT_FEATURES
from service.answer.relevance import logistic
from service.answer.scoring import Candidate

# Neither the best relevance alone nor whether the question names a topic is among them: on the dev half
# they added nothing (5-fold ROC AUC 0.70 with and without) and took negative weights, which would count a
# single highly relevant source against itself.
FEATURES: tuple[str, ...] = (
    "direct_docs", "direct_count_log", "direct_sum", "best_term_share", "best_dense", "top_dense",
    "second_dense", "close_docs",
)
# A source whose closest passage is at least this close to the question (cosine) counts as a close one.
CLOSE = 0.7
_TERM_SHARE = STATEMENT_FEATURES.index("term_share")
_DENSE = STATEMENT_FEATURES.index("dense")


@dataclass(frozen=True)
class AbstentionModel:
    """Weights over ``FEATURES``, an intercept, and the probability of direct evidence an answer needs."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float
    trained_on: str = ""

    def probability(self, values: tuple[float, ...]) -> float:
        """P(the question's answering documents are in the index) for one feature vector."""
        return logistic(self.intercept, self.weights, values)

    def to_json(self) -> dict:
        """The model as its weights file stores it."""
        return {"features": list(self.features), "weights": list(self.weights), "intercept": self.intercept,
                "threshold": self.threshold, "trained_on": self.trained_on}

    @classmethod
    def from_json(cls, data: dict) -> "AbstentionModel":
        """A model from its weights file."""
        return cls(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["intercept"]),
                   float(data["threshold"]), str(data.get("trained_on", "")))


def evidence_features(hits: list[Hit], direct: list[Candidate]) -> tuple[float, ...]:
    """The check's inputs (in ``FEATURES`` order) from the retrieved passages and the statements that look
    like direct answers: how many sources have a direct statement, how many
    direct statements (log), the sum over sources of their best direct relevance, the best statement's
    share of the question's terms and its passage's closeness to the question, the closest and second
    closest source's closeness and how many sources come within ``CLOSE``. All are on fixed scales
    (probabilities, cosines, counts), not on a corpus's BM25 scale."""
    per_doc: dict[str, float] = {}
    for c in direct:
        per_doc[c.doc_id] = max(per_doc.get(c.doc_id, 0.0), c.score)
    top = max(direct, key=lambda c: c.score, default=None)
    doc_dense: dict[str, float] = {}
    for h in hits:
        if h.dense is not None:
            doc_dense[h.document.id] = max(doc_dense.get(h.document.id, 0.0), h.dense)
    dense = sorted(doc_dense.values(), reverse=True)
    values = {
        "direct_docs": float(len(per_doc)),
        "direct_count_log": math.log1p(len(direct)), "direct_sum": sum(per_doc.values()),
        "best_term_share": top.features[_TERM_SHARE] if top else 0.0,
        "best_dense": top.features[_DENSE] if top else 0.0,
        "top_dense": dense[0] if dense else 0.0, "second_dense": dense[1] if len(dense) > 1 else 0.0,
        "close_docs": float(sum(1 for d in dense if d >= CLOSE)),
    }
    return tuple(map(values.__getitem__, FEATURES))


@lru_cache(maxsize=1)
def abstention_model() -> AbstentionModel | None:
    """The shipped model, or None when no weights file was trained (then every answer passes the check)."""
    try:
        text = resources.files("service.answer").joinpath("weights/abstention.json").read_text()
    except FileNotFoundError:
        return None
    model = AbstentionModel.from_json(json.loads(text))
    if model.features != FEATURES:
        raise RuntimeError("weights/abstention.json does not match the code's features; retrain it with "
                           "`medcite-eval train --only abstention`")
    return model


def direct_evidence(hits: list[Hit], direct: list[Candidate], model: AbstentionModel | None = None) -> bool:
    """Whether statements that look like direct answers may be presented as direct evidence: none does
    not; a guideline's advice that names what the question names does (the model learned the shape of
    research abstracts' near misses, never a guideline's: "Topiramate ... must be avoided in pregnancy" is the
    answer to "Is topiramate safe in pregnancy?" however few sources say it); otherwise the model (the shipped
    one unless given) must give at least its threshold."""
    if not direct:
        return False
    if any(map(is_advice, direct)) or any(map(_guideline_safety, direct)):
        return True
    model = model or abstention_model()
    return model is None or model.probability(evidence_features(hits, direct)) >= model.threshold


def _guideline_safety(c: Candidate) -> bool:
    """A guideline's statement that what it names is safe or unsafe (``evidence.states_safety``: "Nicotine replacement
    therapy is safe for most people, including those with stable cardiovascular disease"): the guideline's finding on
    the question, as its advice is, which the model, trained on research abstracts only, has never seen. Set aside as
    a near miss, its answer said no source addressed NRT in stable heart disease beside it."""
    return c.hit.document.kind == DocumentKind.GUIDELINE and states_safety(c.text)


def without_direct(j: Judgement) -> Judgement:
    """The judgement of an answer whose direct-looking statements did not pass the check: indirect (a
    judgement of no evidence at all stays as it is)."""
    if j.level == "none":
        return j
    return replace(j, level="indirect", direct_findings=[], direct_designs=[], null_findings=[], laboratory_only=False)
