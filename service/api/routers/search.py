"""Passage search."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from service.api.models import SearchHit
from index.search import Index, SearchMode
from service.api.deps import current_index, get_settings
from service.api.limits import VISIBLE_PATTERN, check_question
from service.api.problems import problems
from service.settings import Settings

router = APIRouter(prefix="/v1", tags=["search"])


@router.get("/search", response_model=list[SearchHit], responses=problems(422, 503))
def search(q: str = Query(..., description="The search text: at least one visible character.",
                          json_schema_extra={"minLength": 1, "pattern": VISIBLE_PATTERN}),
           k: int = Query(10, ge=1, le=100, description="How many passages."),
           mode: SearchMode = Query(SearchMode.HYBRID),
           settings: Settings = Depends(get_settings),
           index: Index = Depends(current_index)) -> list[SearchHit]:
    """The k passages that best match ``q``."""
    query = check_question(q, settings.max_question_chars, what="query")
    hits = index.search(query, k=k, mode=mode)
    return [SearchHit.from_hit(h) for h in hits]
