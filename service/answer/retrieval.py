"""Retrieval for answers: the passages an answer may quote, a few quotable ones per source."""
from __future__ import annotations

import numpy as np

from index.backends import SearchIndex
from index.search import Hit, SearchMode
from service.answer.question import Question
from service.answer.scoring import has_quotable
from service.answer.tuning import TUNING, AnswerTuning


def retrieve(index: SearchIndex, q: Question, tuning: AnswerTuning = TUNING,
             query_vector: np.ndarray | None = None) -> list[Hit]:
    """Passages for the question, at most a few quotable ones per source, plus lexical passages on the
    intervention alone and on the condition's treatment when the question pairs the two: indirect
    evidence (the drug in other diseases) and the established care of the condition must be found to be
    judged. ``query_vector`` is the question's embedding when the caller encoded it already (in a batch).

    A passage with nothing to quote (a heading alone, "Not applicable", a stub) does not take one of its
    document's places, so a guideline's recommendations are reached past its boilerplate.
    """
    vector = query_vector if query_vector is not None else index.embedder.encode_query(q.search_text)
    ranked = index.search(q.search_text, k=tuning.retrieve_depth, query_vector=vector)
    if q.intervention and q.condition:
        for facet in (q.intervention, f"{q.condition} treatment recommended"):
            ranked += index.search(facet, k=tuning.facet_k, mode=SearchMode.BM25, query_vector=vector)
    hits: list[Hit] = []
    seen: set[str] = set()
    per_doc: dict[str, int] = {}
    for hit in ranked:
        doc = hit.document.id
        if hit.chunk.id in seen or per_doc.get(doc, 0) >= tuning.chunks_per_doc:
            continue
        seen.add(hit.chunk.id)
        if not has_quotable(hit.chunk.text, hit.chunk.sentences, tuning):
            continue
        per_doc[doc] = per_doc.get(doc, 0) + 1
        hits.append(hit)
    return hits
