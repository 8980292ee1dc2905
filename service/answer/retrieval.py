"""Retrieval for answers: the passages an answer may quote, a few quotable ones per source."""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from index.backends import SearchIndex
from index.search import Hit, SearchMode
from ingest.models import Chunk, DocumentKind
from service.answer.chunk_memo import chunk_entry
from service.answer.concepts import Concept, Lexicon
from service.answer.corpus_stats import corpus_stats
from service.answer.guideline import passage_gives_advice
from service.answer.question import Question, asks_harms_named
from service.answer.regimen import Regimen, names_regimen, regimen_asked, states_regimen
from service.answer.routing import CAUSES, SAFETY
from service.answer.scoring import has_closest_only, has_quotable, reports_evidence, sentence_terms
from service.answer.tuning import TUNING, AnswerTuning


def retrieve(index: SearchIndex, q: Question, tuning: AnswerTuning = TUNING,
             query_vector: np.ndarray | None = None, cut: list[Hit] | None = None,
             pairs: Callable[[Hit], bool] | None = None) -> list[Hit]:
    """Passages for the question, at most a few quotable ones per source, plus lexical passages on the
    intervention alone and on the condition's treatment when the question pairs the two: indirect
    evidence (the drug in other diseases) and the established care of the condition must be found to be
    judged. ``query_vector`` is the question's embedding when the caller encoded it already (in a batch).

    A passage with nothing to quote (a heading alone, "Not applicable", a stub) does not take one of its
    document's places, so a guideline's recommendations are reached past its boilerplate. A guideline that
    first appears among the ranking's ``tuning.guideline_advice_top`` passages may add up to
    ``tuning.guideline_advice_chunks`` further passages that give advice, past its quota: its
    recommendation often ranks below its background and evidence summaries (a Task Force statement's
    recommendation was its fifth passage for the question it answers). For a question naming harms as what it asks
    (``question.asks_harms_named``), so may a passage
    that states harms (``_states_harms``): a guideline's safety section shares few words with "What are the side
    effects of X in Y?" and ranked below its advice on X. For a question on a regimen (type "dosing", ``regimen.
    regimen_asked``), so may a passage that states or names what it asks (``_on_regimen``): "How long should amoxicillin
    be given for acute otitis media?" ranked its guideline's background above "... antibiotic duration differ between
    countries", the nearest it comes to an answer.

    With ``pairs`` (whether a passage names both the question's intervention and its condition, ``pairing``), a
    research report that first appears among those passages too, none of whose passages taken names both, may add
    the first of its further passages that does, past its quota: a source's passages that share the question's words
    may each name one side ("vascular calcification", "haemodialysis"), while the one that names the asked treatment
    by the corpus's name for it ("menaquinone-7" for vitamin K2) beside the condition ranks below them, and only it
    can be direct evidence.

    A research report's passage with nothing to quote but a statement quotable as closest evidence
    (``scoring.closest_only``: a snippet cut out of its sentence, a statement of aim) is added to ``cut``
    when a list is given, outside its document's quota.
    """
    vector = query_vector if query_vector is not None else index.embedder.encode_query(q.search_text)
    ranked = index.search(q.search_text, k=tuning.retrieve_depth, query_vector=vector)
    if q.intervention and q.condition:
        for facet in (q.intervention, f"{q.condition} treatment recommended"):
            ranked += index.search(facet, k=tuning.facet_k, mode=SearchMode.BM25, query_vector=vector)
    # A drug the corpus lists as one of a class ("quetiapine, olanzapine, and other atypical antipsychotics") is also
    # searched by the class in its place: the advice on the class ("against atypical antipsychotics as augmentation")
    # shares no word with the drug, and a question naming the drug found only the sentences that list it.
    # Its passages that name the class are taken past their source's quota (``_class_passages``): the guideline that
    # lists the drug is the one whose advice on the class is wanted, and its quota was spent on the list.
    # (Remembered per question text for the index version: ~0.1 M instructions an answer, read anew.)
    stats = corpus_stats(index)
    facets = stats.remembered(("class facets", q.search_text), lambda: class_facets(q.search_text, stats.lexicon))
    class_hits = [h for facet, named in facets
                  for h in index.search(facet, k=tuning.facet_k, mode=SearchMode.BM25, query_vector=vector)
                  if named <= sentence_terms(h.chunk.text)]
    harms_asked = q.type == "safety" and asks_harms_named(q.text)
    regimen = regimen_asked(q.text) if q.type == "dosing" else None
    regimen = regimen if regimen in _REGIMENS_PAST_QUOTA else None
    hits: list[Hit] = []
    seen: set[str] = set()
    per_doc: dict[str, int] = {}
    advice: dict[str, int] = {}  # a source's passages taken past its quota: a guideline's advice, a report's results
    first: dict[str, int] = {}  # where each document first appears in the ranking
    paired: set[str] = set()  # the documents a passage taken names the intervention and the condition of (``pairs``)
    quota, top = tuning.chunks_per_doc, tuning.guideline_advice_top
    for position, hit in enumerate(ranked):  # (the chunk, its id and the document read once per hit: ~70 an answer)
        chunk, document = hit.chunk, hit.document
        doc, chunk_id = document.id, chunk.id
        at = first.setdefault(doc, position)
        if chunk_id in seen:
            continue
        taken = per_doc.get(doc, 0)
        if taken >= quota:
            guideline = document.kind == DocumentKind.GUIDELINE
            if (pairs is not None and not guideline and doc not in paired and at < top
                    and _quotable(chunk, tuning) and pairs(hit)):
                paired.add(doc)
                seen.add(chunk_id)
                hits.append(hit)
                continue
            if (at >= top
                    or advice.get(doc, 0) >= (tuning.guideline_advice_chunks if guideline
                                              else tuning.research_findings_chunks)
                    or not ((_gives_advice(chunk, tuning) or (harms_asked and _states_harms(chunk))
                             or (regimen is not None and _on_regimen(chunk, regimen)))
                            if guideline else reports_evidence(chunk) and _quotable(chunk, tuning))):
                continue
            advice[doc] = advice.get(doc, 0) + 1
            seen.add(chunk_id)
            hits.append(hit)
            continue
        seen.add(chunk_id)
        if not _quotable(chunk, tuning):
            if cut is not None and document.kind != DocumentKind.GUIDELINE \
                    and has_closest_only(chunk.text, chunk.sentences, tuning):
                cut.append(hit)
            continue
        per_doc[doc] = taken + 1
        if pairs is not None and doc not in paired and pairs(hit):
            paired.add(doc)
        hits.append(hit)
    return hits + _class_passages(class_hits, seen, tuning)


# How many passages naming a class the question names a member of are taken past their sources' quotas: the first
# few the class's search ranks (``retrieve``), enough for the advice on the class beside the list that names the member.
CLASS_PASSAGES = 2


def _class_passages(class_hits: list[Hit], seen: set[str], tuning: AnswerTuning) -> list[Hit]:
    """The first ``CLASS_PASSAGES`` of ``class_hits`` not taken already, each quotable."""
    out: list[Hit] = []
    for hit in class_hits:
        if len(out) >= CLASS_PASSAGES:
            break
        if hit.chunk.id not in seen and _quotable(hit.chunk, tuning):
            seen.add(hit.chunk.id)
            out.append(hit)
    return out


def pairing(intervention: Concept | None, condition: Concept | None) -> Callable[[Hit], bool] | None:
    """Whether a passage names both the question's ``intervention`` and its ``condition`` in its own words (its
    vocabulary, as ``Concept.mentioned_in`` reads a passage; not through its source's title, which every passage of
    the source shares): what ``retrieve`` looks for past a research report's quota. None for a question that does not
    name both."""
    if intervention is None or condition is None:
        return None

    def pairs(hit: Hit) -> bool:
        terms = sentence_terms(hit.chunk.text)
        return intervention.mentioned_in(terms) and condition.mentioned_in(terms)
    return pairs


# What a passage's text decides for retrieval, per chunk id (chunk_memo): has a quotable statement, has one
# worded as advice (each None until asked). Asked of every hit of every answer.
_FACTS: dict[str, list] = {}


def _quotable(chunk: Chunk, tuning: AnswerTuning) -> bool:
    """``scoring.has_quotable`` of a chunk, remembered per chunk."""
    facts = chunk_entry(_FACTS, chunk, tuning, 2)
    if facts[4] is None:
        facts[4] = has_quotable(chunk.text, chunk.sentences, tuning)
    return facts[4]


def _gives_advice(chunk: Chunk, tuning: AnswerTuning) -> bool:
    """``guideline.passage_gives_advice`` of a chunk, remembered per chunk."""
    facts = chunk_entry(_FACTS, chunk, tuning, 2)
    if facts[5] is None:
        facts[5] = passage_gives_advice(chunk.text, chunk.sentences, tuning)
    return facts[5]


def _states_harms(chunk: Chunk) -> bool:
    """Whether a passage speaks of harms (``routing.SAFETY``, ``routing.CAUSES``): what a question on harms may take
    of a guideline past its quota, as its advice is taken."""
    return bool(SAFETY.search(chunk.text) or CAUSES.search(chunk.text))


# The regimens a passage past its source's quota is taken for: a course's length, how often, a dose in its units, how
# many sittings. Not an amount of anything nor any regimen, which a share, a weight or a time stated of something else
# gives ("stiffness lasting no longer than 30 minutes" led "How much exercise is needed for knee osteoarthritis?").
_REGIMENS_PAST_QUOTA: frozenset[Regimen | None] = frozenset({"course", "frequency", "dose", "sessions"})


def _on_regimen(chunk: Chunk, asked: Regimen) -> bool:
    """Whether a passage states or names the regimen a dosing question asks (``regimen.states_regimen``,
    ``regimen.names_regimen``): what such a question may take of a guideline past its quota."""
    return states_regimen(chunk.text, asked) or names_regimen(chunk.text, asked)


def class_facets(text: str, lexicon: Lexicon) -> list[tuple[str, frozenset[str]]]:
    """``text`` with each member of a class it names written as that class, once per class (``Lexicon.members_named``):
    "add atypical antipsychotics?" of "add quetiapine?", with the class's terms. None for a text naming no member."""
    out: list[tuple[str, frozenset[str]]] = []
    for member, classes in lexicon.members_named(text):
        for name in classes:
            facet = re.sub(rf"(?i)(?<!\w){re.escape(member)}(?!\w)", name, text, count=1)
            if facet != text and facet not in (f for f, _ in out):
                out.append((facet, sentence_terms(name)))
    return out
