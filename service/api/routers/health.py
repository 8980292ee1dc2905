"""Liveness, readiness and metrics."""
from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.api.deps import IndexDep, MetricsDep
from service.api.models import Health
from service.api.problems import problems

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, response_model_exclude_none=True, responses=problems())
def healthz() -> Health:
    """200 while the process is up."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health,
            responses=problems(503, _503="No index loaded (yet), or the index is damaged (the detail says how)."))
def readyz(index: IndexDep) -> Health:
    """200 once an index is loaded; 503 (with the reason) before that or when loading failed."""
    return Health(status="ready", index_version=index.version)


@router.get("/metrics", response_class=Response, responses={
    200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Prometheus text format."},
    **problems()})
def metrics(metrics: MetricsDep) -> Response:
    """Prometheus metrics: requests by route and status, answer latency, index version and size, rebuilds."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
