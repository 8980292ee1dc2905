"""Editorial review through the real app: a rebuild that changes a cited document marks the answer stale
(with the reason, and 'evidence changed since approval' once approved), refresh makes revision 2, both
revisions stay retrievable and the diff lists what changed; tokens, reviewer names and the workflow."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.settings import REPO_CORPUS
from tests.conftest import ADMIN_TOKEN, wait_ready

QUESTION = "Can vitamin K2 be used to treat tendon calcification?"
AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def wait_for(predicate, timeout: float = 180.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def quoted_sentence(answer: dict, corpus: Path) -> tuple[str, str]:
    """(doc id, sentence) of a quoted statement that stands verbatim on one line of its markdown file."""
    for section in answer["sections"]:
        for st in section["statements"]:
            ref = answer["references"][st["citations"][0] - 1] if st["citations"] else None
            if st["origin"] == "source" and ref and (corpus / f"{ref['doc_id']}.md").exists() \
                    and st["text"] in (corpus / f"{ref['doc_id']}.md").read_text():
                return ref["doc_id"], st["text"]
    raise AssertionError("no quoted statement stands verbatim in a corpus file")


def test_rebuild_marks_the_approved_answer_stale_and_refresh_makes_revision_two(settings, index_copy, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_CORPUS, corpus)
    settings = settings.model_copy(update={"index": index_copy, "corpus": corpus})
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        answer = client.post("/v1/answers", json={"question": QUESTION}).json()
        url = f"/v1/answers/{answer['id']}"
        assert (answer["revision"], answer["latest_revision"], answer["stale"]) == (1, 1, None)
        for status in ("under_review", "approved"):
            assert client.post(f"{url}/review", json={"status": status, "note": "ok"}, headers=AUTH).status_code == 200
        assert answer["id"] not in [i["id"] for i in client.get("/v1/review/queue", headers=AUTH).json()]

        doc_id, sentence = quoted_sentence(answer, corpus)
        path = corpus / f"{doc_id}.md"
        path.write_text(path.read_text().replace(sentence, "This sentence was rewritten after approval."))
        before = client.get("/v1/index").json()["version"]
        assert client.post("/v1/index/rebuild", headers=AUTH).status_code == 202
        info = wait_for(lambda: (i := client.get("/v1/index").json())["rebuild"]["state"] in ("done", "failed") and i,
                        what="the rebuild")
        assert info["rebuild"]["state"] == "done" and info["version"] != before
        check = wait_for(lambda: next((c for c in client.get("/v1/review/stale-checks", headers=AUTH).json()
                                       if c["to_version"] == info["version"] and c["state"] == "done"), None),
                         what="the stale check")
        assert check["from_version"] == before and check["report"]["documents_changed"] == 1
        assert check["report"]["marked_evidence_changed"] >= 1

        stale = client.get(url).json()
        assert stale["review"]["status"] == "approved" and stale["revision"] == 1
        assert stale["stale"]["notice"] == "evidence changed since approval"
        assert "cited document changed: " in stale["stale"]["reason"] and f"[{doc_id}]" in stale["stale"]["reason"]
        assert stale["stale"]["index_version"] == info["version"]
        page = client.get(url, params={"format": "html"}).text
        assert "evidence changed since approval" in page and doc_id in page
        assert "evidence changed since approval" in client.get(url, params={"format": "md"}).text
        queue = client.get("/v1/review/queue", headers=AUTH).json()
        assert queue[0]["id"] == answer["id"] and queue[0]["stale"]["since_approval"] is True

        refreshed = client.post(f"{url}/refresh", headers=AUTH)
        assert refreshed.status_code == 201
        second = refreshed.json()
        assert refreshed.headers["Location"] == f"{url}?revision=2"
        assert (second["id"], second["revision"], second["previous_revision"]) == (answer["id"], 2, 1)
        assert second["index_version"] == info["version"] and second["review"]["status"] == "submitted"
        assert second["stale"] is None and second["created_at"] > answer["created_at"]
        assert client.get(url).json() == second
        first = client.get(url, params={"revision": 1}).json()
        assert first["sections"] == answer["sections"] and first["stale"]["reason"] == stale["stale"]["reason"]
        assert first["latest_revision"] == 2
        assert client.get(url, params={"revision": 3}).status_code == 404
        assert "revision 3" in client.get(url, params={"revision": 3}).json()["detail"]
        revisions = client.get(f"{url}/revisions").json()
        assert [(r["revision"], r["previous_revision"], r["index_version"]) for r in revisions] == [
            (1, None, before), (2, 1, info["version"])]
        assert revisions[0]["review_status"] == "approved" and revisions[1]["review_status"] == "submitted"

        diff = client.get(f"{url}/diff").json()
        assert (diff["from_revision"], diff["to_revision"]) == (1, 2)
        assert sentence in diff["statements_removed"]
        assert client.get(f"{url}/diff", params={"from": 1, "to": 1}).json()["statements_removed"] == []

        trail = client.get(f"{url}/history", headers=AUTH).json()
        assert [e["kind"] for e in trail] == ["review", "review", "stale", "refresh"]
        assert trail[2]["reviewer"] == "medcite" and trail[3]["revision"] == 2


def test_review_endpoints_need_the_token_and_revisions_are_public(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    url = f"/v1/answers/{answer.id}"
    for method, path in (("get", f"{url}/history"), ("post", f"{url}/refresh"), ("get", "/v1/review/queue"),
                         ("get", "/v1/review/stale-checks")):
        response = getattr(client, method)(path)
        assert response.status_code == 401, path
        assert getattr(client, method)(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get(f"{url}/revisions").status_code == 200
    assert client.get("/v1/answers/missing/revisions").status_code == 404
    assert client.get(f"{url}/diff", params={"from": 2}).status_code == 404
    assert client.get("/v1/review/queue", params={"status": "published"}, headers=AUTH).status_code == 422


def test_the_api_refuses_moves_the_workflow_does_not_allow_and_stale_revisions(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    url = f"/v1/answers/{answer.id}/review"
    refused = client.post(url, json={"status": "approved"}, headers=AUTH)
    assert refused.status_code == 409 and "cannot move to approved" in refused.json()["detail"]
    client.app.state.store.add_revision(answer.id, make_answer())
    old = client.post(url, params={"revision": 1}, json={"status": "under_review"}, headers=AUTH)
    assert old.status_code == 409 and "not the newest" in old.json()["detail"]
    moved = client.post(url, params={"revision": 2}, json={"status": "under_review"}, headers=AUTH).json()
    assert (moved["revision"], moved["review"]["status"]) == (2, "under_review")


def test_reviewer_names_come_from_named_tokens_or_the_x_reviewer_header(settings, make_answer):
    settings = settings.model_copy(update={"admin_tokens": "alice:tok-a, bob:tok-b"})
    with TestClient(create_app(settings)) as client:
        answer = make_answer()
        client.app.state.store.save(answer)
        url = f"/v1/answers/{answer.id}/review"
        client.post(url, json={"status": "under_review"}, headers={"Authorization": "Bearer tok-a",
                                                                   "X-Reviewer": "mallory"})
        client.post(url, json={"status": "approved"}, headers={"Authorization": "Bearer tok-b"})
        client.post(url, json={"status": "under_review"}, headers={**AUTH, "X-Reviewer": "  Zoe   Q "})
        client.post(url, json={"status": "changes_requested"}, headers=AUTH)
        trail = client.get(f"/v1/answers/{answer.id}/history", headers={"Authorization": "Bearer tok-b"}).json()
        assert [e["reviewer"] for e in trail] == ["alice", "bob", "Zoe Q", "admin"]
        notes = client.get(f"/v1/answers/{answer.id}").json()["review"]["notes"]
        assert [n["reviewer"] for n in notes] == ["alice", "bob", "Zoe Q", "admin"]
        assert client.post(url, json={"status": "under_review"}, headers={"Authorization": "Bearer tok-c"}
                           ).status_code == 401


def test_bad_named_tokens_are_refused_without_echoing_them():
    from pydantic import ValidationError

    from service.settings import Settings

    for bad in ("alice-secret-tok", "alice:", ":tok", "a:tok,b:tok"):
        with pytest.raises(ValidationError) as exc:
            Settings(admin_tokens=bad)
        assert "secret" not in str(exc.value) and "tok," not in str(exc.value)
    assert Settings(admin_tokens="a:1,b:2", admin_token="3").reviewer_tokens() == {"1": "a", "2": "b", "3": None}
