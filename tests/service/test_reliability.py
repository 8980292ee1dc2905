"""Regression tests of the defects found by probing the service as an outsider would (issue 11): a damaged
index is not ready, bad Unicode is a 422, bad settings are one line, errors have one documented shape,
review times follow the write order, old index versions are released, headers and methods, model names."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from index.location import STORE, VECTORS, current_version
from index.manifest import MANIFEST
from service.api.app import create_app
from service.api.deps import get_answerer
from service.runtime import IndexRuntime
from service.settings import REPO_CORPUS
from service.store import AnswerStore
from tests.conftest import ADMIN_TOKEN, free_port, served, wait_ready

REPO = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
QUESTION = "Can vitamin K2 be used to treat tendon calcification?"


def settle(client) -> httpx.Response:
    """/readyz once the index has finished loading (ready or not)."""
    deadline = time.monotonic() + 60
    while True:
        response = client.get("/readyz")
        if "still loading" not in response.text or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


# --- 1. a damaged index is not ready, and a store error at query time is a 503 --------------------------

def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("damage, says", [
    (lambda v: _truncate(v / STORE), "store.sqlite"),
    (lambda v: _truncate(v / VECTORS), "vectors.faiss"),
    (lambda v: (v / MANIFEST).unlink(), "manifest.json"),
    (lambda v: (v / MANIFEST).write_text(json.dumps(
        {**json.loads((v / MANIFEST).read_text()), "counts": {"documents": 1, "chunks": 3}})), "chunks"),
], ids=["truncated-store", "truncated-faiss", "no-manifest", "wrong-counts"])
def test_a_damaged_index_is_not_ready_and_every_route_says_503(settings, index_copy, damage, says):
    damage(current_version(index_copy))
    settings.index = index_copy
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        ready = settle(client)
        assert ready.status_code == 503 and says in ready.json()["detail"], ready.text
        assert client.get("/v1/index").json()["ready"] is False
        assert client.post("/v1/answers", json={"question": QUESTION}).status_code == 503
        assert client.get("/v1/search", params={"q": "vitamin K2"}).status_code == 503


def test_a_store_damaged_while_serving_is_a_503_not_a_500(settings, index_copy):
    settings.index = index_copy
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        wait_ready(client)
        _truncate(current_version(index_copy) / STORE)
        for response in (client.get("/v1/search", params={"q": "vitamin K2 tendon"}),
                         client.post("/v1/answers", json={"question": QUESTION})):
            assert response.status_code == 503, response.text
            assert "store" in response.json()["detail"]
        ready = client.get("/readyz")  # the probe tells the truth from then on
        assert ready.status_code == 503 and "damaged" in ready.json()["detail"]
        assert client.get("/v1/index").json()["ready"] is False


def test_a_store_damaged_after_its_rows_were_served_is_still_a_503(settings, index_copy):
    """The store's row cache holds what the first requests read; the same requests after the file is
    truncated must fail to the damaged file, not be answered from memory."""
    settings.index = index_copy
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        wait_ready(client)
        search = {"q": "vitamin K2 tendon"}
        assert client.get("/v1/search", params=search).status_code == 200
        assert client.post("/v1/answers", json={"question": QUESTION}).status_code == 201
        _truncate(current_version(index_copy) / STORE)
        for response in (client.get("/v1/search", params=search),
                         client.post("/v1/answers", json={"question": QUESTION})):
            assert response.status_code == 503, response.text
            assert "store" in response.json()["detail"]


def test_a_damaged_answer_store_is_an_answer_store_error_and_a_503(tmp_path, make_answer):
    from service.api.app import status_of
    from service.errors import AnswerStoreError

    store = AnswerStore(tmp_path / "answers.sqlite")
    answer = make_answer()
    store.save(answer)
    store.close()
    for leftover in tmp_path.glob("answers.sqlite-*"):
        leftover.unlink()
    (tmp_path / "answers.sqlite").write_bytes(b"this is no longer a database" * 200)
    with pytest.raises(AnswerStoreError, match="answers.sqlite"):
        store.get(answer.id)
    assert status_of(AnswerStoreError("x")) == 503


def test_faiss_errors_do_not_show_source_paths(settings, index_copy):
    (current_version(index_copy) / VECTORS).write_bytes(b"not a faiss file at all")
    settings.index = index_copy
    with TestClient(create_app(settings)) as client:
        detail = settle(client).json()["detail"]
    assert "vectors.faiss" in detail and ".cpp" not in detail and "faiss/" not in detail


# --- 2. invalid Unicode and control-only questions are 422; a 500 keeps the connection -------------------

@pytest.mark.parametrize("raw, field", [
    ('{"question": "vitamin K2 \\ud800 tendon"}', "question"),
    ('{"question": "vitamin K2 tendon", "follows": "\\udfff"}', "follows"),
    ('{"question": "\\u0000\\u0000"}', "question"),
    ('{"question": "\\u0001\\u001f \\u007f"}', "question"),
], ids=["surrogate", "surrogate-in-follows", "nul-only", "controls-only"])
def test_invalid_unicode_or_control_only_questions_are_422_naming_the_field(client, raw, field):
    response = client.post("/v1/answers", content=raw.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert field in response.json()["detail"]


def test_a_lone_surrogate_in_a_review_note_is_422(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    response = client.post(f"/v1/answers/{answer.id}/review", headers={**AUTH, "Content-Type": "application/json"},
                           content=b'{"status": "approved", "note": "ok \\ud800"}')
    assert response.status_code == 422 and "note" in response.json()["detail"]


def test_a_500_leaves_the_keep_alive_connection_usable(settings):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    app = create_app(settings)
    app.dependency_overrides[get_answerer] = lambda: broken
    with served(app) as (port, _):
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            wait_ready(http)
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            body = json.dumps({"question": QUESTION}).encode()
            sock.sendall(b"POST /v1/answers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body) + body)
            first = _read_response(sock)
            assert first.startswith(b"HTTP/1.1 500") and b"a bug" not in first
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert _read_response(sock).startswith(b"HTTP/1.1 200")


def _read_response(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection"
        rest += chunk
    return head + b"\r\n\r\n" + rest


# --- 3. a bad setting at startup is one line naming it ----------------------------------------------------

def _serve(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MEDCITE_")}
    clean.update(PYTHONPATH=str(REPO), MEDCITE_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run([sys.executable, "-m", "service.cli", "serve", *args], env=clean, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def _not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database, only some text that is long enough to be read as a header\n" * 20)
    return path


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("x")
    return path


@pytest.mark.parametrize("name, value", [
    ("MEDCITE_DB", lambda t: _not_a_database(t)),
    ("MEDCITE_DB", lambda t: _file(t) / "answers.sqlite"),
    ("MEDCITE_DB", lambda t: t),
    ("MEDCITE_INDEX", lambda t: _file(t) / "index"),
    ("MEDCITE_CORPUS", lambda t: t / "no-such-corpus"),
    ("MEDCITE_MODEL", lambda t: t / "no-such-model"),
    ("MEDCITE_MAX_QUESTION_CHARS", lambda t: "many"),
], ids=["db-not-sqlite", "db-parent-is-file", "db-is-folder", "index-parent-is-file", "no-corpus", "no-model",
        "not-a-number"])
def test_a_bad_setting_is_one_line_naming_it(tmp_path, corpus_index, name, value):
    env = {"MEDCITE_INDEX": str(corpus_index), name: str(value(tmp_path))}
    if name == "MEDCITE_CORPUS":
        env["MEDCITE_INDEX"] = str(tmp_path / "new-index")  # the corpus is only read when there is no index
    result = _serve(tmp_path, env, "--port", str(free_port()))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and env[name] in lines[0]


def test_a_port_in_use_is_one_line(tmp_path, corpus_index):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve(tmp_path, {"MEDCITE_INDEX": str(corpus_index)}, "--port", str(port))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(port) in lines[0] and "in use" in lines[0], result.stderr


# --- 4. one error shape (RFC 9457), declared for every route ----------------------------------------------

PROBLEM_KEYS = {"type", "title", "status", "detail"}


@pytest.mark.parametrize("content, headers", [
    (b'{"question": "caf\xe9"}', {"Content-Type": "application/json"}),
    ('{"question": "caf\u00e9"}'.encode("latin-1"), {"Content-Type": "application/json; charset=latin-1"}),
    (b"[" * 1000 + b"]" * 1000, {"Content-Type": "application/json"}),
    (b'{"question": ', {"Content-Type": "application/json"}),
], ids=["not-utf8", "latin-1", "nested-1000", "truncated"])
def test_unparseable_bodies_are_422_problems(client, content, headers):
    response = client.post("/v1/answers", content=content, headers=headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert PROBLEM_KEYS <= set(response.json()) and response.json()["status"] == 422


def test_every_error_is_a_problem_document(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    responses = [
        client.post("/v1/answers", json={}),
        client.get("/v1/search", params={"q": ""}),
        client.get("/v1/answers/nope"),
        client.post(f"/v1/answers/{answer.id}/review", json={"status": "approved"}),
        client.post("/v1/index/rebuild", headers={"Authorization": "Bearer wrong"}),
        client.get("/no/such/path"),
        client.delete("/v1/answers"),
    ]
    for response in responses:
        assert response.status_code >= 400
        assert response.headers["content-type"].startswith("application/problem+json"), response.request.url
        body = response.json()
        assert PROBLEM_KEYS <= set(body) and body["status"] == response.status_code and isinstance(body["detail"], str)
    assert responses[0].json()["errors"][0]["loc"] == ["body", "question"]


def test_the_schema_declares_the_problem_shape_and_minimum_lengths(client):
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if code.startswith(("4", "5")):
                    content = response.get("content", {})
                    assert "application/problem+json" in content, (method, path, code)
                    assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    ask_body = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert ask_body["minLength"] == 1 and ask_body["maxLength"] == 2000
    q = next(p for p in schema["paths"]["/v1/search"]["get"]["parameters"] if p["name"] == "q")
    assert q["schema"]["minLength"] == 1


# --- 5. review notes are stamped inside the write transaction ---------------------------------------------

def test_concurrent_reviews_have_times_in_write_order(tmp_path, make_answer):
    store = AnswerStore(tmp_path / "answers.sqlite")
    answer = make_answer()
    store.save(answer)
    start = threading.Barrier(20)

    def review(i: int) -> None:
        start.wait()
        # Every review moves to (or stays in) under review: the workflow allows it from submitted and again
        # as a note, so all 20 writes succeed and race only for the write lock.
        store.set_review(answer.id, "under_review", f"note {i}")

    with ThreadPoolExecutor(20) as pool:
        list(pool.map(review, range(20)))
    stored = store.get(answer.id)
    times = [note["at"] for note in stored.review.notes]
    assert len(times) == 20 and times == sorted(times)
    assert stored.updated_at.isoformat() >= times[-1]


# --- 6. old index versions are released once no request holds them ---------------------------------------

def _open_store_files(under: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(under)) and STORE in target:
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open files")
def test_rebuilds_release_the_old_versions(index_copy):
    import gc

    runtime = IndexRuntime(index_copy, REPO_CORPUS)
    runtime.load()
    held = runtime.lease()
    in_flight = held.__enter__()  # a request that is still running when the rebuilds happen
    gc.disable()  # the release must not wait for the cycle collector
    try:
        for _ in range(3):
            runtime.start_rebuild()
            while runtime.rebuild_status().state == "running":
                time.sleep(0.05)
            assert runtime.rebuild_status().state == "done"
        open_now = _open_store_files(index_copy.parent)
        assert len(open_now) == 2, open_now  # the current version and the one the request still holds
        assert in_flight.search("vitamin K2", k=1)
        held.__exit__(None, None, None)
        assert _open_store_files(index_copy.parent) == [str(runtime.index().path / STORE)]
    finally:
        gc.enable()


# --- 7. headers on every response, HEAD, offline docs, the page fetches a fragment ------------------------

def test_every_response_has_nosniff_and_a_csp(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    for url in ("/healthz", f"/v1/answers/{answer.id}", f"/v1/answers/{answer.id}?format=md", "/static/app.js",
                "/openapi.json", "/v1/answers/nope", "/docs", "/"):
        response = client.get(url)
        assert response.headers.get("x-content-type-options") == "nosniff", url
        assert "default-src" in response.headers.get("content-security-policy", ""), url


def test_head_answers_like_get_without_a_body(client):
    for url in ("/healthz", "/readyz", "/v1/index", "/", "/static/app.js"):
        head, get = client.head(url), client.get(url)
        assert head.status_code == 200 == get.status_code, url
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


def test_docs_load_only_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "http://" not in page.text and "https://" not in page.text
    assert "<script>" not in page.text  # no inline script: the CSP forbids it
    for asset in ("/static/docs/swagger-ui-bundle.js", "/static/docs/swagger-ui.css", "/static/docs.js"):
        assert asset in page.text
        assert client.get(asset).status_code == 200


def test_the_page_script_fetches_a_fragment(client, make_answer):
    answer = make_answer()
    client.app.state.store.save(answer)
    script = client.get("/static/app.js").text
    fetches = [line for line in script.splitlines() if "fetch(" in line and "/v1/answers/" in line]
    assert fetches and all("format=fragment" in line for line in fetches), fetches
    fragment = client.get(f"/v1/answers/{answer.id}", params={"format": "fragment"})
    assert fragment.status_code == 200 and fragment.headers["content-type"].startswith("text/html")
    assert fragment.text.lstrip().startswith("<article") and "<!doctype" not in fragment.text.lower()


# --- 8. one model name in every manifest --------------------------------------------------------------------

def test_the_packaged_model_has_one_name_by_default_or_by_its_path(monkeypatch):
    """A rebuild through the server loads the model by the path the manifest records; the CLI loads it by
    default. Both must record the same name (the cache is emptied: each way loads the model itself). The
    default is the int8 export of the packaged model (issue 10); fp32 is named the same both ways too."""
    import index.embedder as embedder_module

    monkeypatch.setattr(embedder_module, "_CACHE", {})
    by_default = embedder_module.load_embedder()
    monkeypatch.setattr(embedder_module, "_CACHE", {})
    by_path = embedder_module.load_embedder(by_default.path)
    assert by_path.name == by_default.name == "all-MiniLM-L6-v2-int8"
    monkeypatch.setattr(embedder_module, "_CACHE", {})
    fp32_by_path = embedder_module.load_embedder(embedder_module.default_model_path())
    monkeypatch.setattr(embedder_module, "_CACHE", {})
    fp32_by_default = embedder_module.load_embedder(backend="torch")
    assert fp32_by_path.name == fp32_by_default.name == "all-MiniLM-L6-v2"


def test_numbers_past_sqlite_integers_are_422_not_500(client) -> None:
    """Schema fuzzing sent revision=4e23 and offset=1e36; SQLite cannot bind them, so the API bounds them."""
    answer = client.post("/v1/answers", json={"question": "Can vitamin K2 be used to treat tendon calcification?"})
    answer_id = answer.json()["id"]
    huge = 10 ** 24
    assert client.get(f"/v1/answers/{answer_id}?revision={huge}").status_code == 422
    assert client.get(f"/v1/answers/{answer_id}/diff?from={huge}").status_code == 422
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    assert client.get(f"/v1/review/queue?offset={huge}", headers=headers).status_code == 422

