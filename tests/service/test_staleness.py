"""The stale check: which documents changed between two manifests, the reasons it writes, and the whole
check on a real rebuild of a copy of the default corpus (changed, removed and new documents)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.build import build_index
from index.search import open_index
from service.answer.pipeline import answer_question
from service.settings import REPO_CORPUS
from service.staleness import DocumentChanges, StaleSettings, check_after_rebuild, document_changes, evidence_marks
from service.store import AnswerStore, CitingRevision

QUESTION = "Can vitamin K2 be used to treat tendon calcification?"


def test_document_changes_compares_hashes():
    old = {"a": "1", "b": "2", "c": "3"}
    new = {"a": "1", "b": "20", "d": "4"}
    assert document_changes(old, new) == DocumentChanges(changed=frozenset({"b"}), removed=frozenset({"c"}),
                                                         added=frozenset({"d"}))
    assert document_changes(old, old) == DocumentChanges(frozenset(), frozenset(), frozenset())


def test_evidence_marks_name_every_changed_or_removed_document_once_per_revision():
    changes = DocumentChanges(changed=frozenset({"b"}), removed=frozenset({"c"}), added=frozenset())
    rows = [CitingRevision("x", 1, "b", "B title"), CitingRevision("x", 1, "c", "C title"),
            CitingRevision("y", 2, "b", "B title")]
    marks = evidence_marks(rows, changes)
    assert [(m.answer_id, m.revision, m.reason) for m in marks] == [
        ("x", 1, "cited document changed: B title [b]; cited document removed from the index: C title [c]"),
        ("y", 2, "cited document changed: B title [b]")]


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(REPO_CORPUS, target)
    return target


def quoted_from(answer, corpus: Path) -> tuple[str, str]:
    """(doc id, sentence) of a quoted statement that stands on one line of its markdown file."""
    for section in answer.sections:
        for st in section.statements:
            if st.origin != "source":
                continue
            ref = answer.references[st.citations[0] - 1]
            path = corpus / f"{ref.doc_id}.md"
            if path.exists() and st.text in path.read_text():
                return ref.doc_id, st.text
    raise AssertionError("no quoted statement found verbatim in a corpus file")


def test_check_marks_changed_and_removed_citations_and_new_direct_sources(corpus_index, index_copy, corpus_copy,
                                                                           tmp_path):
    old = open_index(index_copy)
    store = AnswerStore(tmp_path / "answers.sqlite")
    k2 = answer_question(old, QUESTION)
    other = answer_question(old, "Which drugs are first-line for high blood pressure?")
    unrelated = answer_question(old, "Does vitamin K2 reduce arterial stiffness?")
    for answer in (k2, other, unrelated):
        store.save(answer)
    cited = {r.doc_id for r in k2.references}
    assert not cited & {r.doc_id for r in other.references}

    changed_doc, sentence = quoted_from(k2, corpus_copy)
    path = corpus_copy / f"{changed_doc}.md"
    path.write_text(path.read_text().replace(sentence, "This sentence was rewritten after the answer was made."))
    removed_doc = next(d for d in sorted(cited - {changed_doc}) if (corpus_copy / f"{d}.md").exists())
    (corpus_copy / f"{removed_doc}.md").unlink()

    build_index(corpus_copy, index_copy, embedder=old.embedder)
    new = open_index(index_copy, embedder=old.embedder)
    report = check_after_rebuild(store, dict(old.manifest.documents), new)
    assert (report.documents_changed, report.documents_removed, report.documents_added) == (1, 1, 0)

    reason = store.get(k2.id).stale.reason
    assert "cited document changed: " in reason and f"[{changed_doc}]" in reason
    assert "cited document removed from the index: " in reason and f"[{removed_doc}]" in reason
    assert store.get(other.id).stale is None
    marked = {a.id for a in (k2, other, unrelated) if store.get(a.id).stale}
    assert report.marked_evidence_changed == len(marked)
    assert all(cited_any(store.get(a.id), {changed_doc, removed_doc}) for a in (k2, other, unrelated)
               if a.id in marked)

    # A second rebuild adds a document that speaks of vitamin K2 and tendon calcification: the question of a
    # fresh (not yet stale) answer now retrieves it as a direct source.
    fresh = answer_question(new, QUESTION)
    store.save(fresh)
    assert (fresh.intervention, fresh.condition) == ("vitamin K2", "tendon calcification")
    (corpus_copy / "vitk2-tendon-new-trial.md").write_text(
        "---\nid: vitk2-tendon-new-trial\ntitle: A new trial of vitamin K2 for tendon calcification\n"
        "type: research\nsource: Test Journal\nyear: 2026\n---\n\n# Results\n\n"
        "In this randomized trial, vitamin K2 was given for tendon calcification of the shoulder for one year. "
        "Vitamin K2 did not shrink tendon calcification more than placebo on ultrasound.\n")
    build_index(corpus_copy, index_copy, embedder=old.embedder)
    newer = open_index(index_copy, embedder=old.embedder)
    second = check_after_rebuild(store, dict(new.manifest.documents), newer)
    assert second.documents_added == 1 and second.questions_searched >= 1
    assert store.get(fresh.id).stale.reason == ("the question now retrieves a new direct source: A new trial of "
                                                "vitamin K2 for tendon calcification [vitk2-tendon-new-trial]")
    assert store.get(other.id).stale is None  # its topic is not in the new document: never searched


def cited_any(answer, docs: set[str]) -> bool:
    return bool({r.doc_id for r in answer.references} & docs)


def test_new_source_search_is_bounded_and_counts_what_it_skipped(index_copy, corpus_copy, tmp_path):
    old = open_index(index_copy)
    store = AnswerStore(tmp_path / "answers.sqlite")
    answers = [answer_question(old, QUESTION, audience) for audience in ("clinician", "patient")]
    for answer in answers:
        store.save(answer)
    (corpus_copy / "vitk2-tendon-new-trial.md").write_text(
        "---\nid: vitk2-tendon-new-trial\ntitle: Vitamin K2 and tendon calcification, a new trial\ntype: research\n"
        "---\n\nVitamin K2 was tested against tendon calcification in a randomized trial.\n")
    build_index(corpus_copy, index_copy, embedder=old.embedder)
    new = open_index(index_copy, embedder=old.embedder)
    report = check_after_rebuild(store, dict(old.manifest.documents), new, StaleSettings(max_searches=1))
    assert (report.questions_searched, report.questions_unchecked) == (1, 1)


def test_a_rebuild_made_while_no_server_ran_is_checked_at_the_next_first_load(index_copy, corpus_copy, tmp_path):
    from service.staleness import StaleChecker

    old = open_index(index_copy)
    store = AnswerStore(tmp_path / "answers.sqlite")
    answer = answer_question(old, QUESTION)
    store.save(answer)
    checker = StaleChecker(store)
    assert checker.check_swap(None, old) is None  # a first load with nothing remembered: remember it
    assert store.last_index()[0] == old.version

    doc_id, sentence = quoted_from(answer, corpus_copy)
    path = corpus_copy / f"{doc_id}.md"
    path.write_text(path.read_text().replace(sentence, "Rewritten while the server was down."))
    build_index(corpus_copy, index_copy, embedder=old.embedder)  # as `medcite index build` would
    new = open_index(index_copy, embedder=old.embedder)
    report = StaleChecker(store).check_swap(None, new)  # the next server start
    assert report is not None and report.from_version == old.version and report.documents_changed == 1
    assert f"[{doc_id}]" in store.get(answer.id).stale.reason
    assert store.last_index()[0] == new.version
    assert StaleChecker(store).check_swap(None, new) is None  # the same version again: nothing to do
