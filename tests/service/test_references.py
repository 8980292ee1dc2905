"""Reference numbering in order of first citation, and what passages each reference shows
(service.answer.references)."""
from __future__ import annotations

from ingest.models import DocumentKind
from service.answer.references import Draft, Numbering, build_references
from tests.service.candidates import document, hit


def test_numbers_follow_first_citation_and_repeat_for_later_citations() -> None:
    numbering = Numbering()
    assert numbering.cite(["b", "a"]) == [1, 2]
    assert numbering.cite(["c", "a", "c"]) == [3, 2]  # a doc cited twice in one statement is listed once
    assert numbering.cite([]) == []
    assert numbering.cite(["a", "b"]) == [2, 1]
    assert numbering.numbers == {"b": 1, "a": 2, "c": 3}


def test_references_in_number_order_with_the_passages_quoted_from_each() -> None:
    guideline, research = document("g", DocumentKind.GUIDELINE), document("r")
    g0, g1, r0 = hit(guideline, "Offer rest.", 0), hit(guideline, "Then offer ice.", 1), hit(research, "A trial.", 0)
    drafts = [Draft("A trial.", ["r"], "source", r0), Draft("Offer rest.", ["g"], "source", g0),
              Draft("Then offer ice.", ["g"], "source", g1), Draft("Offer rest.", ["g"], "source", g0)]
    numbering = Numbering()
    for draft in drafts:
        numbering.cite(draft.cites)
    refs = build_references(numbering, drafts, hits=[g0, g1, r0])
    assert [(r.n, r.doc_id, r.kind) for r in refs] == [(1, "r", "Research"), (2, "g", "Guideline")]
    assert [p.chunk_id for p in refs[1].passages] == ["g#0", "g#1"]  # each quoted chunk once, in order
    assert refs[1].title == "Title of g"


def test_a_source_cited_only_by_a_template_lends_its_best_retrieved_passage() -> None:
    doc = document("d")
    best, other = hit(doc, "Best.", 3, rank=1), hit(doc, "Other.", 4, rank=2)
    numbering = Numbering()
    numbering.cite(["d"])
    refs = build_references(numbering, [Draft("2 sources were found.", ["d"], "template")], hits=[best, other])
    assert [p.chunk_id for p in refs[0].passages] == ["d#3"]


def test_a_retracted_source_cited_only_by_a_template_lends_no_passage() -> None:
    doc = document("x", flags=("retracted",))
    numbering = Numbering()
    numbering.cite(["x"])
    refs = build_references(numbering, [Draft("1 source was retracted.", ["x"], "template")], hits=[hit(doc, "Old.")])
    assert refs[0].passages == [] and refs[0].flags == ["retracted"]
