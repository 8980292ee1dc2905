"""FastAPI dependencies: the settings, store, index runtime and answerer of the app, and the admin check.

They are ``async def`` because none of them blocks: FastAPI runs a plain ``def`` dependency in the thread
pool, which would cost every request one thread hop per dependency for an attribute lookup.
"""
from __future__ import annotations

from functools import partial
from typing import AsyncIterator, Callable

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from index.backends import SearchIndex
from service.answer.pipeline import answer_question
from service.api.auth import DEFAULT_API_REVIEWER, Reviewer, check_token
from service.errors import ShuttingDownError, UnauthorizedError
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


async def get_answerer(settings: Settings = Depends(get_settings)) -> Answerer:
    """The function that turns a question into an Answer (a dependency, so it can be overridden)."""
    return partial(answer_question, outdated_years=settings.outdated_years)


async def require_admin(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
                        settings: Settings = Depends(get_settings),
                        x_reviewer: str | None = Header(None, description="Reviewer name for the audit trail "
                                                        "(with MEDCITE_ADMIN_TOKEN; a named token names itself).")
                        ) -> Reviewer:
    """Let the request through only with ``Authorization: Bearer <admin token>``; the reviewer it names."""
    if not settings.reviewer_tokens():
        check_token(settings, None)  # raises AdminDisabledError
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise UnauthorizedError("this endpoint needs an 'Authorization: Bearer <admin token>' header")
    reviewer = check_token(settings, credentials.credentials, x_reviewer)
    return reviewer if reviewer.name else Reviewer(name=DEFAULT_API_REVIEWER, token_id=reviewer.token_id)


async def current_index(runtime: IndexRuntime = Depends(get_runtime)) -> AsyncIterator[SearchIndex]:
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
