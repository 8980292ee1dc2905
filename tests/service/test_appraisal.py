"""Evidence appraisal in answers: grades beside recommendations, study facts, conflicts, recency."""
from __future__ import annotations

import dataclasses

import re
from datetime import date

import pytest

from index.build import build_index
from index.search import Index, open_index
from ingest.models import Document
from service.answer.appraisal import (DEFAULT_OUTDATED_YEARS, StudyFacts, appraise_references, count_participants,
                                      design_of, evidence_profile, is_outdated, study_facts)
from service.answer.conflicts import Finding, find_conflict
from service.answer.models import Answer
from service.answer.pipeline import answer_question
from service.api.render import answer_page, to_markdown


@pytest.mark.parametrize("text, expected", [
    ("We enrolled 144 patients with gout.", 144),
    ("Outcomes were compared (n = 2,114).", 2114),
    ("In all, 144 participants were randomized to A or B.", 144),
    ("210 participants with recurrent gout were randomized to zarnitol or placebo.", 210),
    ("A total of 3,000 women took part.", 3000),
    ("Pain resolved in 12 of 144 patients.", 144),  # the sample, not the subgroup
    ("Patients aged 65 years or older were eligible.", None),
    ("We studied 30 mice.", None),
])
def test_participants_are_counted_only_where_the_text_states_them(text, expected):
    assert count_participants(text) == expected


def _doc(kind: str, year: int | None) -> Document:
    return Document(id="d", title="T", kind=kind, source="", year=year, authors="", url="", path="d.md", sha256="",
                    sections=())


@pytest.mark.parametrize("title, text, expected", [
    # An overview's text names the designs of the studies it reviews, not its own: one whose title names no design
    # is a review (it was listed as a randomized trial), one whose title names one reports that design's evidence.
    ("Overview: drugx and gout - what the evidence shows", "No randomized trial has tested drugx.", "Review"),
    ("Drugx for gout: a narrative review", "A meta-analysis of randomized trials found ...", "Review"),
    ("Overview: observational cohort studies of drugx and gout", "Randomized trials have not confirmed it.",
     "Observational study"),
    ("Overview: animal studies of drugx and gout", "Randomized trials are needed.", "Animal study"),
    # A systematic review is a meta-analysis's design.
    ("Drugx for gout: a systematic review", "Seven trials were pooled.", "Meta-analysis"),
    # The title's own design before a stronger one its text mentions ("unlike randomized trials, ...").
    ("Drugx intake and gout flares: a prospective cohort study", "Unlike randomized trials, we followed 900 men.",
     "Observational study"),
    ("Drugx for gout flares", "We randomized 144 patients to drugx or placebo.", "Randomized trial"),
    ("Drugx for gout flares", "Patients took drugx.", None),
])
def test_a_sources_design_is_its_own_not_the_designs_it_reviews(title, text, expected):
    doc = dataclasses.replace(_doc("research", 2024), title=title)
    assert design_of(doc, text) == expected


def test_a_stated_design_wins_over_the_title():
    doc = dataclasses.replace(_doc("research", 2024), title="Overview: trials of drugx", design="randomized trial")
    assert design_of(doc, "") == "Randomized trial"
    assert design_of(dataclasses.replace(doc, design="review"), "We randomized 144 patients.") == "Review"


def test_only_guidelines_older_than_the_limit_are_outdated():
    today = date(2026, 6, 1)
    assert is_outdated(_doc("guideline", 2015), 10, today)
    assert not is_outdated(_doc("guideline", 2016), 10, today)
    assert not is_outdated(_doc("research", 1990), 10, today)
    assert not is_outdated(_doc("guideline", None), 10, today)


def test_the_evidence_profile_counts_kinds_designs_and_sizes():
    facts = {"t1": StudyFacts(design="Randomized trial", participants=144), "a1": StudyFacts(design="Animal study"),
             "a2": StudyFacts(design="Animal study")}
    kinds = {"g1": "guideline", "g2": "guideline", "t1": "research", "a1": "research", "a2": "research"}
    from ingest.models import Grade
    grades = {"g1": [Grade("strong", "moderate", "Grade 1B")]}
    assert evidence_profile(facts, kinds, grades) == (
        "2 guidelines (1 strong recommendation on moderate-certainty evidence), "
        "1 randomized trial of 144 participants, 2 animal studies")
    facts["t2"] = StudyFacts(design="Randomized trial", participants=2114)
    facts["t3"] = StudyFacts(design="Randomized trial")
    kinds.update(t2="research", t3="research")
    assert "3 randomized trials (sizes stated for 2: 144 and 2,114 participants)" in evidence_profile(facts, kinds, {})


def test_guidelines_for_and_against_conflict():
    conflict = find_conflict([
        Finding("g1", "Clinicians should offer zarnitol to adults with gout.", "guideline"),
        Finding("g2", "Zarnitol is not recommended for adults with gout.", "guideline"),
    ])
    assert conflict is not None and conflict.kind == "recommendations"
    assert (conflict.one_side, conflict.other_side) == (("g1",), ("g2",))


def test_agreeing_findings_do_not_conflict():
    assert find_conflict([
        Finding("t1", "Zarnitol significantly reduced gout flares.", "research"),
        Finding("t2", "Zarnitol reduced the number of flares compared with placebo.", "research"),
    ]) is None


# --- a whole answer over a corpus written here ------------------------------------------------------------

CORPUS = {
    "gout-guideline-2021.md": """---
id: gout-guideline-2021
title: Management of recurrent gout flares
type: guideline
publisher: Test Rheumatology Society
year: 2021
---
## Major Recommendations

- Clinicians should offer zarnitol to adults with recurrent gout flares to reduce the number of flares (Grade 1B).
- Zarnitol may be considered for patients with gout flares who cannot take colchicine (2C).
""",
    "gout-guideline-2001.md": """---
id: gout-guideline-2001
title: Gout flares in primary care
type: guideline
publisher: Old Test College
year: 2001
---
## Recommendations

Zarnitol is recommended for adults with recurrent gout flares when lifestyle measures fail.

Strong recommendation based on observational studies.
""",
    "zarnitol-trial-positive.md": """---
id: zarnitol-trial-positive
title: Zarnitol for recurrent gout flares, a randomized placebo-controlled trial
type: research
source: Test Journal of Rheumatology
year: 2018
---
## Abstract

We enrolled 144 patients with recurrent gout flares in a randomized placebo-controlled trial. Zarnitol significantly reduced the number of gout flares over 12 months compared with placebo.
""",
    "zarnitol-trial-null.md": """---
id: zarnitol-trial-null
title: A second randomized trial of zarnitol in gout flares
type: research
source: Test Annals of Medicine
year: 2020
---
## Abstract

In this randomized trial, 210 participants with recurrent gout flares were randomized to zarnitol or placebo. Zarnitol did not reduce the number of gout flares compared with placebo, with no significant difference at 12 months.
""",
}


@pytest.fixture(scope="module")
def gout_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    corpus = tmp_path_factory.mktemp("gout-corpus")
    for name, text in CORPUS.items():
        (corpus / name).write_text(text)
    path = tmp_path_factory.mktemp("gout-index") / "index"
    build_index(corpus, path)
    return open_index(path)


@pytest.fixture(scope="module")
def gout_answer(gout_index: Index) -> Answer:
    return answer_question(gout_index, "Does zarnitol reduce gout flares?")


def _ref(answer: Answer, doc_id: str):
    return next(r for r in answer.references if r.doc_id == doc_id)


def test_each_quoted_recommendation_shows_its_grade(gout_answer: Answer):
    quoted = {s.text: s.grade for s in gout_answer.all_statements() if s.origin == "source"}
    graded = {t: g for t, g in quoted.items() if "zarnitol" in t.lower() and ("offer" in t or "recommended" in t)}
    assert graded, quoted
    for text, grade in graded.items():
        assert grade is not None, text
    first = graded["Clinicians should offer zarnitol to adults with recurrent gout flares to reduce the number of "
                   "flares (Grade 1B)."]
    assert (first.strength, first.certainty, first.text) == ("strong", "moderate", "Grade 1B")
    assert "Strong recommendation; moderate-certainty evidence (Grade 1B)" in to_markdown(gout_answer)
    assert 'class="grade grade-strong"' in answer_page(gout_answer)
    # The line that only grades the old guideline's advice is its badge, not a quoted statement of its own.
    assert "Strong recommendation based on observational studies." not in quoted
    old = graded["Zarnitol is recommended for adults with recurrent gout flares when lifestyle measures fail."]
    assert (old.strength, old.certainty) == ("strong", "low")


def test_conflicting_trials_give_a_findings_conflict_statement_citing_both(gout_answer: Answer):
    current = next(s for s in gout_answer.sections if s.key == "current_evidence")
    conflict = next(s for s in current.statements if s.text.startswith("Findings conflict"))
    positive = _ref(gout_answer, "zarnitol-trial-positive").n
    null = _ref(gout_answer, "zarnitol-trial-null").n
    assert conflict.text == (f"Findings conflict: [{positive}] reports an effect, while [{null}] reports no "
                             f"significant effect or difference.")
    assert set(conflict.citations) == {positive, null}
    assert gout_answer.evidence.conflicting


def test_the_old_guideline_is_marked_and_comes_after_the_newer_one(gout_answer: Answer):
    old, new = _ref(gout_answer, "gout-guideline-2001"), _ref(gout_answer, "gout-guideline-2021")
    assert old.outdated and not new.outdated
    assert "may be outdated" in to_markdown(gout_answer)
    # The newest guideline's recommendation leads (the bottom line, or first in Practical Recommendations).
    recs = next(s for s in gout_answer.sections if s.key == "recommendations")
    order = [n for s in gout_answer.bottom_line.statements if s.origin == "source" for n in s.citations]
    order += [n for s in recs.statements for n in s.citations]
    assert order.index(new.n) < order.index(old.n)


def test_references_show_design_and_participants(gout_answer: Answer):
    trial = _ref(gout_answer, "zarnitol-trial-positive")
    assert (trial.design, trial.participants) == ("Randomized trial", 144)
    assert "Randomized trial, 144 participants" in to_markdown(gout_answer)
    opening = next(s for s in gout_answer.sections if s.key == "current_evidence").statements[0].text
    assert re.search(r"2 randomized trials \((210 and 144|144 and 210) participants\)", opening), opening and "1 strong recommendation on moderate-certainty evidence" in opening



def test_facts_read_for_the_summary_serve_the_references_alike(gout_index: Index, gout_answer: Answer):
    # The pipeline reads each source's facts once (opening_summary, then appraise_references from `known`).
    bare = [r.model_copy(update={"design": None, "participants": None, "outdated": False})
            for r in gout_answer.references]
    known: dict[str, StudyFacts] = {}
    assert appraise_references(bare, gout_index, known=known) == appraise_references(bare, gout_index) \
        == gout_answer.references
    assert set(known) == {r.doc_id for r in gout_answer.references}
    assert known["zarnitol-trial-positive"] == study_facts(gout_index, gout_index.store.document(
        "zarnitol-trial-positive"), DEFAULT_OUTDATED_YEARS)
    known["zarnitol-trial-positive"] = StudyFacts(design="Cohort study", participants=7)  # what `known` says wins
    assert _ref_of(appraise_references(bare, gout_index, known=known), "zarnitol-trial-positive").participants == 7



def test_a_sources_facts_are_read_once_per_index_and_follow_its_record(gout_index: Index):
    # Design and size are read from a source's first passages once per index version and document: read
    # again they are the same, an index opened again reads them itself, and a changed record is read anew.
    doc = gout_index.store.document("zarnitol-trial-positive")
    first = study_facts(gout_index, doc, DEFAULT_OUTDATED_YEARS)
    assert first.participants and first.design
    assert study_facts(gout_index, doc, DEFAULT_OUTDATED_YEARS) == first
    reopened = open_index(gout_index.path.parent.parent / "index")  # the folder the fixture built
    try:
        assert study_facts(reopened, reopened.store.document(doc.id), DEFAULT_OUTDATED_YEARS) == first
    finally:
        reopened.close()
    relabelled = dataclasses.replace(doc, design="meta-analysis")
    assert study_facts(gout_index, relabelled, DEFAULT_OUTDATED_YEARS).design == "Meta-analysis"
    assert study_facts(gout_index, doc, DEFAULT_OUTDATED_YEARS) == first

def _ref_of(refs: list, doc_id: str):
    return next(r for r in refs if r.doc_id == doc_id)

def test_the_openapi_schema_documents_the_new_fields(client):
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "strength" in schema["Grade"]["properties"]
    for field in ("design", "participants", "outdated"):
        assert schema["Reference"]["properties"][field]["description"]
    assert "grade" in schema["Statement"]["properties"]
