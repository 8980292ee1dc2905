"""Passage search."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query

from service.api.models import SearchHit
from service.api.deps import get_runtime, get_settings
from service.api.limits import check_question
from service.runtime import IndexRuntime
from service.settings import Settings

router = APIRouter(prefix="/v1", tags=["search"])


@router.get("/search", response_model=list[SearchHit])
def search(q: str = Query(..., description="The search text."),
           k: int = Query(10, ge=1, le=100, description="How many passages."),
           mode: Literal["hybrid", "bm25", "dense"] = Query("hybrid"),
           settings: Settings = Depends(get_settings),
           runtime: IndexRuntime = Depends(get_runtime)) -> list[SearchHit]:
    """The k passages that best match ``q``."""
    query = check_question(q, settings.max_question_chars, what="query")
    hits = runtime.index().search(query, k=k, mode=mode)
    return [SearchHit.from_hit(h) for h in hits]
