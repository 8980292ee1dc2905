"""The review pages at ``/review``: sign in with an admin token, the queue, one answer with its history.

Every page needs the session cookie; without it a page answers 401 with the sign-in form, and a form
post answers 401 too. Form posts also carry the session's CSRF token (403 without it). Each action calls
the same store functions as its API endpoint.
"""
from __future__ import annotations

from functools import partial
from urllib.parse import parse_qs, quote

import anyio
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.answer.models import Audience
from service.api.auth import Reviewer, check_token, csrf_ok, csrf_token, session_reviewer, sign_in, sign_out
from service.api.deps import AnswererDep, AnswerLimiterDep, RuntimeDep, SettingsDep, StoreDep
from service.api.limits import MAX_REVISION
from service.api.review_render import answer_review_page, login_page, queue_page
from service.api.routers.pages import html_page
from service.api.routers.review import refresh_answer, revision_or_404
from service.errors import (AdminDisabledError, ReviewTransitionError, RevisionConflictError, UnauthorizedError,
                            UserError)
from service.revisions import diff_revisions
from service.settings import Settings
from service.store import QUEUE_FILTERS, AnswerStore

router = APIRouter(prefix="/review", include_in_schema=False)

MAX_FORM_BYTES = 16_384  # a note of 5,000 characters, url-encoded, fits with room to spare
QUEUE_PAGE = 200  # answers listed at once; the filters narrow a longer queue


@router.get("", response_class=HTMLResponse)
def queue(request: Request, store: StoreDep, settings: SettingsDep, status: str = "attention",
          audience: str | None = None, q: str | None = None) -> Response:
    """The review queue, filtered by status, audience and question text."""
    reviewer = session_reviewer(request, store, settings)
    if reviewer is None:
        return _login(settings, request.url.path)
    status = status if status in QUEUE_FILTERS else "attention"
    audience = audience if audience in tuple(Audience) else None
    items = store.queue(status=status, audience=audience, text=(q or "")[:500], limit=QUEUE_PAGE)
    return html_page(queue_page(items, reviewer.name, csrf_token(request), status, audience, q,
                                truncated=len(items) == QUEUE_PAGE))


@router.get("/login", response_class=HTMLResponse)
def login_form(settings: SettingsDep, next_url: str = Query("/review", alias="next")) -> Response:
    """The sign-in form."""
    return html_page(login_page(names_from_tokens=bool(settings.admin_tokens), next_url=_local(next_url)))


@router.post("/login")
async def login(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Check the token, open a session and go to the queue (or the page that asked for sign-in)."""
    form = await _form(request)
    next_url = _local(form.get("next", "/review"))
    try:
        reviewer = check_token(settings, form.get("token"), form.get("reviewer"))
    except (AdminDisabledError, UnauthorizedError) as exc:
        status = 503 if isinstance(exc, AdminDisabledError) else 401
        return _login(settings, next_url, error=str(exc), status_code=status)
    if not reviewer.name:
        return _login(settings, next_url, error="Type your name: the review history records who did what.",
                      status_code=422)
    response = RedirectResponse(next_url, status_code=303)
    await anyio.to_thread.run_sync(sign_in, response, store, settings, reviewer)
    return response


@router.post("/logout")
async def logout(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """End the session and clear its cookie."""
    form = await _form(request)
    signed_in = await anyio.to_thread.run_sync(session_reviewer, request, store, settings)
    if signed_in is not None and not csrf_ok(request, form.get("csrf")):
        return html_page("<!doctype html><title>Refused</title><p>This form has expired; go back and retry.</p>",
                         status_code=403)
    response = RedirectResponse("/review/login", status_code=303)
    await anyio.to_thread.run_sync(sign_out, request, response, store, settings)
    return response


@router.get("/answers/{answer_id}", response_class=HTMLResponse)
def answer(answer_id: str, request: Request, store: StoreDep, settings: SettingsDep,
           revision: int | None = Query(None, ge=1, le=MAX_REVISION),
           from_revision: int | None = Query(None, alias="from", ge=1, le=MAX_REVISION),
           to_revision: int | None = Query(None, alias="to", ge=1, le=MAX_REVISION)) -> Response:
    """One answer (its newest revision, or ``?revision=N``) beside its history; ``?from=&to=`` shows the
    difference between two revisions (by default the newest against the one before it)."""
    reviewer = session_reviewer(request, store, settings)
    if reviewer is None:
        return _login(settings, request.url.path)
    return _answer_page(request, store, reviewer, answer_id, revision, from_revision, to_revision)


@router.post("/answers/{answer_id}/status")
async def move(answer_id: str, request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Move the newest revision along the workflow (or add a note), as POST /v1/answers/{id}/review."""
    form = await _form(request)
    return await anyio.to_thread.run_sync(_move, request, store, settings, answer_id, form)


def _move(request: Request, store: AnswerStore, settings: Settings, answer_id: str, form: dict[str, str]) -> Response:
    reviewer, refused = _check_post(request, store, settings, form)
    if refused is not None:
        return refused
    try:
        store.set_review(answer_id, form.get("status", ""), form.get("note", "")[:5000], reviewer=reviewer.name,
                         revision=_revision(form.get("revision", "")))
    except (ReviewTransitionError, RevisionConflictError, UserError) as exc:
        return _answer_page(request, store, reviewer, answer_id, None, None, None, error=str(exc),
                            status_code=422 if isinstance(exc, UserError) else 409)
    return RedirectResponse(f"/review/answers/{quote(answer_id)}", status_code=303)


@router.post("/answers/{answer_id}/refresh")
async def refresh(answer_id: str, request: Request, store: StoreDep, settings: SettingsDep, runtime: RuntimeDep,
                  answerer: AnswererDep, limiter: AnswerLimiterDep) -> Response:
    """Re-answer as a new revision, as POST /v1/answers/{id}/refresh."""
    form = await _form(request)
    reviewer, refused = await anyio.to_thread.run_sync(_check_post, request, store, settings, form)
    if refused is not None:
        return refused
    await anyio.to_thread.run_sync(partial(refresh_answer, store, runtime, answerer, answer_id, reviewer.name),
                                   limiter=limiter)
    return RedirectResponse(f"/review/answers/{quote(answer_id)}", status_code=303)


def _answer_page(request: Request, store: AnswerStore, reviewer: Reviewer, answer_id: str, revision: int | None,
                 from_revision: int | None, to_revision: int | None, error: str | None = None,
                 status_code: int = 200) -> Response:
    latest = revision_or_404(store, answer_id, None)
    shown = revision_or_404(store, answer_id, revision) if revision else latest
    diff = None
    if from_revision or to_revision or latest.revision > 1:
        new = revision_or_404(store, answer_id, to_revision) if to_revision else latest
        old = revision_or_404(store, answer_id, from_revision or new.previous_revision or new.revision)
        diff = diff_revisions(old, new)
    page = answer_review_page(shown, latest, store.audit(answer_id), store.revisions(answer_id), diff,
                              reviewer.name, csrf_token(request), error=error)
    return html_page(page, status_code=status_code)


def _check_post(request: Request, store: AnswerStore, settings: Settings,
                form: dict[str, str]) -> tuple[Reviewer, Response | None]:
    """The signed-in reviewer of a form post, or the refusal to send: 401 without a session, 403 without
    the session's CSRF token."""
    reviewer = session_reviewer(request, store, settings)
    if reviewer is None:
        return Reviewer("", ""), _login(settings, "/review", error="Sign in first.")
    if not csrf_ok(request, form.get("csrf")):
        return reviewer, html_page("<!doctype html><title>Refused</title><p>This form has expired; reload the "
                                   "page and retry.</p>", status_code=403)
    return reviewer, None


def _revision(text: str) -> int | None:
    """The revision a form names: ASCII digits up to MAX_REVISION, else None (the newest). ``str.isdigit``
    alone is not enough: it accepts superscripts that ``int`` refuses, and ``int`` refuses 5,000 digits."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_REVISION)):
        return None
    return int(text) if int(text) <= MAX_REVISION else None


def _login(settings: Settings, next_url: str, error: str | None = None, status_code: int = 401) -> Response:
    return html_page(login_page(error=error, names_from_tokens=bool(settings.admin_tokens),
                                next_url=_local(next_url)), status_code=status_code)


async def _form(request: Request) -> dict[str, str]:
    """An url-encoded form body as a dict (the first value of each field); at most MAX_FORM_BYTES read."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}


def _local(url: str) -> str:
    """``url`` if it is a path on this site under /review, else /review (no open redirect)."""
    return url if url.startswith("/review") and not url.startswith("//") and "\\" not in url else "/review"
