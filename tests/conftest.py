"""Shared fixtures: ONE index of the default corpus per test session, and medcite apps over it."""
from __future__ import annotations

import shutil
import signal
import threading
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterator

import pytest
import uvicorn
from fastapi import FastAPI

from eval.bench_server import free_port
from index.build import build_index
from index.location import versions_dir
from index.search import Index, open_index
from service.settings import REPO_CORPUS, Settings

ADMIN_TOKEN = "test-admin-token"
# How long a reading that takes microseconds may run before a test calls it stuck: a liveness bound against a pattern
# that backtracks without end, not a speed target.
HANG_BOUND_SECONDS = 30


@pytest.fixture()
def no_hang() -> Iterator[None]:
    """Fail the test instead of letting it run for hours where a regex reading backtracks."""
    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError("a reading backtracked past the liveness bound")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(HANG_BOUND_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index directory of the default corpus, built once per session (it takes tens of seconds)."""
    path = tmp_path_factory.mktemp("corpus-index") / "index"
    build_index(REPO_CORPUS, path)
    return path


@pytest.fixture(scope="session")
def loaded_index(corpus_index: Path) -> Index:
    """The session index, opened once."""
    return open_index(corpus_index)


@pytest.fixture
def index_copy(corpus_index: Path, tmp_path: Path) -> Path:
    """A private copy of the session index, for tests that rebuild or swap it."""
    target = tmp_path / "copied" / "index"
    target.parent.mkdir()
    shutil.copytree(versions_dir(corpus_index), versions_dir(target), symlinks=True)
    (target).symlink_to(corpus_index.readlink())
    return target


@pytest.fixture
def settings(corpus_index: Path, tmp_path: Path) -> Settings:
    """Service settings over the session index, with a fresh answer database and an admin token."""
    return Settings(data_dir=tmp_path, index=corpus_index, db=tmp_path / "answers.sqlite", corpus=REPO_CORPUS,
                    model=None, admin_token=ADMIN_TOKEN, max_question_chars=2000)


@pytest.fixture
def client(settings: Settings) -> Iterator:
    """A TestClient of a ready app (lifespan run, index loaded)."""
    from fastapi.testclient import TestClient

    from service.api.app import create_app

    with TestClient(create_app(settings)) as test_client:
        wait_ready(test_client)
        yield test_client


@contextmanager
def served(app: FastAPI) -> Iterator[tuple[int, uvicorn.Server]]:
    """``app`` under a real uvicorn on a loopback port (yields the port and the server); stopped after."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
            time.sleep(0.05)
        yield port, server
    finally:
        server.should_exit = True
        thread.join(15)
    assert not thread.is_alive(), "uvicorn did not stop"


def stored_doc_ids(index_dir: Path) -> set[str]:
    """The ids of the documents an index directory's current version holds."""
    idx = open_index(index_dir)
    try:
        return set(idx.store.doc_ids_by_row())
    finally:
        idx.close()


def wait_ready(client, timeout: float = 120.0) -> None:
    """Poll /readyz until the app has its index (or fail with the reason it gives)."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get("/readyz")
        if response.status_code == 200:
            return
        if time.monotonic() > deadline or "could not be loaded" in response.text:
            pytest.fail(f"app never became ready: {response.status_code} {response.text}")
        time.sleep(0.05)


@pytest.fixture
def make_answer() -> Callable:
    """A factory of complete Answers for render and store tests: two references, four sections."""
    from service.answer.models import Answer, BottomLine, Evidence, Passage, Reference, Section, Statement
    from service.answer.wording import DISCLAIMERS, HEADINGS

    def make(audience: str = "clinician", statement: str = "Vitamin K2 activates matrix Gla protein.",
             title: str = "Vitamin K2 for tendon calcification", url: str = "https://example.org/k2",
             **overrides) -> Answer:
        now = datetime.now(timezone.utc)
        headings = HEADINGS[audience]
        sections = [
            Section(key="current_evidence", heading=headings["current_evidence"], statements=[
                Statement(text="medcite found 2 relevant sources.", origin="template"),
                Statement(text=statement, citations=[1], origin="source")]),
            Section(key="mechanism", heading=headings["mechanism"], statements=[
                Statement(text="Matrix Gla protein inhibits calcification.", citations=[2], origin="source")]),
            Section(key="safety", heading=headings["safety"], statements=[
                Statement(text="Vitamin K2 can reduce the effect of warfarin.", citations=[1, 2], origin="source")]),
            Section(key="conclusion", heading=headings["conclusion"], statements=[
                Statement(text="The evidence is limited.", origin="template")]),
        ]
        references = [
            Reference(n=1, kind="Research", title="Vitamin K2 and tendons", source="Journal of Tendons", year=2021,
                      url=url, doc_id="k2", passages=[Passage(chunk_id="k2#0", text=statement, page=3)]),
            Reference(n=2, kind="Guideline", title="Calcification guideline", source="Society", year=2019,
                      doc_id="guide", passages=[Passage(chunk_id="guide#1", text="Matrix Gla protein inhibits "
                                                                             "calcification.")]),
        ]
        fields = dict(
            id=uuid.uuid4().hex, question="Can vitamin K2 treat tendon calcification?", audience=audience,
            title=title, bottom_line=BottomLine(text="The evidence is limited.", citations=[1, 2]),
            sections=sections, references=references,
            evidence=Evidence(level="limited", sources=2, guidelines=1, research=1),
            disclaimer=DISCLAIMERS[audience], created_at=now, updated_at=now, index_version="v-test",
            intervention="vitamin K2", condition="tendon calcification", question_type="therapy",
        )
        fields.update(overrides)
        return Answer(**fields)

    return make


# --- Optional backends (extra `scale`): skipped when not installed, except in CI (CI_REQUIRE_EXTRAS=1),
# where a missing extra is an error, so their tests can never be skipped silently there.

def require_extra(module: str):
    """Import ``module`` of the ``scale`` extra, or skip the test (fail under CI_REQUIRE_EXTRAS=1)."""
    import importlib
    import os

    if os.environ.get("CI_REQUIRE_EXTRAS") == "1":
        return importlib.import_module(module)
    return pytest.importorskip(module, reason=f"{module} is not installed (pip install -e '.[scale]')")


@pytest.fixture(scope="session")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``milvus-lite server`` on 127.0.0.1 (a free port), reached over the network like a cluster."""
    import socket
    import subprocess
    import sys

    require_extra("pymilvus")
    require_extra("milvus_lite")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("milvus")
    log = open(data / "server.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(data / "db"),
                               "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                pytest.fail(f"milvus-lite server exited: {(data / 'server.log').read_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("milvus-lite server did not listen within 120 s")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="session")
def milvus_corpus_index(milvus_uri: str, loaded_index: Index):
    """The default corpus in a Milvus collection (same model as the session index), opened once."""
    from index.milvus_build import build_milvus_index
    from index.milvus_search import open_milvus_index

    build_milvus_index(REPO_CORPUS, milvus_uri, "default_corpus", embedder=loaded_index.embedder)
    index = open_milvus_index(milvus_uri, "default_corpus", embedder=loaded_index.embedder)
    yield index
    index.close()
