"""Who is reviewing: admin tokens (one, or one per named reviewer) and the review page's session cookie.

The API takes ``Authorization: Bearer <token>``; the review page signs in once with a token and then
carries a session cookie (HttpOnly, SameSite=Strict, Secure unless turned off) whose secret is stored only
as a hash, so signing out really ends it. A session also ends when its token is no longer configured.
Forms on the page carry a CSRF token derived from the session secret.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from fastapi import Request
from fastapi.responses import Response

from service.errors import AdminDisabledError, UnauthorizedError
from service.settings import Settings
from service.store import AnswerStore

COOKIE = "medcite_review"
MAX_NAME_CHARS = 80
DEFAULT_API_REVIEWER = "admin"  # the audit name of an API call with the unnamed token and no X-Reviewer


@dataclass(frozen=True)
class Reviewer:
    """A person allowed to review: the name the audit trail records, and which token let them in."""

    name: str
    token_id: str


def token_id(token: str) -> str:
    """A short, non-reversible id of a token (what a session remembers instead of the token)."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def clean_name(text: str | None) -> str:
    """A reviewer name as typed: whitespace collapsed, at most ``MAX_NAME_CHARS`` characters."""
    return " ".join((text or "").split())[:MAX_NAME_CHARS]


def check_token(settings: Settings, presented: str | None, claimed_name: str | None = None) -> Reviewer:
    """The reviewer a token names (or ``claimed_name`` for the unnamed MEDCITE_ADMIN_TOKEN).

    AdminDisabledError when no token is configured, UnauthorizedError when ``presented`` is not one of them.
    Every configured token is compared in constant time, so the time taken does not say which one matched.
    """
    tokens = settings.reviewer_tokens()
    if not tokens:
        raise AdminDisabledError("review and index rebuild are disabled: no MEDCITE_ADMIN_TOKEN or "
                                 "MEDCITE_ADMIN_TOKENS is configured")
    if not presented:
        raise UnauthorizedError("this needs the admin token")
    match: tuple[str, str | None] | None = None
    for token, name in tokens.items():
        if secrets.compare_digest(presented.encode(), token.encode()):
            match = (token, name)
    if match is None:
        raise UnauthorizedError("the admin token is not valid")
    token, name = match
    return Reviewer(name=name or clean_name(claimed_name), token_id=token_id(token))


def session_reviewer(request: Request, store: AnswerStore, settings: Settings) -> Reviewer | None:
    """The reviewer signed in on the page with this request's cookie, or None."""
    secret = request.cookies.get(COOKIE)
    if not secret:
        return None
    session = store.session(secret)
    if session is None or session.token_id not in {token_id(t) for t in settings.reviewer_tokens()}:
        return None
    return Reviewer(name=session.reviewer, token_id=session.token_id)


def sign_in(response: Response, store: AnswerStore, settings: Settings, reviewer: Reviewer) -> None:
    """Open a session for ``reviewer`` and set its cookie on ``response``."""
    hours = settings.session_hours
    secret = store.create_session(reviewer.name, reviewer.token_id, timedelta(hours=hours))
    response.set_cookie(COOKIE, secret, max_age=int(hours * 3600), path="/", httponly=True, samesite="strict",
                        secure=settings.cookie_secure)


def sign_out(request: Request, response: Response, store: AnswerStore, settings: Settings) -> None:
    """End this request's session (if any) and clear its cookie."""
    secret = request.cookies.get(COOKIE)
    if secret:
        store.end_session(secret)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=settings.cookie_secure)


def csrf_token(request: Request) -> str:
    """The CSRF token of this request's session (empty without a session cookie)."""
    secret = request.cookies.get(COOKIE)
    if not secret:
        return ""
    return hmac.new(secret.encode(), b"medcite-review-form", hashlib.sha256).hexdigest()


def csrf_ok(request: Request, presented: str | None) -> bool:
    """Whether a form's CSRF token belongs to this request's session."""
    expected = csrf_token(request)
    return bool(expected) and secrets.compare_digest(expected.encode(), (presented or "").encode())
