"""The HTTP API through the real app: status codes for every bad input, answers in three formats,
review and rebuild behind the admin token, readiness, and the reference questions end to end."""
from __future__ import annotations

import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.settings import Settings
from service.answer.wording import DISCLAIMERS, HEADINGS
from tests.conftest import ADMIN_TOKEN, served, wait_ready

REFERENCE_QUESTION = "Can vitamin K2 be used to treat tendon calcification?"
VITAMIN_K_TERMS = ("vitamin k", "menaquinone", "phylloquinone", "mk-7")
AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def ask(client, question: str, **fields) -> httpx.Response:
    return client.post("/v1/answers", json={"question": question, **fields})


def norm(text: str) -> str:
    return " ".join(text.split())


def reading_order(answer: dict) -> list[list[int]]:
    """Citation lists in the order a reader meets them."""
    return [answer["bottom_line"]["citations"]] + [
        st["citations"] for section in answer["sections"] for st in section["statements"]]


def assert_cited_faithfully(answer: dict) -> None:
    """References 1..N in order of first citation, all cited; every quoted sentence stands in a cited passage."""
    refs = answer["references"]
    assert [r["n"] for r in refs] == list(range(1, len(refs) + 1))
    first_seen: list[int] = []
    for cites in reading_order(answer):
        first_seen += [n for n in cites if n not in first_seen]
    assert first_seen == [r["n"] for r in refs]
    for section in answer["sections"]:
        for st in section["statements"]:
            if st["origin"] != "source":
                continue
            assert st["citations"], st
            passages = [norm(p["text"]) for n in st["citations"] for p in refs[n - 1]["passages"]]
            assert any(norm(st["text"]) in p for p in passages), st["text"]


# --- health and readiness -------------------------------------------------------------------------------

def test_healthz_and_readyz(client):
    assert client.get("/healthz").json()["status"] == "ok"
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["index_version"] == client.get("/v1/index").json()["version"]


def test_not_ready_without_an_index_says_why_and_refuses_questions(tmp_path):
    settings = Settings(data_dir=tmp_path, index=tmp_path / "index", corpus=tmp_path / "no-corpus", model=None,
                        admin_token=ADMIN_TOKEN)
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 30
        while "still loading" in client.get("/readyz").text and time.monotonic() < deadline:
            time.sleep(0.05)
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert "could not be loaded" in ready.json()["detail"] and "no-corpus" in ready.json()["detail"]
        assert client.get("/healthz").status_code == 200
        refused = ask(client, REFERENCE_QUESTION)
        assert refused.status_code == 503 and refused.headers["Retry-After"]
        assert client.get("/v1/search", params={"q": "vitamin"}).status_code == 503
        info = client.get("/v1/index").json()
        assert info["ready"] is False and info["version"] is None


# --- bad input ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, headers, says", [
    ('{"question": "   "}', {"Content-Type": "application/json"}, "empty"),
    ('{"question": ""}', {"Content-Type": "application/json"}, "empty"),
    ("{}", {"Content-Type": "application/json"}, "question: Field required"),
    ('{"question": 5}', {"Content-Type": "application/json"}, "question"),
    ('{"question": "Is aspirin useful?", "audience": "veterinarian"}', {"Content-Type": "application/json"},
     "audience"),
    ('{"question": "Is aspirin', {"Content-Type": "application/json"}, "not valid JSON"),
    ("[1, 2]", {"Content-Type": "application/json"}, "JSON object"),
    ("", {"Content-Type": "application/json"}, "body is missing"),
    ("question=hi", {"Content-Type": "application/x-www-form-urlencoded"}, "JSON"),
    ("just text", {"Content-Type": "text/plain"}, "JSON"),
])
def test_bad_question_bodies_are_422_with_a_readable_message(client, body, headers, says):
    response = client.post("/v1/answers", content=body, headers=headers)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str) and says in response.json()["detail"]


def test_overlong_question_is_422(client, settings):
    response = ask(client, "why " * (settings.max_question_chars // 4 + 1))
    assert response.status_code == 422
    assert f"limit is {settings.max_question_chars}" in response.json()["detail"]


def test_following_an_unknown_answer_is_404(client):
    response = ask(client, "What dose is typically used?", follows="0" * 32)
    assert response.status_code == 404 and "no answer" in response.json()["detail"]


@pytest.mark.parametrize("accept", ["application/json", "text/html", "text/markdown"])
def test_unknown_answer_id_is_404_json(client, accept):
    response = client.get("/v1/answers/does-not-exist", headers={"Accept": accept})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {"type": "about:blank", "title": "Not Found", "status": 404,
                               "detail": "no answer with id 'does-not-exist'"}


def test_unknown_format_is_422(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    assert client.get(f"/v1/answers/{answer.id}", params={"format": "pdf"}).status_code == 422


# --- fetching answers in three formats --------------------------------------------------------------------

def test_stored_answer_as_json_markdown_and_escaped_html(client, make_answer):
    answer = make_answer(statement='Deposits <script>alert("x")</script> shrink.')
    client.app.state.store.save(answer)
    url = f"/v1/answers/{answer.id}"

    as_json = client.get(url)
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json()["sections"][0]["statements"][1]["text"] == 'Deposits <script>alert("x")</script> shrink.'

    for md in (client.get(url, headers={"Accept": "text/markdown"}), client.get(url, params={"format": "md"})):
        assert md.headers["content-type"].startswith("text/markdown")
        assert md.text.startswith("# Vitamin K2 for tendon calcification\n")
        assert "[[1]](#ref-1)" in md.text and '<a id="ref-1"></a>' in md.text

    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for page in (client.get(url, headers={"Accept": browser}), client.get(url, params={"format": "html"})):
        assert page.headers["content-type"].startswith("text/html")
        assert page.text.startswith("<!doctype html>")
        assert "<script>alert" not in page.text
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]
        assert 'href="#ref-1"' in page.text and 'id="ref-1"' in page.text
        assert DISCLAIMERS["clinician"] in page.text


# --- search ---------------------------------------------------------------------------------------------

def test_search_returns_passages(client):
    hits = client.get("/v1/search", params={"q": "vitamin K2 tendon calcification", "k": 3}).json()
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert {"doc_id", "title", "kind", "chunk_id", "heading", "page", "score", "text"} <= set(hits[0])
    assert any("tendon" in h["text"].lower() for h in hits)


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "   "}, {}, {"q": "x", "k": 0}, {"q": "x", "k": "many"},
                                    {"q": "x", "mode": "psychic"}, {"q": "x" * 5000}])
def test_bad_search_is_422(client, params):
    response = client.get("/v1/search", params=params)
    assert response.status_code == 422 and isinstance(response.json()["detail"], str)


# --- review ---------------------------------------------------------------------------------------------

def test_review_needs_the_admin_token(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    url = f"/v1/answers/{answer.id}/review"
    body = {"status": "approved", "note": "checked"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {ADMIN_TOKEN}"},
                    {"Authorization": ADMIN_TOKEN}):
        refused = client.post(url, json=body, headers=headers)
        assert refused.status_code == 401, headers
        assert refused.headers["WWW-Authenticate"] == "Bearer"
    assert client.get(f"/v1/answers/{answer.id}").json()["review"]["status"] == "submitted"


def test_review_with_the_token_updates_status_notes_and_time(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    url = f"/v1/answers/{answer.id}/review"
    under = client.post(url, json={"status": "under_review", "note": "reading sources"}, headers=AUTH)
    done = client.post(url, json={"status": "approved", "note": "sources check out"}, headers=AUTH)
    assert under.status_code == 200 and done.status_code == 200
    stored = client.get(f"/v1/answers/{answer.id}").json()
    assert stored == done.json()
    assert stored["review"]["status"] == "approved"
    assert [n["note"] for n in stored["review"]["notes"]] == ["reading sources", "sources check out"]
    assert stored["updated_at"] > stored["created_at"]
    assert "Approved by a reviewer" in client.get(f"/v1/answers/{answer.id}", params={"format": "html"}).text


def test_review_errors(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    assert client.post("/v1/answers/missing/review", json={"status": "approved"}, headers=AUTH).status_code == 404
    bad = client.post(f"/v1/answers/{answer.id}/review", json={"status": "published"}, headers=AUTH)
    assert bad.status_code == 422 and "status" in bad.json()["detail"]
    huge = client.post(f"/v1/answers/{answer.id}/review", json={"status": "approved", "note": "x" * 6000},
                       headers=AUTH)
    assert huge.status_code == 422


def test_review_and_rebuild_are_disabled_without_a_configured_token(settings, make_answer):
    settings = settings.model_copy(update={"admin_token": None})
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        answer = make_answer()
        client.app.state.store.save(answer)
        for response in (client.post(f"/v1/answers/{answer.id}/review", json={"status": "approved"}, headers=AUTH),
                         client.post("/v1/index/rebuild", headers=AUTH)):
            assert response.status_code == 503
            assert "disabled" in response.json()["detail"]


# --- the page -------------------------------------------------------------------------------------------

def test_home_page_has_the_ask_form_and_no_inline_script(client):
    page = client.get("/")
    assert page.status_code == 200
    assert 'id="ask-form"' in page.text and 'name="audience" value="patient"' in page.text
    assert 'id="follow-form"' in page.text and '<script src="/static/app.js"' in page.text
    assert "<script>" not in page.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_openapi_schema_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/answers", "/v1/answers/{answer_id}", "/v1/answers/{answer_id}/review", "/v1/search",
            "/v1/index", "/v1/index/rebuild", "/healthz", "/readyz"} <= set(paths)


# --- answers end to end ---------------------------------------------------------------------------------

def test_reference_question_and_its_follow_up(client):
    first = ask(client, REFERENCE_QUESTION)
    assert first.status_code == 201
    answer = first.json()
    assert first.headers["Location"] == f"/v1/answers/{answer['id']}"
    assert len(answer["references"]) >= 2 and len(answer["sections"]) >= 4
    assert answer["review"]["status"] == "submitted" and answer["follows"] is None
    assert answer["index_version"] == client.get("/v1/index").json()["version"]
    assert_cited_faithfully(answer)
    assert client.get(f"/v1/answers/{answer['id']}").json() == answer

    follow = ask(client, "What dose is typically used?", follows=answer["id"])
    assert follow.status_code == 201
    dose = follow.json()
    assert dose["follows"] == answer["id"]
    assert "vitamin k" in (dose["intervention"] or "").lower()
    assert dose["references"]
    assert_cited_faithfully(dose)
    # The follow-up inherits the topic: most of what it cites and quotes is about vitamin K.
    about_k = [ref for ref in dose["references"]
               if "vitamin k" in (ref["title"] + " ".join(p["text"] for p in ref["passages"])).lower()]
    assert len(about_k) * 2 > len(dose["references"])
    quoted = [st["text"].lower() for s in dose["sections"] for st in s["statements"] if st["origin"] == "source"]
    assert sum(any(term in text for term in VITAMIN_K_TERMS) for text in quoted) * 2 > len(quoted)
    assert any("microgram" in text for text in quoted)
    html = client.get(f"/v1/answers/{dose['id']}", params={"format": "html"}).text
    assert f'data-answer-link="{answer["id"]}"' in html


def test_unrelated_question_gets_no_evidence_and_no_references(client):
    response = ask(client, "What is the airspeed velocity of an unladen swallow?")
    assert response.status_code == 201
    answer = response.json()
    assert answer["evidence"]["level"] == "none"
    assert answer["references"] == []
    assert all(c == [] for c in reading_order(answer))


def test_patient_audience_gets_plain_headings_and_the_patient_disclaimer(client):
    response = ask(client, REFERENCE_QUESTION, audience="patient")
    assert response.status_code == 201
    answer = response.json()
    assert answer["audience"] == "patient"
    assert answer["disclaimer"] == DISCLAIMERS["patient"]
    assert answer["sections"] and all(s["heading"] == HEADINGS["patient"][s["key"]] for s in answer["sections"])
    page = client.get(f"/v1/answers/{answer['id']}", params={"format": "html"}).text
    assert DISCLAIMERS["patient"] in page and DISCLAIMERS["clinician"] not in page
    assert HEADINGS["clinician"]["clinical_studies"] not in page


# --- rebuild --------------------------------------------------------------------------------------------

def wait_rebuild(client, timeout: float = 180.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        info = client.get("/v1/index").json()
        if info["rebuild"]["state"] in ("done", "failed") or time.monotonic() > deadline:
            return info
        time.sleep(0.1)


def test_rebuild_needs_the_token_runs_once_at_a_time_and_swaps_the_version(settings, index_copy, monkeypatch):
    import index.backends

    settings = settings.model_copy(update={"index": index_copy})
    release = threading.Event()
    real_build = index.backends.build_index

    def held_build(*args, **kwargs):
        release.wait(60)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(index.backends, "build_index", held_build)
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        before = client.get("/v1/index").json()
        assert before["rebuild"]["state"] == "idle"
        assert client.post("/v1/index/rebuild").status_code == 401
        assert client.post("/v1/index/rebuild", headers={"Authorization": "Bearer nope"}).status_code == 401

        started = client.post("/v1/index/rebuild", headers=AUTH)
        assert started.status_code == 202
        job = started.json()["job"]
        assert started.json()["status"] == "running"
        assert client.post("/v1/index/rebuild", headers=AUTH).status_code == 409

        # Requests keep being served while the rebuild runs and across the swap.
        statuses: list[int] = []
        stop = threading.Event()

        def keep_searching() -> None:
            while not stop.is_set():
                statuses.append(client.get("/v1/search", params={"q": "warfarin vitamin K"}).status_code)

        searcher = threading.Thread(target=keep_searching)
        searcher.start()
        try:
            release.set()
            after = wait_rebuild(client)
        finally:
            stop.set()
            searcher.join()
        assert after["rebuild"]["state"] == "done", after
        assert after["rebuild"]["job"] == job
        assert after["rebuild"]["report"]["reused"] == after["counts"]["chunks"]  # same model: nothing re-embedded
        assert after["version"] != before["version"]
        assert client.get("/readyz").json()["index_version"] == after["version"]
        assert statuses and set(statuses) == {200}
        assert ask(client, REFERENCE_QUESTION).json()["index_version"] == after["version"]


# --- a real server on a socket --------------------------------------------------------------------------

def test_real_uvicorn_server_answers_over_loopback(settings):
    with served(create_app(settings)) as (port, _), \
            httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        wait_ready(http)
        created = http.post("/v1/answers", json={"question": REFERENCE_QUESTION})
        assert created.status_code == 201
        answer = created.json()
        assert http.get(created.headers["Location"]).json() == answer
        assert http.get(created.headers["Location"], headers={"Accept": "text/markdown"}).text.startswith("# ")
        assert http.post("/v1/answers", content=b"{not json", headers={"Content-Type": "application/json"}
                         ).status_code == 422
