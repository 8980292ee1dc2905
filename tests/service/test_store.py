"""The answer store: round trips, reviews with notes, WAL, and concurrent writers."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from service.errors import AnswerNotFoundError, UserError
from service.store import AnswerStore


def test_saved_answer_comes_back_equal(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "db" / "answers.sqlite")
    answer = make_answer(follows="abc")
    store.save(answer)
    assert store.get(answer.id).answer() == answer
    assert store.get("no-such-id") is None


def test_answers_survive_a_new_store_object(tmp_path, make_answer):
    answer = make_answer()
    AnswerStore(tmp_path / "a.sqlite").save(answer)
    assert AnswerStore(tmp_path / "a.sqlite").get(answer.id).answer() == answer


def test_saving_the_same_id_twice_is_refused(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "a.sqlite")
    answer = make_answer()
    store.save(answer)
    with pytest.raises(ValueError, match="already stored"):
        store.save(answer)


def test_review_sets_status_appends_notes_and_bumps_updated_at(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "a.sqlite")
    answer = make_answer()
    store.save(answer)
    first = store.set_review(answer.id, "under_review", "looking at it")
    second = store.set_review(answer.id, "approved", "sources check out")
    assert second.review.status == "approved"
    assert [(n["status"], n["note"]) for n in second.review.notes] == [
        ("under_review", "looking at it"), ("approved", "sources check out")]
    assert answer.updated_at < first.updated_at <= second.updated_at
    assert second.created_at == answer.created_at
    assert store.get(answer.id) == second
    with sqlite3.connect(tmp_path / "a.sqlite") as con:
        rows = con.execute("SELECT status, note FROM review_notes WHERE answer_id = ? ORDER BY seq",
                           (answer.id,)).fetchall()
        column = con.execute("SELECT review_status FROM answers WHERE id = ?", (answer.id,)).fetchone()[0]
    assert rows == [("under_review", "looking at it"), ("approved", "sources check out")]
    assert column == "approved"


def test_review_of_unknown_answer_or_status_is_an_error(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "a.sqlite")
    with pytest.raises(AnswerNotFoundError):
        store.set_review("missing", "approved", "")
    answer = make_answer()
    store.save(answer)
    with pytest.raises(UserError, match="unknown review status"):
        store.set_review(answer.id, "published", "")
    assert store.get(answer.id).review.status == "submitted"


def test_database_uses_wal(tmp_path):
    AnswerStore(tmp_path / "a.sqlite")
    with sqlite3.connect(tmp_path / "a.sqlite") as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_concurrent_reviews_lose_no_note(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "a.sqlite")
    answer = make_answer()
    store.save(answer)
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(10):
                store.set_review(answer.id, "under_review", f"{n}-{i}")
                store.save(make_answer())
                assert store.get(answer.id) is not None
        except BaseException as exc:  # collected and reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(store.get(answer.id).review.notes) == 80
