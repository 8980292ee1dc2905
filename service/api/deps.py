"""FastAPI dependencies: the settings, store, index runtime and answerer of the app, and the admin check.

They are ``async def`` because none of them blocks: FastAPI runs a plain ``def`` dependency in the thread
pool, which would cost every request one thread hop per dependency for an attribute lookup.
"""
from __future__ import annotations

import secrets
from typing import AsyncIterator, Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from index.search import Index
from service.answer.pipeline import answer_question
from service.errors import AdminDisabledError, ShuttingDownError, UnauthorizedError
from service.answer.models import Answer
from service.runtime import IndexRuntime
from service.settings import Settings
from service.store import AnswerStore

Answerer = Callable[..., Answer]  # (index, question, audience, follows) -> Answer, as answer_question

_bearer = HTTPBearer(auto_error=False, description="MEDCITE_ADMIN_TOKEN")


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


async def get_store(request: Request) -> AnswerStore:
    """The answer store of the app."""
    return request.app.state.store


async def get_runtime(request: Request) -> IndexRuntime:
    """The holder of the app's loaded index."""
    return request.app.state.runtime


async def get_answerer() -> Answerer:
    """The function that turns a question into an Answer (a dependency, so it can be overridden)."""
    return answer_question


async def require_admin(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
                  settings: Settings = Depends(get_settings)) -> None:
    """Let the request through only with ``Authorization: Bearer <MEDCITE_ADMIN_TOKEN>``."""
    if not settings.admin_token:
        raise AdminDisabledError("review and index rebuild are disabled: no MEDCITE_ADMIN_TOKEN is configured")
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise UnauthorizedError("this endpoint needs an 'Authorization: Bearer <admin token>' header")
    if not secrets.compare_digest(credentials.credentials.encode(), settings.admin_token.encode()):
        raise UnauthorizedError("the admin token is not valid")


async def current_index(runtime: IndexRuntime = Depends(get_runtime)) -> AsyncIterator[Index]:
    """The index version this request uses from start to end, leased so that a rebuild that swaps it out
    meanwhile closes it only after the request is done."""
    with runtime.lease() as index:
        yield index


async def admit_question(request: Request) -> None:
    """Refuse a new question while the server shuts down (503), or when its client is over the rate
    limit (429, when one is configured)."""
    if request.app.state.draining.is_set():
        raise ShuttingDownError("the server is shutting down; ask again in a moment")
    limiter = request.app.state.rate_limiter
    if limiter is not None:
        limiter.take(request.client.host if request.client else "unknown")
