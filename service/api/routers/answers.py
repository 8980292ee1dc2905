"""Answers: ask (and follow up), fetch as JSON / Markdown / HTML, review."""
from __future__ import annotations

from functools import partial
from typing import Literal

import anyio

from fastapi import APIRouter, Depends, Header, Query, Response
from fastapi.responses import JSONResponse

from index.backends import SearchIndex
from service.api.deps import (AdminDep, Answerer, AnswererDep, AnswerLimiterDep, IndexDep, SettingsDep, StoreDep,
                              admit_question)
from service.api.limits import MAX_REVISION
from service.errors import AnswerNotFoundError
from service.api.limits import check_question
from service.api.models import AskRequest, ReviewRequest
from service.api.problems import problems
from service.api.render import answer_page, to_html, to_markdown
from service.api.routers.pages import html_page
from service.revisions import StoredAnswer
from service.store import AnswerStore

router = APIRouter(prefix="/v1/answers", tags=["answers"])

Format = Literal["json", "md", "html", "fragment"]
_NOT_FOUND = "No answer with this id."


@router.post("", status_code=201, response_model=StoredAnswer, dependencies=[Depends(admit_question)],
             responses=problems(404, 413, 422, 429, 503, _404="No answer with the id in 'follows'.",
                                _422="Empty, too long or malformed question, or a malformed body."))
async def ask(body: AskRequest, settings: SettingsDep, store: StoreDep, index: IndexDep,
              answer_question: AnswererDep, limiter: AnswerLimiterDep) -> Response:
    """Answer a question (a follow-up when ``follows`` names a stored answer) and store the answer."""
    question = check_question(body.question, settings.max_question_chars)
    # Answering is CPU work: it runs in a worker thread, but only as many at once as the app's answer
    # limiter allows (more threads than cores only trade the GIL and the cores back and forth).
    return await anyio.to_thread.run_sync(
        partial(_answer_and_store, question, body, store, index, answer_question),
        limiter=limiter)


def _answer_and_store(question: str, body: AskRequest, store: AnswerStore, index: SearchIndex,
                      answer_question: Answerer) -> Response:
    previous = None
    if body.follows is not None:
        previous = store.get(body.follows)
        if previous is None:
            raise AnswerNotFoundError(f"cannot follow up: no answer with id {body.follows!r}")
    answer = answer_question(index, question, body.audience, follows=previous)
    # Serialized once, for the store and the response: the returned Response skips FastAPI's re-validation
    # and re-encoding of a model that was just built and validated (response_model still documents it).
    # It is revision 1 as GET /v1/answers/{id} will serve it (the store reads its revision fields from columns).
    body_json = StoredAnswer.model_construct(**dict(answer), revision=1, previous_revision=None,
                                             latest_revision=1, stale=None).model_dump_json()
    store.save(answer, body_json)
    return Response(body_json, status_code=201, media_type="application/json",
                    headers={"Location": f"/v1/answers/{answer.id}"})


@router.get("/{answer_id}", response_model=StoredAnswer,
            responses={200: {"content": {"text/markdown": {}, "text/html": {}}},
                       **problems(404, 422, _404=_NOT_FOUND)})
def get_answer(answer_id: str, store: StoreDep, fmt: Format | None = Query(
                   None, alias="format",
                   description="Overrides the Accept header; 'fragment' is the answer's HTML without a page "
                               "around it (what the ask page inserts)."),
               revision: int | None = Query(None, ge=1, le=MAX_REVISION,
                                            description="A revision number (default: the newest)."),
               accept: str = Header("application/json")) -> Response:
    """One stored answer (its newest revision, or ``?revision=N``): JSON by default; Markdown for
    ``text/markdown`` or ``?format=md``; an HTML page for ``text/html`` or ``?format=html``; the bare HTML
    fragment for ``?format=fragment``."""
    answer = _stored(store, answer_id, revision)
    chosen = fmt or negotiate(accept)
    vary = {"Vary": "Accept"}
    if chosen == "fragment":
        fragment = html_page(to_html(answer))
        fragment.headers.update(vary)
        return fragment
    if chosen == "md":
        return Response(to_markdown(answer), media_type="text/markdown; charset=utf-8", headers=vary)
    if chosen == "html":
        page = html_page(answer_page(answer))
        page.headers.update(vary)
        return page
    return JSONResponse(answer.model_dump(mode="json"), headers=vary)


@router.post("/{answer_id}/review", response_model=StoredAnswer,
             responses=problems(401, 404, 409, 413, 422, 503, _404=_NOT_FOUND,
                                _409="A move the review workflow does not allow, or not the newest revision.",
                                _503="No admin token configured."))
def review(answer_id: str, body: ReviewRequest, store: StoreDep, reviewer: AdminDep,
           revision: int | None = Query(None, ge=1, le=MAX_REVISION,
                                        description="409 unless this is still the newest revision.")
           ) -> StoredAnswer:
    """Move the newest revision of an answer along the review workflow (submitted -> under_review ->
    approved or changes_requested; back to under_review to reopen), with a note; recorded under the
    reviewer's name in the audit trail."""
    return store.set_review(answer_id, body.status, body.note, reviewer=reviewer.name, revision=revision)


def negotiate(accept: str) -> Format:
    """The format an Accept header asks for, by the first of Markdown, HTML or JSON it names."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in ("text/markdown", "text/x-markdown"):
            return "md"
        if media in ("text/html", "application/xhtml+xml"):
            return "html"
        if media in ("application/json", "*/*", "application/*"):
            return "json"
    return "json"


def _stored(store: AnswerStore, answer_id: str, revision: int | None = None) -> StoredAnswer:
    answer = store.get(answer_id, revision)
    if answer is None:
        which = f" with revision {revision}" if revision is not None and store.get(answer_id) else ""
        raise AnswerNotFoundError(f"no answer with id {answer_id!r}{which}")
    return answer
