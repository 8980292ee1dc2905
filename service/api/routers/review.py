"""Editorial review in the API: revisions and their differences, the audit trail, the review queue, the
stale checks, and refreshing an answer as a new revision. (Moving an answer along the workflow is
``POST /v1/answers/{id}/review`` in the answers router.)"""
from __future__ import annotations

from functools import partial
from typing import Literal

import anyio
from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from service.api.deps import AdminDep, Answerer, AnswererDep, AnswerLimiterDep, RuntimeDep, StoreDep, require_admin
from service.answer.models import Audience
from service.api.limits import MAX_OFFSET, MAX_REVISION
from service.api.problems import problems
from service.errors import AnswerNotFoundError
from service.revisions import AuditEntry, QueueItem, RevisionDiff, RevisionInfo, StoredAnswer, diff_revisions
from service.runtime import IndexRuntime
from service.store import QUEUE_FILTERS, AnswerStore

router = APIRouter(tags=["review"])

QueueFilter = Literal[QUEUE_FILTERS]  # type: ignore[valid-type]
_AUTH = problems(401, 422, 503, _503="No admin token configured.")
_NOT_FOUND = problems(404, 422, _404="No answer (or revision) with this id.")


@router.get("/v1/answers/{answer_id}/revisions", response_model=list[RevisionInfo], responses=_NOT_FOUND)
def revisions(answer_id: str, store: StoreDep) -> list[RevisionInfo]:
    """Every revision of an answer, oldest first: number, the revision it re-answers, index version,
    times, review status and stale mark."""
    found = store.revisions(answer_id)
    if not found:
        raise AnswerNotFoundError(f"no answer with id {answer_id!r}")
    return found


@router.get("/v1/answers/{answer_id}/diff", response_model=RevisionDiff, responses=_NOT_FOUND)
def diff(answer_id: str, store: StoreDep,
         from_revision: int | None = Query(None, alias="from", ge=1, le=MAX_REVISION,
                                           description="Default: the one before `to`."),
         to_revision: int | None = Query(None, alias="to", ge=1, le=MAX_REVISION, description="Default: the newest.")
         ) -> RevisionDiff:
    """What changed between two revisions: statements and references added and removed."""
    new = revision_or_404(store, answer_id, to_revision)
    old = revision_or_404(store, answer_id, from_revision or new.previous_revision or new.revision)
    return diff_revisions(old, new)


@router.get("/v1/answers/{answer_id}/history", response_model=list[AuditEntry], responses={**_NOT_FOUND, **_AUTH},
            dependencies=[Depends(require_admin)])
def history(answer_id: str, store: StoreDep) -> list[AuditEntry]:
    """The append-only audit trail of an answer: review moves (who, from, to, note), stale marks, refreshes."""
    revision_or_404(store, answer_id, None)
    return store.audit(answer_id)


@router.post("/v1/answers/{answer_id}/refresh", status_code=201, response_model=StoredAnswer,
             responses=problems(401, 404, 409, 422, 503, _404="No answer with this id.",
                                _503="No admin token configured, or the index is not loaded."))
async def refresh(answer_id: str, store: StoreDep, runtime: RuntimeDep, answerer: AnswererDep, reviewer: AdminDep,
                  limiter: AnswerLimiterDep) -> JSONResponse:
    """Re-answer the answer's question on the current index as its next revision (review status
    ``submitted``); the earlier revisions stay retrievable."""
    fresh = await anyio.to_thread.run_sync(
        partial(refresh_answer, store, runtime, answerer, answer_id, reviewer.name),
        limiter=limiter)
    return JSONResponse(fresh.model_dump(mode="json"), status_code=201,
                        headers={"Location": f"/v1/answers/{answer_id}?revision={fresh.revision}"})


@router.get("/v1/review/queue", response_model=list[QueueItem], responses=_AUTH,
            dependencies=[Depends(require_admin)])
def review_queue(store: StoreDep,
                 status: QueueFilter = Query("attention", description="attention = not approved, or stale."),
                 audience: Audience | None = None,
                 q: str | None = Query(None, max_length=500, description="Text the question contains."),
                 limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)
                 ) -> list[QueueItem]:
    """The answers waiting for a reviewer (stale ones first, then by status and age), filterable."""
    return store.queue(status=status, audience=audience, text=q, limit=limit, offset=offset)


@router.get("/v1/review/stale-checks", responses=_AUTH, dependencies=[Depends(require_admin)])
def stale_checks(store: StoreDep, limit: int = Query(20, ge=1, le=200)) -> list[dict]:
    """The latest stale checks run after index rebuilds, newest first, with what each marked."""
    return store.stale_checks(limit)


def refresh_answer(store: AnswerStore, runtime: IndexRuntime, answerer: Answerer, answer_id: str,
                   reviewer: str) -> StoredAnswer:
    """Answer the newest revision's question again (same audience, same follow-up link) and store the
    result as the next revision."""
    current = revision_or_404(store, answer_id, None)
    follows = store.get(current.follows) if current.follows else None
    fresh = answerer(runtime.index(), current.question, current.audience, follows=follows)
    return store.add_revision(answer_id, fresh, reviewer=reviewer)


def revision_or_404(store: AnswerStore, answer_id: str, revision: int | None) -> StoredAnswer:
    """A stored revision (the newest for None); AnswerNotFoundError naming what is missing."""
    found = store.get(answer_id, revision)
    if found is None:
        which = f" with revision {revision}" if revision is not None and store.get(answer_id) else ""
        raise AnswerNotFoundError(f"no answer with id {answer_id!r}{which}")
    return found
