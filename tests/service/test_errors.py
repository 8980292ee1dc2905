"""One error root: every error class of ingest, index, service and eval derives from ``MedciteError`` through
its package's family, and only these classes become a 4xx/503 in the API or a one-line message in the CLIs; a
``ValueError`` from a bug is a 500 and a traceback."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
import typer
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

from eval.errors import DatasetError, EvalError
from index.errors import IndexFormatError, IndexOptionError, MedciteIndexError
from ingest.errors import CorpusError, IngestError, MedciteError
from service.api.app import STATUS, create_app, status_of
from service.api.deps import get_answerer
from service.errors import QuestionError, ServiceError, SettingError, UserError
from tests.conftest import wait_ready

FAMILIES: dict[str, type[MedciteError]] = {"ingest": IngestError, "index": MedciteIndexError,
                                           "service": ServiceError, "eval": EvalError}


def _error_classes() -> list[tuple[str, type[BaseException]]]:
    """Every exception class defined in a module of the four packages, with the package it belongs to."""
    found = []
    for package in FAMILIES:
        for info in pkgutil.walk_packages(importlib.import_module(package).__path__, f"{package}."):
            module = importlib.import_module(info.name)
            found += [(package, obj) for obj in vars(module).values()
                      if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == module.__name__]
    return found


def test_every_error_class_derives_from_its_packages_family() -> None:
    classes = _error_classes()
    assert len(classes) >= 25  # the walk really found the errors modules
    strays = [f"{cls.__module__}.{cls.__name__}" for package, cls in classes
              if cls is not MedciteError and not issubclass(cls, FAMILIES[package])]
    assert strays == []
    assert all(issubclass(family, MedciteError) for family in FAMILIES.values())
    assert not any(issubclass(cls, ValueError) for _, cls in classes)  # none can be caught as a bug's ValueError


class _Model(BaseModel):
    n: int


def test_the_status_table_maps_medcite_errors_only() -> None:
    assert all(issubclass(kind, MedciteError) for kind, _ in STATUS)
    with pytest.raises(ValidationError) as caught:
        _Model(n="not a number")  # type: ignore[arg-type]
    assert status_of(caught.value) == 500  # a model a route builds wrongly is a bug, not the client's 422
    assert status_of(ValueError("a bug")) == 500
    assert status_of(KeyError("a bug")) == 500
    assert status_of(QuestionError("the question is empty")) == 422
    assert status_of(UserError("unknown queue filter")) == 422
    assert status_of(IndexOptionError("unknown search mode")) == 422
    assert status_of(IndexFormatError("damaged")) == 503
    assert status_of(CorpusError("no corpus")) == 500  # no request reads a corpus: if one does, it is a bug


@pytest.mark.parametrize(("raised", "status"), [(ValueError("a bug"), 500), (QuestionError("not answerable"), 422)])
def test_an_answerer_that_raises_is_a_500_for_a_bug_and_a_422_for_a_question_error(settings, raised, status) -> None:
    def answerer(*args: object, **kwargs: object) -> None:
        raise raised

    app = create_app(settings)
    app.dependency_overrides[get_answerer] = lambda: answerer
    with TestClient(app, raise_server_exceptions=False) as client:
        wait_ready(client)
        response = client.post("/v1/answers", json={"question": "Does warfarin interact with vitamin K?"})
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    detail = response.json()["detail"]
    assert detail == ("internal error (logged on the server)" if status == 500 else "not answerable")


@pytest.mark.parametrize("module", ["service.console", "eval.console"])
@pytest.mark.parametrize("error", [CorpusError("no corpus"), IndexOptionError("unknown search mode 'x'"),
                                   SettingError("MEDCITE_X=1: bad"), DatasetError("no queries.jsonl")])
def test_the_cli_wrappers_turn_medcite_errors_into_one_line(module, error, capsys) -> None:
    user_errors = importlib.import_module(module).user_errors
    with pytest.raises(typer.Exit) as caught:
        with user_errors():
            raise error
    assert caught.value.exit_code == 2
    assert capsys.readouterr().err.splitlines() == [f"{'medcite-eval' if 'eval' in module else 'medcite'}: error: {error}"]


@pytest.mark.parametrize("module", ["service.console", "eval.console"])
@pytest.mark.parametrize("bug", [ValueError("a bug"), KeyError("a bug"), TypeError("a bug")])
def test_the_cli_wrappers_let_a_bug_show_its_traceback(module, bug, capsys) -> None:
    user_errors = importlib.import_module(module).user_errors
    with pytest.raises(type(bug)):
        with user_errors():
            raise bug
    assert capsys.readouterr().err == ""
