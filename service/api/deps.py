"""FastAPI dependencies: the settings, store, index runtime, index, answerer and limits of the app, and the
admin check, each with its ``Annotated`` alias (``SettingsDep``, ``StoreDep``, ``IndexDep``, ...) as the
FastAPI full-stack template has them. Routes take these aliases; only this module reads ``app.state``.

They are ``async def`` because none of them blocks: FastAPI runs a plain ``def`` dependency in the thread
pool, which would cost every request one thread hop per dependency for an attribute lookup.
"""
from __future__ import annotations

from functools import partial
from typing import Annotated, AsyncIterator, Callable

import anyio
from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from index.backends import SearchIndex
from service.answer.models import Answer
from service.answer.pipeline import answer_question
from service.api.auth import DEFAULT_API_REVIEWER, Reviewer, check_token
from service.api.observe import Metrics
from service.errors import ShuttingDownError, UnauthorizedError
from service.runtime import IndexRuntime
from service.settings import Settings
from service.store import AnswerStore

Answerer = Callable[..., Answer]  # (index, question, audience, follows) -> Answer, as answer_question

_bearer = HTTPBearer(auto_error=False, description="MEDCITE_ADMIN_TOKEN")


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_store(request: Request) -> AnswerStore:
    """The answer store of the app."""
    return request.app.state.store


StoreDep = Annotated[AnswerStore, Depends(get_store)]


async def get_runtime(request: Request) -> IndexRuntime:
    """The holder of the app's loaded index."""
    return request.app.state.runtime


RuntimeDep = Annotated[IndexRuntime, Depends(get_runtime)]


async def get_metrics(request: Request) -> Metrics:
    """The app's Prometheus metrics."""
    return request.app.state.metrics


MetricsDep = Annotated[Metrics, Depends(get_metrics)]


async def get_answer_limiter(request: Request) -> anyio.CapacityLimiter:
    """The bound on the questions this worker answers at once (``settings.answer_threads``)."""
    return request.app.state.answer_limiter


AnswerLimiterDep = Annotated[anyio.CapacityLimiter, Depends(get_answer_limiter)]


async def get_answerer(settings: SettingsDep) -> Answerer:
    """The function that turns a question into an Answer (a dependency, so it can be overridden)."""
    return partial(answer_question, outdated_years=settings.outdated_years)


AnswererDep = Annotated[Answerer, Depends(get_answerer)]


async def require_admin(settings: SettingsDep,
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
                        x_reviewer: Annotated[str | None, Header(
                            description="Reviewer name for the audit trail (with MEDCITE_ADMIN_TOKEN; a named token "
                                        "names itself).")] = None) -> Reviewer:
    """Let the request through only with ``Authorization: Bearer <admin token>``; the reviewer it names."""
    if not settings.reviewer_tokens():
        check_token(settings, None)  # raises AdminDisabledError
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise UnauthorizedError("this endpoint needs an 'Authorization: Bearer <admin token>' header")
    reviewer = check_token(settings, credentials.credentials, x_reviewer)
    return reviewer if reviewer.name else Reviewer(name=DEFAULT_API_REVIEWER, token_id=reviewer.token_id)


AdminDep = Annotated[Reviewer, Depends(require_admin)]


async def current_index(runtime: RuntimeDep) -> AsyncIterator[SearchIndex]:
    """The index version this request uses from start to end, leased so that a rebuild that swaps it out
    meanwhile closes it only after the request is done."""
    with runtime.lease() as index:
        yield index


IndexDep = Annotated[SearchIndex, Depends(current_index)]


async def admit_question(request: Request) -> None:
    """Refuse a new question while the server shuts down (503), or when its client is over the rate
    limit (429, when one is configured)."""
    if request.app.state.draining.is_set():
        raise ShuttingDownError("the server is shutting down; ask again in a moment")
    limiter = request.app.state.rate_limiter
    if limiter is not None:
        limiter.take(request.client.host if request.client else "unknown")
