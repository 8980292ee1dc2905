"""Request and response bodies of the HTTP API other than the Answer itself (service.answer.models.Answer).

The request bodies extend the answer pipeline's ones with what HTTP input needs on top: invalid Unicode
is refused naming the field, and the schema states the lengths the service enforces.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from index.search import Hit
from service.answer import models as answer_models
from service.api.limits import VISIBLE_PATTERN, has_surrogates


def _valid_unicode(text: str) -> str:
    if has_surrogates(text):
        raise ValueError("holds invalid Unicode (a lone surrogate code point)")
    return text


Text = Annotated[str, AfterValidator(_valid_unicode)]


class AskRequest(answer_models.AskRequest):
    """POST /v1/answers body."""

    # Lengths and the pattern are checked by service.api.limits.check_question (with a readable message);
    # the schema states them (the maximum comes from the max_question_chars setting, see app._openapi).
    question: Text = Field(..., description="The clinical question: at least one visible character, at most "
                                            "max_question_chars (2,000 by default).",
                           json_schema_extra={"minLength": 1, "maxLength": 2000, "pattern": VISIBLE_PATTERN})
    follows: Text | None = Field(None, description="Id of the answer this question follows up.")


class ReviewRequest(answer_models.ReviewRequest):
    """POST /v1/answers/{id}/review body."""

    note: Text = Field("", max_length=5000)


class SearchHit(BaseModel):
    """One passage found by GET /v1/search (the shape ``medcite search --json`` prints)."""

    rank: int
    doc_id: str
    title: str
    kind: str
    chunk_id: str
    heading: list[str]
    page: int | None = None
    score: float
    bm25: float | None = None
    dense: float | None = None
    text: str

    @classmethod
    def from_hit(cls, h: "Hit") -> "SearchHit":
        """The API and CLI shape of an index hit."""
        return cls(rank=h.rank, doc_id=h.document.id, title=h.document.title, kind=h.document.kind,
                   chunk_id=h.chunk.id, heading=list(h.chunk.heading), page=h.chunk.page, score=h.score,
                   bm25=h.lexical, dense=h.dense, text=h.chunk.text)


class RebuildInfo(BaseModel):
    """The last index rebuild job."""

    state: Literal["idle", "running", "done", "failed"]
    job: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    error: str | None = None
    report: dict | None = None


class IndexInfo(BaseModel):
    """GET /v1/index: facts of the loaded index version and of the last rebuild."""

    ready: bool
    detail: str | None = Field(None, description="Why no index is loaded, when none is.")
    version: str | None = None
    built_at: str | None = None
    format_version: int | None = None
    counts: dict = Field(default_factory=dict)
    model: dict = Field(default_factory=dict)
    vectors: dict = Field(default_factory=dict)
    rebuild: RebuildInfo


class RebuildAccepted(BaseModel):
    """POST /v1/index/rebuild: the job that was started."""

    status: Literal["running"] = "running"
    job: str


class Health(BaseModel):
    """GET /healthz and GET /readyz."""

    status: Literal["ok", "ready"]
    index_version: str | None = None
