"""One error body for every 4xx and 5xx: RFC 9457 problem details (``application/problem+json``).

``problem()`` builds the response, ``Problem`` is its schema, and ``problems(*codes)`` declares the
statuses a route can answer with, so the OpenAPI schema says what the responses really are.
"""
from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

MEDIA_TYPE = "application/problem+json"


class FieldError(BaseModel):
    """One invalid field of a request (``loc`` is its path, e.g. ``["body", "question"]``)."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An error (RFC 9457 problem details): ``detail`` says what went wrong in one readable line."""

    type: str = Field("about:blank", description="A URI naming the kind of problem (about:blank: see status).")
    title: str = Field(..., description="The status phrase, e.g. 'Unprocessable Content'.")
    status: int = Field(..., description="The HTTP status code.")
    detail: str = Field(..., description="What went wrong, for a person to read.")
    errors: list[FieldError] | None = Field(None, description="The invalid fields, for a 422.")


class ProblemResponse(JSONResponse):
    """A JSON response sent as ``application/problem+json``."""

    media_type = MEDIA_TYPE


def problem(status: int, detail: str, headers: dict[str, str] | None = None,
            errors: list[dict[str, Any]] | None = None) -> ProblemResponse:
    """The problem-details response for ``status`` with a readable ``detail``."""
    body: dict[str, Any] = {"type": "about:blank", "title": _title(status), "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return ProblemResponse(body, status_code=status, headers=headers)


# What each status means in this API, as the schema describes it when a route does not say more.
DESCRIPTIONS: dict[int, str] = {
    401: "Missing or wrong admin token.",
    404: "No such answer.",
    409: "A rebuild is already running.",
    413: "The request body is larger than the limit.",
    422: "The request is not valid (the fields and what is wrong with them are listed).",
    429: "Too many questions from this client; try again after Retry-After seconds.",
    500: "An unexpected error (logged on the server; no details are sent).",
    503: "The index is not loaded or is damaged, the server is shutting down, or the feature is disabled.",
}


_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def problems(*codes: int, **described: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the given error statuses, each a Problem (``described`` overrides a
    description: ``problems(404, _404='No answer with this id.')``); every route also gets a 500."""
    return {code: {"content": {MEDIA_TYPE: {"schema": _PROBLEM_REF}},
                   "description": described.get(f"_{code}", DESCRIPTIONS.get(code, _title(code)))}
            for code in (*codes, 500)}


def add_problem_schemas(schema: dict[str, Any]) -> dict[str, Any]:
    """Put Problem (and FieldError) into the schema's components, where ``problems()`` refers to them."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(problem_schema.pop("$defs", {}))
    components["Problem"] = problem_schema
    return schema


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
