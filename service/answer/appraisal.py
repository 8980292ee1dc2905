"""Appraising the sources of an answer: what kind of study each research source is and how large, how old
each source is, and the opening summary of Current Evidence built from those facts.

Everything here is read from the indexed text and metadata (no claim is invented): the design named in
the text or in the reader's publication types, the participant count the text states, the year.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from dataclasses import asdict, dataclass
from datetime import date

from index.backends import SearchIndex
from index.search import Hit
from ingest.grades import NOT_STATED, is_grade_line, is_grading_note
from ingest.models import Document, DocumentKind, Grade
from service.answer.evidence import Judgement, designs_in
from service.answer.models import Grade as GradeModel
from service.answer.models import Reference
from service.answer.scoring import Candidate

# A guideline older than this is marked "may be outdated" (the service's MEDCITE_OUTDATED_YEARS overrides it).
DEFAULT_OUTDATED_YEARS = 10

# How a reference shows a design ("Randomized trial, 144 participants, 2003").
DESIGN_LABELS = {"meta-analysis": "Meta-analysis", "randomized trial": "Randomized trial",
                 "cohort": "Observational study", "case series": "Case series", "animal": "Animal study",
                 "in vitro": "Laboratory study", "review": "Review",
                 # the other names of ``ingest.models.DESIGNS`` (a reader's or a front matter's ``design``)
                 "systematic review": "Meta-analysis", "clinical trial": "Randomized trial",
                 "observational study": "Observational study", "case report": "Case series"}
# PubMed publication types (where a reader provides them) that name a design outright; a review last, as the
# weakest (a "Systematic Review" is read before it).
_PUBLICATION_TYPES = (("meta-analysis", "meta-analysis"), ("systematic review", "meta-analysis"),
                      ("randomized controlled trial", "randomized trial"), ("clinical trial", "randomized trial"),
                      ("observational study", "cohort"), ("case reports", "case series"), ("review", "review"))
# A title that calls its text a review of others' work ("Overview: X and Y", "X: a narrative review", "A summary of
# the evidence on X"); a systematic review is a meta-analysis's design (``routing.DESIGNS``), read before.
_REVIEW_TITLE = re.compile(r"\b(?<!systematic )(?:overview|review|summary)\b", re.I)
_NUMBER = r"(\d{1,3}(?:[,\u2009 ]\d{3})+|\d+)"
_PEOPLE = (r"(?:patients|participants|subjects|women|men|adults|children|individuals|persons|people|volunteers|"
           r"infants|neonates|pregnancies|cases|residents|veterans|smokers|users)")
# "enrolled 144 patients", "144 participants were randomized", "n = 2,114", "a total of 3,000 women"
_PARTICIPANTS = tuple(re.compile(p, re.I) for p in (
    rf"\b(?:enroll?ed|recruited|randomi[sz]ed|included|involving|including|studied|followed|of|with|among|in)\s+"
    rf"(?:a total of\s+)?{_NUMBER}\s+(?:[A-Za-z]+[- ]){{0,3}}?{_PEOPLE}\b",
    rf"\b{_NUMBER}\s+(?:[A-Za-z]+[- ]){{0,3}}?{_PEOPLE}(?:\s+[\w-]+){{0,5}}?\s+(?:were|was)\s+"
    rf"(?:randomi[sz]ed|enroll?ed|recruited|included|"
    rf"assigned|studied|followed)",
    rf"\ba total of\s+{_NUMBER}\s+(?:[A-Za-z]+[- ]){{0,3}}?{_PEOPLE}\b",
    rf"\b[nN]\s*=\s*{_NUMBER}\b",
))
# Counts this large are population denominators or sums of pooled studies read wrongly, not a sample.
MAX_PARTICIPANTS = 5_000_000


@dataclass(frozen=True)
class StudyFacts:
    """What a reference list shows about one source beside its title and year (service.api.render writes
    'Randomized trial, 144 participants')."""

    design: str | None = None  # a DESIGN_LABELS value
    participants: int | None = None
    year: int | None = None
    outdated: bool = False


@lru_cache(maxsize=100_000)
def count_participants(text: str) -> int | None:
    """The number of participants a text states (the largest stated sample, since a text often also
    counts subgroups), or None when it states none."""
    counts = []
    for pattern in _PARTICIPANTS:
        for match in pattern.finditer(text):
            n = int(re.sub(r"\D", "", match.group(1)))
            if 1 < n <= MAX_PARTICIPANTS:
                counts.append(n)
    return max(counts) if counts else None


def design_of(doc: Document, text: str) -> str | None:
    """The design of a research source: from its publication types when the reader gave them (or a reader's own
    ``design``, as a front matter states it); else the strongest design its title names (an overview of animal
    studies reports animal evidence); else a review where its title calls it one (``_REVIEW_TITLE``: the designs its
    text names are those of the studies it reviews, and "Overview: vitamin K2 and tendon calcification - what the
    evidence does and does not show" was listed as a randomized trial because its text says none was done); else the
    strongest design its text names."""
    design = getattr(doc, "design", None)
    if design:
        return DESIGN_LABELS.get(str(design).lower(), str(design))
    types = [str(t).lower() for t in getattr(doc, "publication_types", ()) or ()]
    for name, key in _PUBLICATION_TYPES:
        if any(name == t or t.startswith(name) for t in types):
            return DESIGN_LABELS[key]
    titled = designs_in(doc.title)
    if not titled and _REVIEW_TITLE.search(doc.title):
        return DESIGN_LABELS["review"]
    found = titled or designs_in(text)
    return DESIGN_LABELS[found[0]] if found else None


def is_outdated(doc: Document, max_age_years: int, today: date | None = None) -> bool:
    """Whether a guideline is older than ``max_age_years`` (research is not marked: a trial keeps its
    result; a guideline's advice is what ages)."""
    if doc.kind != DocumentKind.GUIDELINE or not doc.year or max_age_years <= 0:
        return False
    return (today or date.today()).year - int(doc.year) > max_age_years


def study_facts(index: SearchIndex, doc: Document, max_age_years: int, today: date | None = None) -> StudyFacts:
    """The facts of one source, read from its indexed text (its first passages: title and abstract)."""
    outdated = is_outdated(doc, max_age_years, today)
    if doc.kind == DocumentKind.GUIDELINE:
        return StudyFacts(year=doc.year, outdated=outdated)
    design, participants = _read_facts(index, doc)
    return StudyFacts(design=design, participants=participants, year=doc.year, outdated=outdated)


def _read_facts(index: SearchIndex, doc: Document) -> tuple[str | None, int | None]:
    """The design and participant count of a research source, read from its first passages once per index
    version and document (an answer's sources come back question after question; reading them joined its
    first four passages and searched them for designs and counts each time)."""
    key = str(getattr(index, "path", None) or index.version)
    with _read_lock:
        owner, known = _read_memo.get(key, (None, None))
        if known is None or owner is not index:  # a version opened again is read again, as corpus_stats does
            known = {}
            _read_memo[key] = (index, known)
            while len(_read_memo) > _READ_VERSIONS:
                _read_memo.popitem(last=False)
    found = known.get(doc.id)
    if found is None or found[0] is not doc and found[0] != doc:
        store = getattr(index, "store", None)  # a Milvus index has no local store: the facts come from doc alone
        text = " ".join(chunk.text for _, chunk in store.chunks_of(doc.id, limit=4)) if store is not None else ""
        found = known[doc.id] = (doc, design_of(doc, text), count_participants(text))
    return found[1], found[2]


_read_memo: OrderedDict[str, tuple[SearchIndex, dict[str, tuple[Document, str | None, int | None]]]] = OrderedDict()
_read_lock = threading.Lock()
_READ_VERSIONS = 4  # a rebuild swaps versions; old ones drop out


def _facts(index: SearchIndex, doc: Document, max_age_years: int, today: date | None,
           known: dict[str, StudyFacts] | None) -> StudyFacts:
    """``study_facts`` of ``doc``, from ``known`` when it holds them (an answer reads each source's facts for
    its opening summary and again for its references)."""
    if known is None:
        return study_facts(index, doc, max_age_years, today)
    found = known.get(doc.id)
    if found is None:
        found = known[doc.id] = study_facts(index, doc, max_age_years, today)
    return found


_DESIGN_KEYS = {label: key for key, label in DESIGN_LABELS.items()}


def source_designs(index: SearchIndex, docs: Iterable[Document], max_age_years: int,
                   known: dict[str, StudyFacts] | None = None) -> dict[str, str]:
    """The design of each research source among ``docs`` that names one (document id -> a ``designs_in``
    key), as its reference states it: the design of a quoted statement that names none is its source's
    ("Vitamin K supplementation is not recommended ..." from a report of randomized trials is no animal
    evidence because a neighbour statement speaks of animal models). ``known``: as in ``opening_summary``."""
    out: dict[str, str] = {}
    for doc in docs:
        if doc.kind == DocumentKind.GUIDELINE or doc.id in out:
            continue
        design = _facts(index, doc, max_age_years, None, known).design
        if design in _DESIGN_KEYS:
            out[doc.id] = _DESIGN_KEYS[design]
    return out


def recency_key(doc: Document) -> tuple[bool, int]:
    """Sort key for Practical Recommendations: guidelines first, newer before older."""
    return doc.kind != DocumentKind.GUIDELINE, -(doc.year or 0)


def grade_badge(grade: Grade | GradeModel) -> str:
    """A short badge: 'Strong recommendation; moderate-certainty evidence'."""
    parts = []
    if grade.strength == "against":
        parts.append("Recommendation against")
    elif grade.strength == "insufficient":
        parts.append("Insufficient evidence to recommend")
    elif grade.strength != NOT_STATED:
        parts.append(f"{grade.strength.capitalize()} recommendation")
    if grade.certainty != NOT_STATED:
        parts.append(f"{grade.certainty}-certainty evidence")
    return "; ".join(parts) or grade.text


def evidence_profile(facts: dict[str, StudyFacts], kinds: dict[str, DocumentKind],
                     grades: dict[str, list[Grade]]) -> str:
    """What kinds of evidence were found and how strong, counted from extracted facts:
    '2 guidelines (1 strong recommendation on moderate-certainty evidence), 1 randomized trial of 144
    participants, 3 animal studies'. ``grades``: doc id -> grades of its quoted recommendations."""
    parts = []
    guidelines = [d for d, k in kinds.items() if k == DocumentKind.GUIDELINE]
    if guidelines:
        graded = [g for d in guidelines for g in grades.get(d, [])]
        detail = _grade_counts(graded)
        parts.append(_count(len(guidelines), DocumentKind.GUIDELINE) + (f" ({detail})" if detail else ""))
    by_design: dict[str, list[StudyFacts]] = {}
    for doc_id, kind in kinds.items():
        if kind != DocumentKind.GUIDELINE:
            f = facts.get(doc_id, StudyFacts())
            by_design.setdefault(f.design or "", []).append(f)
    for design in [*dict.fromkeys(DESIGN_LABELS.values()), *(d for d in by_design if d not in DESIGN_LABELS.values())]:
        group = by_design.get(design)
        if not design or not group:
            continue
        noun = {"Randomized trial": "randomized trial", "Meta-analysis": "meta-analysis",
                "Observational study": "observational study", "Case series": "case series",
                "Animal study": "animal study", "Laboratory study": "laboratory study"}.get(design, design.lower())
        sized = [f"{f.participants:,}" for f in group if f.participants]
        if len(group) == 1 and sized:
            size = f" of {sized[0]} participants"
        elif sized and len(sized) == len(group):
            size = f" ({_join(sized)} participants)"
        elif sized:
            size = f" (sizes stated for {len(sized)}: {_join(sized)} participants)"
        else:
            size = ""
        parts.append(_count(len(group), noun) + size)
    other = by_design.get("", [])
    if other:
        parts.append(_count(len(other), "other research report"))
    return ", ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _grade_counts(grades: list[Grade]) -> str:
    counts: dict[str, int] = {}
    for g in grades:
        words = grade_badge(g).lower() if g.strength != NOT_STATED or g.certainty != NOT_STATED else ""
        if words:
            words = words.replace("; ", " on ", 1) if g.strength != NOT_STATED else f"graded on {words}"
            counts[words] = counts.get(words, 0) + 1
    return ", ".join(f"{n} {w}" for w, n in counts.items())


def _count(n: int, noun: str) -> str:
    plural = noun if n == 1 else ("meta-analyses" if noun == "meta-analysis" else
                                  noun[:-1] + "ies" if noun.endswith("study") else
                                  noun if noun.endswith("series") else noun + "s")
    return f"{n} {plural}"


# --- hooks the answer pipeline calls (one call each) ---------------------------------------------------------

def without_grade_lines(ranked: list[Candidate]) -> list[Candidate]:
    """The candidates less the guideline lines that only state a grade ("Strong recommendation based on
    observational studies."), shown as a badge beside the recommendation it grades instead, and the lines
    that explain the grading scheme."""
    return [c for c in ranked if c.hit.document.kind != DocumentKind.GUIDELINE or not _grading_only(c.text)]


# What a note about a grading scheme speaks of. ingest's grading-note test takes any "defined": a
# recommendation "for adults at high risk, as defined by the 2006 criteria" is not a note on the grades.
_GRADING_TERMS = re.compile(r"\b(?:grad\w*|levels?|strength|class(?:es)?|categor\w*|recommendations|evidence|"
                            r"quality|certainty|ratings?|schemes?|codes?|symbols?)\b", re.I)


@lru_cache(maxsize=100_000)
def _grading_only(text: str) -> bool:
    """Whether a guideline line only states a grade or explains the grading (cached per text: the same
    passages come back for related questions, and the grade patterns are many). A note on the grading must
    name the grading (grades, levels, strength, evidence ...), so that a recommendation which merely says
    "as defined by" some criteria is kept."""
    return is_grade_line(text) is not None or (is_grading_note(text)
                                               and bool(_GRADING_TERMS.search(_own_grade_cut(text))))


# A bracket closing a sentence: where a recommendation states its own grade ("... (Strong recommendation, Low-quality
# evidence).").
_CLOSING_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,160})[)\]]\W*$")


def _own_grade_cut(text: str) -> str:
    """``text`` less a closing bracket that states a grade (``is_grade_line``). A recommendation graded in its own
    brackets names the grading there, and a word it shares with notes on the scheme ("... with standard-definition
    colonoscopy, X is recommended ...": "defin...") made it read as such a note, so the guideline's very advice was
    never ranked. A note on the scheme names the grading outside such a bracket ("Definitions for the quality of
    evidence (High, ...) are given ..."); a word defined ("Weak (grade 2): ...") has its code before its text."""
    match = _CLOSING_BRACKET.search(text)
    return text[:match.start()] if match and is_grade_line(match.group(1)) is not None else text


def statement_grade(text: str, hit: Hit | None) -> GradeModel | None:
    """The stored grade of the quoted sentence ``text`` of ``hit``'s chunk, as the answer model shows it."""
    if hit is None or not hit.chunk.grades:
        return None
    texts = hit.chunk.sentence_texts()
    index = next((i for i, t in enumerate(texts) if t == text), None)
    if index is None:
        index = next((i for i, t in enumerate(texts) if text in t or t in text), None)
    grade = hit.chunk.grade_of(index) if index is not None else None
    # ingest types its normalised words as str: the API model checks them against its Literals here.
    return GradeModel.model_validate(asdict(grade)) if grade else None


def appraise_references(refs: list[Reference], index: SearchIndex, outdated_years: int = DEFAULT_OUTDATED_YEARS,
                        today: date | None = None, known: dict[str, StudyFacts] | None = None) -> list[Reference]:
    """The references with their study facts (design, participants) and recency flag filled in. ``known``:
    facts the answer read already with the same ``outdated_years`` and ``today`` (``opening_summary``'s),
    by document id; the rest are read and added to it."""
    out = []
    store = getattr(index, "store", None)  # a Milvus index has no local store: its references stay as built
    for ref in refs:
        doc = store.document(ref.doc_id) if store is not None else None
        if doc is None:
            out.append(ref)
            continue
        f = _facts(index, doc, outdated_years, today, known)
        out.append(ref.model_copy(update={"design": f.design, "participants": f.participants, "outdated": f.outdated}))
    return out


def opening_summary(j: Judgement, chosen: list[Candidate], index: SearchIndex,
                    outdated_years: int = DEFAULT_OUTDATED_YEARS,
                    known: dict[str, StudyFacts] | None = None) -> tuple[str, list[str]]:
    """Current Evidence's opening statement: what kinds of evidence were found and how strong, e.g.
    'medcite found 3 relevant sources: 2 guidelines (1 strong recommendation on moderate-certainty
    evidence), 1 randomized trial of 144 participants.' Cites nothing (it counts the references).
    ``known``: as in ``appraise_references``, which may then reuse the facts read here."""
    kinds = {d: (DocumentKind.GUIDELINE if d in j.guidelines else DocumentKind.RESEARCH) for d in j.sources}
    facts: dict[str, StudyFacts] = {}
    grades: dict[str, list[Grade]] = {}
    for c in chosen:
        if c.doc_id not in facts:
            facts[c.doc_id] = _facts(index, c.hit.document, outdated_years, None, known)
        g = statement_grade(c.text, c.hit)
        if g is not None and kinds.get(c.doc_id) == DocumentKind.GUIDELINE:
            grades.setdefault(c.doc_id, []).append(Grade(strength=g.strength, certainty=g.certainty, text=g.text))
    profile = evidence_profile(facts, kinds, grades)
    n = len(j.sources)
    old = sum(1 for f in facts.values() if f.outdated)
    aged = (f" {_count(old, 'guideline')} {'is' if old == 1 else 'are'} more than {outdated_years} years old."
            if old else "")
    return f"medcite found {_count(n, 'relevant source')}: {profile}.{aged}", []
