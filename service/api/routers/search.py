"""Passage search."""
from __future__ import annotations

from fastapi import APIRouter, Query

from index.search import SearchMode
from service.api.deps import IndexDep, SettingsDep
from service.api.limits import VISIBLE_PATTERN, check_question
from service.api.models import SearchHit
from service.api.problems import problems

router = APIRouter(prefix="/v1", tags=["search"])


@router.get("/search", response_model=list[SearchHit], responses=problems(422, 503))
def search(settings: SettingsDep, index: IndexDep,
           q: str = Query(..., description="The search text: at least one visible character.",
                          json_schema_extra={"minLength": 1, "pattern": VISIBLE_PATTERN}),
           k: int = Query(10, ge=1, le=100, description="How many passages."),
           mode: SearchMode = Query(SearchMode.HYBRID)) -> list[SearchHit]:
    """The k passages that best match ``q``."""
    query = check_question(q, settings.max_question_chars, what="query")
    hits = index.search(query, k=k, mode=mode)
    return [SearchHit.from_hit(h) for h in hits]
