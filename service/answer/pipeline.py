"""Answering a question: read -> retrieve -> score sentences -> route and pick -> judge -> template ->
number references. Every statement is a sentence of a cited passage or a filled template."""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone

from index.search import Hit, Index
from service.answer.concepts import concept
from service.answer.evidence import judge
from service.answer.models import Answer, BottomLine, Evidence, Review, Section, Statement
from service.answer.phrasing import bottom_line, conclusion, evidence_summary, limitation_statements
from service.answer.question import Question, read_question
from service.answer.references import Draft, Numbering, build_references
from service.answer.routing import RECOMMENDATION, SAFETY, SECTION_ORDER, route
from service.answer.scoring import Candidate, candidates, near_duplicate
from service.answer.wording import DISCLAIMERS, HEADINGS
# Evidence appraisal (issue 9): grades, study facts, conflicts, recency; each hook below is one call.
from service.answer import appraisal, conflicts

RETRIEVE_DEPTH = 60  # chunks read from the hybrid ranking
CHUNKS_PER_DOC = 3  # so one long source cannot crowd out the others
FACET_K = 12
SECTION_CAPS = {"current_evidence": 3, "mechanism": 3, "clinical_studies": 4, "limitations": 3,
                "safety": 3, "recommendations": 4}
PER_SOURCE_IN_SECTION = 2
PER_SOURCE = 4

_DOSE = re.compile(r"\b\d[\d.,]*\s*(?:µg|mcg|micrograms?|mg|milligrams?|IU|units|g)\b", re.I)
# What each question type wants more of: a bonus for sentences that speak to it.
_TYPE_BONUS = {"dosing": _DOSE, "safety": SAFETY, "therapy": RECOMMENDATION}


def answer_question(index: Index, question: str, audience: str = "clinician",
                    follows: Answer | None = None,
                    outdated_years: int = appraisal.DEFAULT_OUTDATED_YEARS) -> Answer:
    """A complete, citable answer to ``question`` from ``index`` (a follow-up when ``follows`` is given)."""
    q = read_question(question, follows.intervention if follows else None, follows.condition if follows else None)
    hits = retrieve(index, q)
    i_concept = concept(q.intervention) if q.intervention else None
    c_concept = concept(q.condition) if q.condition else None
    ranked = _rerank(q, candidates(q, hits, index, i_concept, c_concept))
    ranked = appraisal.without_grade_lines(ranked)  # appraisal hook: a grade alone is shown as a badge
    picked = pick(ranked)
    chosen = [c for key in SECTION_ORDER for c in picked.get(key, [])]
    judgement = judge(chosen, has_topic=bool(q.intervention or q.condition))
    conflict = conflicts.find_conflict(conflicts.findings_of(ranked))  # appraisal hook
    judgement.level = conflicts.adjusted_level(judgement.level, conflict)  # appraisal hook

    numbering = Numbering()
    bl_text, bl_cites = bottom_line(q, judgement)
    bottom = BottomLine(text=bl_text, citations=numbering.cite(bl_cites))
    drafts = _section_drafts(q, picked, judgement)
    if judgement.level != "none":  # appraisal hooks: opening summary from extracted facts, then any conflict
        drafts["current_evidence"][0] = Draft(*appraisal.opening_summary(judgement, chosen, index, outdated_years),
                                              origin="template")
        if conflict is not None:
            drafts["current_evidence"].insert(1, Draft(*conflict.statement(), origin="template"))
    sections, all_drafts = [], []
    for key in SECTION_ORDER:
        if not drafts.get(key):
            continue
        statements = [Statement(text=conflicts.cite_inline(d.text, numbering), citations=numbering.cite(d.cites),
                                origin=d.origin, grade=appraisal.statement_grade(d.text, d.hit))  # appraisal hooks
                      for d in drafts[key]]
        sections.append(Section(key=key, heading=HEADINGS[audience][key], statements=statements))
        all_drafts.extend(drafts[key])
    now = datetime.now(timezone.utc)
    return Answer(
        id=uuid.uuid4().hex, question=q.text, audience=audience, title=q.title, bottom_line=bottom,
        sections=sections,
        references=appraisal.appraise_references(build_references(numbering, all_drafts, hits), index,
                                                 outdated_years),  # appraisal hook
        evidence=Evidence(level=judgement.level, sources=len(judgement.sources),
                          guidelines=len(judgement.guidelines), research=len(judgement.research),
                          designs=judgement.designs, direct=judgement.direct,
                          direct_sources=len(judgement.direct_findings),
                          conflicting=conflict is not None),  # appraisal hook
        disclaimer=DISCLAIMERS[audience], follows=follows.id if follows else None, review=Review(),
        created_at=now, updated_at=now, index_version=index.version,
        intervention=q.intervention, condition=q.condition, question_type=q.type,
    )


def retrieve(index: Index, q: Question) -> list[Hit]:
    """Passages for the question, at most a few per source, plus lexical passages on the intervention
    alone and on the condition's treatment when the question pairs the two: indirect evidence (the drug
    in other diseases) and the established care of the condition must be found to be judged.
    """
    vector = index.embedder.encode_query(q.search_text)
    ranked = index.search(q.search_text, k=RETRIEVE_DEPTH, query_vector=vector)
    if q.intervention and q.condition:
        for facet in (q.intervention, f"{q.condition} treatment recommended"):
            ranked += index.search(facet, k=FACET_K, mode="bm25", query_vector=vector)
    hits: list[Hit] = []
    seen: set[str] = set()
    per_doc: dict[str, int] = {}
    for hit in ranked:
        doc = hit.document.id
        if hit.chunk.id in seen or per_doc.get(doc, 0) >= CHUNKS_PER_DOC:
            continue
        seen.add(hit.chunk.id)
        per_doc[doc] = per_doc.get(doc, 0) + 1
        hits.append(hit)
    return hits


def pick(ranked: list[Candidate]) -> dict[str, list[Candidate]]:
    """Best sentences per section: no sentence twice, no near-duplicates, capped per section and source."""
    picked: dict[str, list[Candidate]] = {}
    taken: list[Candidate] = []
    per_source: dict[str, int] = {}
    for cand in ranked:
        key = route(cand)
        bucket = picked.setdefault(key, [])
        if len(bucket) >= SECTION_CAPS[key] or per_source.get(cand.doc_id, 0) >= PER_SOURCE:
            continue
        if sum(1 for c in bucket if c.doc_id == cand.doc_id) >= PER_SOURCE_IN_SECTION:
            continue
        if any(c.text == cand.text or near_duplicate(c.terms, cand.terms) for c in taken):
            continue
        bucket.append(cand)
        taken.append(cand)
        per_source[cand.doc_id] = per_source.get(cand.doc_id, 0) + 1
    return picked


def _rerank(q: Question, ranked: list[Candidate]) -> list[Candidate]:
    bonus = _TYPE_BONUS.get(q.type)
    if bonus is None:
        return ranked
    return sorted(ranked, key=lambda c: -(c.score + (0.3 if bonus.search(c.text) else 0.0)))


def _section_drafts(q: Question, picked: dict[str, list[Candidate]], judgement) -> dict[str, list[Draft]]:
    if judgement.level == "none":
        return {}
    drafts: dict[str, list[Draft]] = {key: [_quote(c) for c in picked.get(key, [])] for key in SECTION_ORDER}
    # Guideline recommendations come before advice found in research reports.
    drafts["recommendations"].sort(key=lambda d: appraisal.recency_key(d.hit.document))  # appraisal hook: newer first
    drafts["current_evidence"].insert(0, Draft(*evidence_summary(judgement), origin="template"))
    mentions = [c.doc_id for key in SECTION_ORDER for c in picked.get(key, [])
                if c.mentions_intervention or c.mentions_condition]
    gaps = [Draft(text, cites, origin="template") for text, cites in
            limitation_statements(q, judgement, list(dict.fromkeys(mentions)))]
    drafts["limitations"] = gaps + drafts["limitations"]
    guideline_cites = list(dict.fromkeys(c.doc_id for c in picked.get("recommendations", [])
                                         if c.hit.document.kind == "guideline"))
    text, cites = conclusion(q, judgement, guideline_cites)
    drafts["conclusion"] = [Draft(text, cites, origin="template")]
    return drafts


def _quote(c: Candidate) -> Draft:
    return Draft(text=c.text, cites=[c.doc_id], origin="source", hit=c.hit)
