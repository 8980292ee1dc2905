"""Shared fixtures: ONE index of the default corpus per test session, and medcite apps over it."""
from __future__ import annotations

import shutil
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import pytest

from index.build import build_index
from index.location import versions_dir
from index.search import Index, open_index
from service.settings import REPO_CORPUS, Settings

ADMIN_TOKEN = "test-admin-token"


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
