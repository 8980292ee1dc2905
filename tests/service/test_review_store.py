"""Revisions, the review workflow, the append-only audit trail, the queue, sessions and the migration of an
older answer database, on a real SQLite file."""
from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from service.errors import AnswerNotFoundError, ReviewTransitionError, RevisionConflictError, UserError
from service.revisions import diff_revisions
from service.store import AnswerStore, StaleMark


@pytest.fixture
def store(tmp_path) -> AnswerStore:
    return AnswerStore(tmp_path / "answers.sqlite")


def test_a_new_answer_is_revision_one_with_its_sources(store, make_answer):
    answer = make_answer()
    store.save(answer)
    stored = store.get(answer.id)
    assert (stored.revision, stored.previous_revision, stored.latest_revision, stored.stale) == (1, None, 1, None)
    assert store.get(answer.id, 1) == stored
    assert store.get(answer.id, 2) is None
    [info] = store.revisions(answer.id)
    assert (info.revision, info.index_version, info.review_status) == (1, "v-test", "submitted")
    assert [c.doc_id for c in store.citing(["k2", "guide", "other"], "v-new")] == ["guide", "k2"]


def test_add_revision_keeps_the_id_links_the_previous_and_leaves_it_retrievable(store, make_answer):
    first = make_answer()
    store.save(first)
    store.set_review(first.id, "under_review", "reading", reviewer="alice")
    second = make_answer(statement="Menaquinone-7 was studied in a new trial.", index_version="v-2")
    stored = store.add_revision(first.id, second, reviewer="bob")
    assert (stored.id, stored.revision, stored.previous_revision, stored.latest_revision) == (first.id, 2, 1, 2)
    assert stored.review.status == "submitted" and stored.index_version == "v-2"
    assert store.get(first.id) == stored
    old = store.get(first.id, 1)
    assert old.review.status == "under_review" and old.latest_revision == 2 and old.index_version == "v-test"
    assert [(r.revision, r.previous_revision, r.index_version) for r in store.revisions(first.id)] == [
        (1, None, "v-test"), (2, 1, "v-2")]
    assert [(e.kind, e.revision, e.reviewer) for e in store.audit(first.id)] == [
        ("review", 1, "alice"), ("refresh", 2, "bob")]
    with pytest.raises(AnswerNotFoundError):
        store.add_revision("missing", second)


def test_diff_lists_statements_and_references_added_and_removed(make_answer):
    from service.answer.models import Passage, Reference
    from service.revisions import StoredAnswer

    old = StoredAnswer(**dict(make_answer()), revision=1)
    new_refs = [old.references[0], Reference(n=2, kind="Research", title="A new trial", source="J", doc_id="new",
                                             passages=[Passage(chunk_id="new#0", text="x")])]
    new = StoredAnswer(**{**dict(make_answer(statement="Menaquinone-7 changed the deposits.")),
                          "references": new_refs}, revision=2)
    diff = diff_revisions(old, new)
    assert diff.statements_added == ["Menaquinone-7 changed the deposits."]
    assert diff.statements_removed == ["Vitamin K2 activates matrix Gla protein."]
    assert [r.doc_id for r in diff.references_added] == ["new"]
    assert [(r.doc_id, r.title) for r in diff.references_removed] == [("guide", "Calcification guideline")]
    assert not diff.bottom_line_changed and (diff.from_revision, diff.to_revision) == (1, 2)


@pytest.mark.parametrize("path, refused", [
    (["approved"], "approved"),
    (["under_review", "approved", "changes_requested"], "changes_requested"),
    (["changes_requested"], "changes_requested"),
])
def test_the_workflow_refuses_moves_it_does_not_allow(store, make_answer, path, refused):
    answer = make_answer()
    store.save(answer)
    for status in path[:-1]:
        store.set_review(answer.id, status)
    with pytest.raises(ReviewTransitionError, match=f"cannot move to {refused}"):
        store.set_review(answer.id, path[-1])


def test_workflow_round_trip_and_a_note_without_a_move(store, make_answer):
    answer = make_answer()
    store.save(answer)
    for status in ("under_review", "changes_requested", "under_review", "approved", "approved", "under_review"):
        store.set_review(answer.id, status, f"to {status}", reviewer="carol")
    trail = store.audit(answer.id)
    assert [(e.from_status, e.status) for e in trail] == [
        ("submitted", "under_review"), ("under_review", "changes_requested"), ("changes_requested", "under_review"),
        ("under_review", "approved"), ("approved", "approved"), ("approved", "under_review")]
    assert {e.reviewer for e in trail} == {"carol"}
    assert store.get(answer.id).review.notes[-1]["reviewer"] == "carol"


def test_reviewing_a_revision_that_is_no_longer_the_newest_is_a_conflict(store, make_answer):
    answer = make_answer()
    store.save(answer)
    store.add_revision(answer.id, make_answer())
    with pytest.raises(RevisionConflictError, match="revision 2"):
        store.set_review(answer.id, "under_review", revision=1)
    assert store.set_review(answer.id, "under_review", revision=2).review.status == "under_review"
    assert store.get(answer.id, 1).review.status == "submitted"


def test_the_audit_trail_refuses_update_and_delete(store, make_answer, tmp_path):
    answer = make_answer()
    store.save(answer)
    store.set_review(answer.id, "under_review", "first look", reviewer="dave")
    with sqlite3.connect(tmp_path / "answers.sqlite") as con:
        for statement in ("UPDATE review_notes SET note = 'rewritten'", "DELETE FROM review_notes"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(statement)
        assert con.execute("SELECT note, reviewer FROM review_notes").fetchall() == [("first look", "dave")]


def test_stale_marks_show_since_approval_and_enter_the_queue(store, make_answer):
    approved, fresh = make_answer(), make_answer(question="What is the dose of vitamin K2?")
    for answer in (approved, fresh):
        store.save(answer)
    store.set_review(approved.id, "under_review")
    store.set_review(approved.id, "approved")
    assert [i.id for i in store.queue()] == [fresh.id]  # approved and not stale: nothing to do
    marks = [StaleMark(approved.id, 1, "cited document changed: K2 [k2]"), StaleMark("missing", 1, "x")]
    assert store.mark_stale(marks, "v-new") == 1
    assert store.mark_stale(marks, "v-newer") == 0  # already stale: the first reason stays
    stale = store.get(approved.id).stale
    assert (stale.reason, stale.index_version, stale.since_approval) == ("cited document changed: K2 [k2]", "v-new", True)
    assert stale.notice == "evidence changed since approval"
    assert [i.id for i in store.queue()] == [approved.id, fresh.id]  # stale first
    assert [i.id for i in store.queue("stale")] == [approved.id]
    assert [i.id for i in store.queue("approved")] == [approved.id]
    assert {c.answer_id for c in store.citing(["k2"], "v-new")} == {fresh.id}  # a stale one is not checked again
    assert store.audit(approved.id)[-1].kind == "stale" and store.audit(approved.id)[-1].reviewer == "medcite"


def test_queue_filters_by_audience_and_text(store, make_answer):
    a = make_answer(question="Does 100% vitamin_K2 help?")
    b = make_answer(audience="patient", question="Is warfarin safe?")
    for answer in (a, b):
        store.save(answer)
    assert [i.id for i in store.queue("all", audience="patient")] == [b.id]
    assert [i.id for i in store.queue("all", text="WARFARIN")] == [b.id]
    assert [i.id for i in store.queue("all", text="100% vitamin_")] == [a.id]
    assert store.queue("all", text="100%% vitaminX") == []
    with pytest.raises(UserError, match="unknown queue filter"):
        store.queue("published")


def test_sessions_open_close_and_expire(store):
    secret = store.create_session("erin", "tok-id", timedelta(hours=1))
    assert store.session(secret).reviewer == "erin"
    assert store.session(secret + "x") is None
    store.end_session(secret)
    assert store.session(secret) is None
    expired = store.create_session("erin", "tok-id", timedelta(seconds=-1))
    assert store.session(expired) is None


OLD_SCHEMA = """
CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, audience TEXT NOT NULL, follows TEXT,
    answer_json TEXT NOT NULL, review_status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    index_version TEXT NOT NULL);
CREATE TABLE review_notes (seq INTEGER PRIMARY KEY AUTOINCREMENT, answer_id TEXT NOT NULL REFERENCES answers(id),
    status TEXT NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL);
"""


def test_an_older_database_is_migrated_to_revisions(tmp_path, make_answer):
    answer = make_answer()
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as con:
        con.executescript(OLD_SCHEMA)
        con.execute("INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?)",
                    (answer.id, answer.question, answer.audience, None, answer.model_dump_json(), "submitted",
                     answer.created_at.isoformat(), answer.updated_at.isoformat(), answer.index_version))
        con.execute("INSERT INTO review_notes (answer_id, status, note, at) VALUES (?,?,?,?)",
                    (answer.id, "submitted", "old note", answer.created_at.isoformat()))
    store = AnswerStore(path)
    AnswerStore(path)  # a second open finds the migration applied
    assert store.get(answer.id).answer() == answer
    assert store.get(answer.id).revision == 1
    assert {c.doc_id for c in store.citing(["k2", "guide"], "v-new")} == {"k2", "guide"}
    assert [(e.note, e.revision, e.kind) for e in store.audit(answer.id)] == [("old note", 1, "review")]
    store.set_review(answer.id, "under_review", reviewer="fay")
    assert store.revisions(answer.id)[0].review_status == "under_review"
