"""The FastAPI app: ``create_app(settings)`` wires the store, the index runtime and the routers, and maps
every known error to its HTTP status in one table (``STATUS``).

Run it with ``medcite serve`` or ``uvicorn --factory service.api.app:create_app``.
"""
from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

import anyio
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from index.errors import IndexError_
from service.errors import (AdminDisabledError, AnswerNotFoundError, IndexNotReadyError, QuestionError,
                            RebuildRunningError, UnauthorizedError)
from service.api.routers import answers, health, index_admin, pages, search
from service.runtime import IndexRuntime
from service.settings import Settings
from service.store import AnswerStore

log = logging.getLogger("medcite.app")

STATIC = Path(__file__).resolve().parent / "static"

# Error -> HTTP status, most specific first (the first class the error is an instance of wins).
STATUS: tuple[tuple[type[Exception], int], ...] = (
    (AnswerNotFoundError, 404),
    (QuestionError, 422),
    (UnauthorizedError, 401),
    (AdminDisabledError, 503),
    (RebuildRunningError, 409),
    (IndexNotReadyError, 503),
    (IndexError_, 503),
    (ValueError, 422),
)
_HEADERS: dict[int, dict[str, str]] = {401: {"WWW-Authenticate": "Bearer"}}


def create_app(settings: Settings | None = None, preload: bool = False, answer_threads: int = 16) -> FastAPI:
    """A medcite app for ``settings`` (default: from the environment).

    The index is loaded once at startup, in a background thread (built from ``settings.corpus`` first when
    ``settings.index_path`` holds none): /healthz answers at once, /readyz turns 200 when the index is in.
    With ``preload`` an existing index is loaded before startup ends, so the server takes no connection
    before it can answer (what a worker beside others must do: a client should never meet the one
    worker that is still loading).
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime: IndexRuntime = app.state.runtime
        app.state.answer_limiter = anyio.CapacityLimiter(answer_threads)
        if preload and runtime.backend.exists():
            await anyio.to_thread.run_sync(runtime.load)
        else:
            runtime.load_in_background()
        yield

    app = FastAPI(title="medcite", version="1", lifespan=lifespan,
                  description="Extractive, reference-numbered answers to clinical questions.")
    app.state.settings = settings
    app.state.store = AnswerStore(settings.db_path)
    app.state.runtime = IndexRuntime(settings.index_path, settings.corpus, settings.model,
                                     backend=settings.index_backend())
    for router in (answers.router, search.router, index_admin.router, health.router, pages.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for kind, _ in STATUS:
        app.add_exception_handler(kind, _service_error)
    app.add_exception_handler(Exception, _service_error)  # the 500 fallback: logged, no details leaked
    app.add_exception_handler(RequestValidationError, _invalid_request)
    return app


def worker_app() -> FastAPI:
    """The app of one ``medcite serve`` worker process (a uvicorn factory): settings from the environment,
    torch capped to ``MEDCITE_TORCH_THREADS`` threads, the index loaded before the worker accepts."""
    threads = os.environ.get("MEDCITE_TORCH_THREADS")
    if threads:
        import torch

        torch.set_num_threads(int(threads))
    answer_threads = int(os.environ.get("MEDCITE_ANSWER_THREADS") or 16)
    return create_app(Settings(), preload=True, answer_threads=answer_threads)


def status_of(exc: Exception) -> int:
    """The HTTP status of an error (500 for one the table does not know)."""
    return next((code for kind, code in STATUS if isinstance(exc, kind)), 500)


async def _service_error(request: Request, exc: Exception) -> JSONResponse:
    code = status_of(exc)
    if code == 500:
        log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"detail": "internal error"}, status_code=500)
    headers = dict(_HEADERS.get(code, {}))
    if isinstance(exc, IndexNotReadyError):
        headers["Retry-After"] = "5"
    return JSONResponse({"detail": str(exc)}, status_code=code, headers=headers)


async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with a one-line ``detail`` a person can read, and the structured ``errors`` (without the input
    echoed back) beside it."""
    errors = [{k: e[k] for k in ("type", "loc", "msg") if k in e} for e in exc.errors()]
    return JSONResponse({"detail": "; ".join(_describe(e) for e in exc.errors()) or "invalid request",
                         "errors": jsonable_encoder(errors)}, status_code=422)


def _describe(error: dict) -> str:
    loc = tuple(error.get("loc", ()))
    kind = error.get("type")
    if kind == "json_invalid":
        return "the body is not valid JSON"
    if loc == ("body",) and kind == "missing":
        return "the body is missing: send a JSON object such as {\"question\": \"...\"}"
    if loc == ("body",) and isinstance(error.get("input"), (str, bytes)):
        return "the body must be JSON (Content-Type: application/json) holding an object"
    if loc == ("body",):
        return "the body must be a JSON object"
    where = ".".join(str(part) for part in loc if part != "body") or "body"
    return f"{where}: {error.get('msg', 'invalid')}"
