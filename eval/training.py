"""Training the answer pipeline's two learned parts from the shared labelled data.

- Sentence relevance: BioASQ gold snippets are the positives, the other statements of the passages
  retrieved for the same question the negatives; features are the pipeline's own (``service.answer.
  scoring``), so what is trained is exactly what runs.
- Verdict: BioASQ yes/no answers and PubMedQA decisions (yes/no) as labels, the statements the pipeline's
  verdict would rest on as input (its best direct statements, else its most relevant ones), and the
  relevance a statement needs to carry a verdict without being direct. What the experts found answering a
  question (``gold_statements``: PubMedQA's conclusion, BioASQ's first gold snippets) is a candidate second
  training row that ``scripts/verdict_cv.py`` compares; the train command does not add it (it lost held out).

Only the ``dev`` half of each set (``eval.datasets.query_half``) is trained on; the ``heldout`` half is
kept for the figures.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from eval.datasets import Answer, Dataset, query_half
from eval.snippets import matches_snippet
from index.search import Index
from ingest.sentences import sentence_texts
from service.answer import appraisal
from service.answer.concepts import question_concepts
from service.answer.corpus_stats import corpus_stats
from service.answer.evidence import answers_directly
from service.answer.pipeline import _topic as question_topic  # the topic read_yes_no reads statements on
from service.answer.question import read_question
from service.answer.relevance import FEATURES, LinearModel
from service.answer.retrieval import retrieve
from service.answer.scoring import Candidate, candidates
from service.answer.verdict import (EVIDENCE_STATEMENTS, evidence_for_verdict, features, may_carry_verdict,
                                    no_allowed)



@dataclass
class StatementRows:
    """Feature rows of candidate statements with their labels and the question each belongs to."""

    x: list[tuple[float, ...]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    doc: list[str] = field(default_factory=list)
    leads: list[bool] = field(default_factory=list)  # could open the bottom line (answers directly)


def question_candidates(index: Index, text: str, floors: bool = True,
                        vector: np.ndarray | None = None) -> list[Candidate]:
    """The pipeline's scored statements for a question, as the answer path computes them."""
    q = read_question(text)
    stats = corpus_stats(index)
    i_concept, c_concept = question_concepts(q, stats.lexicon, stats.idf)
    return candidates(q, retrieve(index, q, query_vector=vector), stats, i_concept, c_concept, floors=floors)


def query_vectors(index: Index, texts: list[str]) -> dict[str, np.ndarray]:
    """The questions' embeddings, encoded in batches (one at a time is several times slower)."""
    texts = list(dict.fromkeys(" ".join(t.split()) for t in texts))
    return dict(zip(texts, index.embedder.encode(texts)))


def relevance_rows(index: Index, data: Dataset, half: str) -> StatementRows:
    """Labelled statement rows of one half's questions with gold snippets (every statement, floors off)."""
    snippets = {q: a.snippets for q, a in data.answers.items() if a.snippets}
    rows = StatementRows()
    queries = [q for q in data.queries if q.id in snippets and query_half(q.id) == half]
    vectors = query_vectors(index, [q.text for q in queries])
    for query in queries:
        for cand in question_candidates(index, query.text, floors=False, vector=vectors[" ".join(query.text.split())]):
            rows.x.append(cand.features)
            rows.y.append(int(matches_snippet(cand.text, snippets[query.id])))
            rows.group.append(query.id)
            rows.doc.append(cand.doc_id)
            # Whether it could lead before any floor: the "direct" feature is the pre-floor directness.
            rows.leads.append(cand.features[FEATURES.index("direct")] > 0
                              and answers_directly(replace(cand, direct=True)))
    return rows


def fit_relevance(rows: StatementRows, note: str) -> LinearModel:
    """A logistic regression on the rows (unweighted classes, so its output is a calibrated probability)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(np.asarray(rows.x), np.asarray(rows.y))
    return LinearModel(FEATURES, tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), note)


def ranking_figures(rows: StatementRows, model: LinearModel, k: int = 3) -> dict:
    """How well ``model`` ranks each question's statements: precision of the top 1 and top k, and ROC AUC."""
    from sklearn.metrics import roc_auc_score

    scores = [model.probability(x) for x in rows.x]
    ranked = ranked_labels(rows, scores)
    top1 = [labels[0] for labels in ranked]
    topk = [sum(labels[:k]) / min(k, len(labels)) for labels in ranked]
    auc = roc_auc_score(rows.y, scores) if 0 < sum(rows.y) < len(rows.y) else None
    return {"questions": len(ranked), "statements": len(rows.y), "positives": int(sum(rows.y)),
            "precision_at_1": round(float(np.mean(top1)), 4), f"precision_at_{k}": round(float(np.mean(topk)), 4),
            "roc_auc": round(float(auc), 4) if auc is not None else None}


def ranked_labels(rows: StatementRows, scores: list[float]) -> list[list[int]]:
    """Each question's statement labels, its best-scored statement first (equal scores in row order)."""
    by_q: dict[str, list[tuple[float, int]]] = {}
    for group, score, label in zip(rows.group, scores, rows.y):
        by_q.setdefault(group, []).append((score, label))
    return [[label for _, label in sorted(pairs, key=lambda p: -p[0])] for pairs in by_q.values()]


# The operating point: abstain on at least this share once the gold documents are gone, in the simulation
# below (gold documents' statements dropped from each question's retrieved statements). A real reduced
# index abstains less, since other passages move up into the retrieved set: on 200 BioASQ dev questions
# with their gold documents removed from the int8 index, the pipeline abstained on 0.855 at floor 0.85
# (simulation 0.911) and 0.895 at 0.90 (simulation 0.934). Asking the simulation for 0.93 aims the
# pipeline at the 0.9.
ABSTAIN_AT_LEAST = 0.93
FLOOR_GRID = tuple(i / 100 for i in range(0, 100, 5))  # the floors choose_lead_floor tries
# The verdict's operating point: with the answering documents gone, no verdict on at least this share of
# the questions (the relevant floor's own check reads the retrieved statements as they are, so it needs no margin).
VERDICT_ABSTAIN_AT_LEAST = 0.9


def choose_lead_floor(rows: StatementRows, model: LinearModel, gold: dict[str, set[str]],
                      grid: tuple[float, ...] = FLOOR_GRID) -> tuple[float, dict]:
    """The relevance a statement needs to answer a question without a named topic directly: the lowest
    floor at which answers abstain on at least ABSTAIN_AT_LEAST of the questions once their gold documents
    are gone (so as many as possible are answered while they are there), on questions without an
    intervention or condition; the balanced best when no floor reaches it."""
    best_all: dict[str, float] = {}
    best_rest: dict[str, float] = {}
    anchored = FEATURES.index("anchored")
    for x, group, doc, lead in zip(rows.x, rows.group, rows.doc, rows.leads):
        if not lead or x[anchored] > 0:
            continue
        p = model.probability(x)
        best_all[group] = max(best_all.get(group, 0.0), p)
        if doc not in gold.get(group, set()):
            best_rest[group] = max(best_rest.get(group, 0.0), p)
    questions = sorted({g for g, x in zip(rows.group, rows.x) if x[anchored] == 0 and gold.get(g)})
    if not questions:
        return 0.0, {}
    scored = []
    for floor in grid:
        answers = np.mean([best_all.get(g, 0.0) >= floor for g in questions])
        abstains = np.mean([best_rest.get(g, 0.0) < floor for g in questions])
        scored.append((0.5 * (answers + abstains), floor, answers, abstains))
    reaching = [row for row in scored if row[3] >= ABSTAIN_AT_LEAST]
    balanced, floor, answers, abstains = min(reaching, key=lambda row: row[1]) if reaching else max(scored)
    return floor, {"questions": len(questions), "answers_with_gold": round(float(answers), 4),
                   "abstains_without_gold": round(float(abstains), 4), "balanced": round(float(balanced), 4)}


@dataclass(frozen=True)
class VerdictInput:
    """A question as the verdict sees it: its statements after the answer path's filters (no flagged source,
    no grade line alone), the direct ones among them, and the documents judged to answer it."""

    question: str
    ranked: list[Candidate]
    direct: list[Candidate]
    gold: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()  # its intervention and condition terms, as the answer path reads them


def verdict_input(index: Index, text: str, vector: np.ndarray | None = None,
                  gold: frozenset[str] = frozenset()) -> VerdictInput:
    """The statements the answer path would judge a yes/no question by (see ``service.answer.pipeline``)."""
    q = read_question(text)
    scored = question_candidates(index, text, vector=vector)
    ranked = appraisal.without_grade_lines([c for c in scored if not c.hit.document.flags])
    return VerdictInput(q.text, ranked, [c for c in ranked if answers_directly(c)], gold, question_topic(q))


# BioASQ gold snippets a question's second training row reads (the first few: later ones repeat or drift).
GOLD_SNIPPETS = 3


def gold_statements(gold: Answer | None) -> list[str]:
    """The statements experts found answering a question: PubMedQA's conclusion (its ``long_answer``, which the
    corpus leaves out of the abstract) in sentences, else BioASQ's first gold snippets; none without either."""
    if gold is None:
        return []
    if gold.long_answer:
        return sentence_texts(gold.long_answer)
    return list(gold.snippets[:GOLD_SNIPPETS])


def features_on(example: VerdictInput, texts: list[str]) -> tuple[dict[str, float], bool]:
    """The verdict features of a question read on ``texts`` (its own statements, or others: ``gold_statements``)
    and whether a "no" may rest on them."""
    return features(example.question, texts, example.topic), no_allowed(texts, example.topic)


def verdict_features(example: VerdictInput, relevant_floor: float) -> tuple[dict[str, float], bool]:
    """The verdict features of a question and whether a "no" may rest on its statements, from the statements its verdict
    would rest on, or from its best statements when its verdict would be "insufficient" (so every labelled
    question teaches)."""
    evidence = (evidence_for_verdict(example.direct, example.ranked, relevant_floor)
                or sorted(example.ranked, key=lambda c: -c.score)[:EVIDENCE_STATEMENTS])
    return features_on(example, [c.text for c in evidence])


def choose_relevant_floor(examples: list[VerdictInput],
                          grid: tuple[float, ...] = FLOOR_GRID) -> tuple[float, dict]:
    """The relevance a statement needs to carry a verdict without being direct: the lowest floor at which,
    on questions with no direct statement, the best statement that may carry a verdict
    (``service.answer.verdict.may_carry_verdict``) from a document other than the gold ones stays
    below it for at least VERDICT_ABSTAIN_AT_LEAST of them (so a verdict is rarely given once the answering documents
    are gone), while as many as possible are decided from their gold documents."""
    open_questions = [e for e in examples if not e.direct and e.ranked and e.gold]
    if not open_questions:
        return 1.0, {}
    eligible = [[c for c in e.ranked if may_carry_verdict(c)] for e in open_questions]
    best_gold = [max((c.score for c in cs if c.doc_id in e.gold), default=0.0)
                 for e, cs in zip(open_questions, eligible)]
    best_rest = [max((c.score for c in cs if c.doc_id not in e.gold), default=0.0)
                 for e, cs in zip(open_questions, eligible)]
    scored = []
    for floor in grid:
        decides = float(np.mean([b >= floor for b in best_gold]))
        abstains = float(np.mean([b < floor for b in best_rest]))
        scored.append((floor, decides, abstains))
    reaching = [row for row in scored if row[2] >= VERDICT_ABSTAIN_AT_LEAST]
    floor, decides, abstains = (min(reaching) if reaching
                                else max(scored, key=lambda row: (row[1] + row[2], row[0])))
    return floor, {"questions_without_direct": len(open_questions), "decided_from_gold": round(decides, 4),
                   "insufficient_without_gold": round(abstains, 4)}
