"""The FastAPI app: ``create_app(settings)`` wires the store, the index runtime, the routers and the
middleware, and maps medcite's own errors to HTTP statuses in one table (``STATUS``): any other exception, a
``ValueError`` from a bug among them, is a 500. Every error response
is an RFC 9457 problem document (service.api.problems), and the schema declares it for each route.

Run it with ``medcite serve`` or ``uvicorn --factory service.api.app:create_app``.
"""
from __future__ import annotations

import logging
import signal
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from types import FrameType
from typing import AsyncIterator

import anyio
import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.errors import IndexOptionError, IndexStoreError, MedciteIndexError
from ingest.errors import MedciteError
from service.errors import (AdminDisabledError, AnswerNotFoundError, AnswerStoreError, IndexNotReadyError,
                            RateLimitedError, RebuildRunningError, ReviewTransitionError, RevisionConflictError,
                            ShuttingDownError, UnauthorizedError, UserError)
from service.api.limits import RateLimiter
from service.api.middleware import BodyLimit, CatchAll, HeadAsGet, SecurityHeaders
from service.api.observe import Metrics, RequestContext
from service.api.problems import ProblemResponse, add_problem_schemas, problem
from service.api.routers import answers, health, index_admin, pages, review, review_pages, search
from service.collector import settle
from service.runtime import IndexRuntime
from service.settings import Settings
from service.staleness import StaleChecker, StaleSettings
from service.store import AnswerStore

log = logging.getLogger("medcite.app")

STATIC = Path(__file__).resolve().parent / "static"
# Swagger UI's script and styles, from the fastapi-offline package: /docs works without reaching a CDN.
SWAGGER_STATIC = Path(fastapi_offline.__file__).resolve().parent / "static"

# MedciteError -> HTTP status, most specific first (the first class the error is an instance of wins). Only
# medcite's own errors are here: anything else, a MedciteError not listed among them, is a 500.
STATUS: tuple[tuple[type[MedciteError], int], ...] = (
    (AnswerNotFoundError, 404),
    (UserError, 422),  # QuestionError among them
    (UnauthorizedError, 401),
    (AdminDisabledError, 503),
    (RebuildRunningError, 409),
    (ReviewTransitionError, 409),
    (RevisionConflictError, 409),
    (RateLimitedError, 429),
    (IndexNotReadyError, 503),
    (ShuttingDownError, 503),
    (AnswerStoreError, 503),
    (IndexOptionError, 422),
    (MedciteIndexError, 503),
)
_HEADERS: dict[int, dict[str, str]] = {401: {"WWW-Authenticate": "Bearer"}}


def create_app(settings: Settings | None = None, preload: bool = False) -> FastAPI:
    """A medcite app for ``settings`` (default: from the environment).

    The index is loaded once at startup, in a background thread (built from ``settings.corpus`` first when
    ``settings.index_path`` holds none): /healthz answers at once, /readyz turns 200 when the index is in.
    With ``preload`` an existing index is loaded before startup ends, so the server takes no connection
    before it can answer (what a worker beside others must do: a client should never meet the one
    worker that is still loading). A worker answers ``settings.answer_threads`` questions at once.
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime: IndexRuntime = app.state.runtime
        app.state.answer_limiter = anyio.CapacityLimiter(settings.answer_threads)
        _drain_on_sigterm(app)
        if preload and runtime.backend.exists():
            await anyio.to_thread.run_sync(runtime.load)
        else:
            runtime.load_in_background()
        yield

    app = FastAPI(title="medcite", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Extractive, reference-numbered answers to clinical questions.")
    app.state.settings = settings
    app.state.store = AnswerStore(settings.db_path)
    app.state.runtime = IndexRuntime(settings.index_path, settings.corpus, settings.model,
                                     backend=settings.index_backend())
    # After each index swap, mark the stored answers whose evidence changed (in the background, bounded).
    app.state.stale_checker = StaleChecker(app.state.store, StaleSettings(
        max_searches=settings.stale_max_searches, budget_s=settings.stale_budget_s))
    app.state.runtime.on_swap(app.state.stale_checker.after_swap)
    app.state.metrics = Metrics(app.state.runtime)
    app.state.draining = threading.Event()
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute else None
    for router in (answers.router, review.router, search.router, index_admin.router, health.router, pages.router,
                   review_pages.router):
        app.include_router(router)
    app.mount("/static/docs", StaticFiles(directory=SWAGGER_STATIC), name="docs-static")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for kind, _ in STATUS:
        app.add_exception_handler(kind, _service_error)
    # Starlette types every handler as taking Exception; it calls each with the class it is registered for.
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    # Each middleware wraps those added before it, so RequestContext is the outermost (it counts and logs
    # every response) and CatchAll turns anything unmapped into a 500 problem without dropping the connection.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(CatchAll)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestContext, metrics=app.state.metrics)
    app.openapi = lambda: _openapi(app, settings)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI, settings: Settings) -> dict:
    """The schema, with the Problem shape every error response refers to, and the question limits the
    app really applies (the maximum length is a setting)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        add_problem_schemas(schema)
        limit = settings.max_question_chars
        schema["components"]["schemas"]["AskRequest"]["properties"]["question"]["maxLength"] = limit
        for parameter in schema["paths"]["/v1/search"]["get"]["parameters"]:
            if parameter["name"] == "q":
                parameter["schema"]["maxLength"] = limit
        app.openapi_schema = schema
    return app.openapi_schema


def _drain_on_sigterm(app: FastAPI) -> None:
    """On SIGTERM, refuse new questions (503) while uvicorn finishes the requests in flight and stops.

    uvicorn has installed its own handler by the time the app starts; ours marks the app as draining and
    hands the signal on. Outside the main thread (a test client) signals cannot be caught: nothing to do.
    """
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum: int, frame: FrameType | None) -> None:
        app.state.draining.set()
        log.info("SIGTERM: finishing the requests in flight, refusing new questions")
        if callable(previous):
            previous(signum, frame)

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an app run inside a test or an embedding host): no hook there
        log.info("SIGTERM drain not installed: the app does not run in the main thread")


def worker_app() -> FastAPI:
    """The app of one ``medcite serve`` worker process (a uvicorn factory): settings from the environment
    ``serve`` exported them to (service.settings.export_settings), torch capped to ``torch_threads``
    threads, the index loaded before the worker accepts, and what it loaded frozen out of the garbage collector's
    reach after each load (``collector.settle``)."""
    settings = Settings()
    if settings.torch_threads:
        import torch

        torch.set_num_threads(settings.torch_threads)
    app = create_app(settings, preload=True)
    # Once the index is in (and after each swap), what the worker loaded is kept out of the collector's walks.
    app.state.runtime.on_swap(settle)
    return app


def status_of(exc: Exception) -> int:
    """The HTTP status of an error (500 for one the table does not know: a bug)."""
    return next((code for kind, code in STATUS if isinstance(exc, kind)), 500)


async def _service_error(request: Request, exc: Exception) -> ProblemResponse:
    code = status_of(exc)
    if code == 500:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return problem(500, "internal error (logged on the server)")
    if isinstance(exc, IndexStoreError):
        request.app.state.runtime.store_failed(exc)
    headers = dict(_HEADERS.get(code, {}))
    if isinstance(exc, (IndexNotReadyError, ShuttingDownError, IndexStoreError)):
        headers["Retry-After"] = "5"
    if isinstance(exc, RateLimitedError):
        headers["Retry-After"] = str(int(exc.retry_after))
    return problem(code, str(exc), headers=headers)


async def _http_error(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
    """Routing errors (404, 405) as problems. FastAPI's 400 for a body it could not parse (not UTF-8,
    nested too deeply) is a 422 like every other unreadable body."""
    if exc.status_code == 400:
        return problem(422, "the body could not be read as JSON: it must be UTF-8 JSON, nested less deeply "
                            "than 500 levels",
                       errors=[{"loc": ["body"], "msg": str(exc.detail), "type": "json_invalid"}])
    detail = exc.detail if isinstance(exc.detail, str) else "error"
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no route {request.url.path}"
    if exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
    return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _invalid_request(request: Request, exc: RequestValidationError) -> ProblemResponse:
    """422 with a one-line ``detail`` a person can read, and the structured ``errors`` (without the input
    echoed back) beside it."""
    errors = [{k: e[k] for k in ("type", "loc", "msg") if k in e} for e in exc.errors()]
    return problem(422, "; ".join(_describe(e) for e in exc.errors()) or "invalid request",
                   errors=jsonable_encoder(errors))


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
