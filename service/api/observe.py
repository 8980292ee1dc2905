"""What operators watch: Prometheus metrics (``GET /metrics``), a request id on every response, and one
structured log line per request (JSON with ``medcite serve --log-format json``).

Each app has its own metrics registry, so several apps in one process (tests, workers) never collide.
"""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from service.api.middleware import ASGIApp, Message, Receive, Scope, Send
from service.runtime import IndexRuntime

access_log = logging.getLogger("medcite.access")

REQUEST_ID_HEADER = "X-Request-ID"
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")  # a caller's id is echoed only when it is this plain
# Answers take tens of milliseconds on a small corpus and seconds on a large one under load.
ANSWER_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """The metrics of one app: requests by route and status, answer latency, and the index facts."""

    def __init__(self, runtime: IndexRuntime) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("medcite_requests", "HTTP requests by route template, method and status.",
                                ("route", "method", "status"), registry=self.registry)
        self.answer_seconds = Histogram("medcite_answer_seconds", "Time to answer POST /v1/answers (201s only).",
                                        buckets=ANSWER_BUCKETS, registry=self.registry)
        self.registry.register(_IndexCollector(runtime))


class _IndexCollector(Collector):
    """The loaded index version and size, and the rebuilds by outcome, read at scrape time."""

    def __init__(self, runtime: IndexRuntime) -> None:
        self.runtime = runtime

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        ready = GaugeMetricFamily("medcite_index_ready", "1 when an index is loaded and verified, else 0.")
        info = GaugeMetricFamily("medcite_index_info", "The loaded index version (always 1).", labels=("version",))
        size = GaugeMetricFamily("medcite_index_size", "Documents and chunks of the loaded index.", labels=("kind",))
        current = self.runtime.current()
        ready.add_metric([], 1 if current is not None else 0)
        if current is not None:
            info.add_metric([current.version], 1)
            for kind in ("documents", "chunks"):
                size.add_metric([kind], float(current.manifest.counts.get(kind, 0)))
        rebuilds = CounterMetricFamily("medcite_rebuilds", "Index rebuilds by outcome.", labels=("outcome",))
        for outcome, count in self.runtime.rebuild_counts().items():
            rebuilds.add_metric([outcome], count)
        yield from (ready, info, size, rebuilds)


class RequestContext:
    """Gives each request an id (the caller's ``X-Request-ID`` when plain, else a new one), echoes it in the
    response, counts the request by route template and status, times answers, and logs one line."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-request-id"), "")
        request_id = given if _CLIENT_ID.fullmatch(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", []),
                                                   (REQUEST_ID_HEADER.lower().encode(), request_id.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = _route_of(scope)
            self.metrics.requests.labels(route, scope["method"], str(status)).inc()
            if route == "/v1/answers" and scope["method"] == "POST" and status == 201:
                self.metrics.answer_seconds.observe(seconds)
            access_log.info("request", extra={"request": {
                "request_id": request_id, "method": scope["method"], "path": scope["path"], "route": route,
                "status": status, "ms": round(seconds * 1000, 1),
                "client": (scope.get("client") or ("", 0))[0]}})


def _route_of(scope: Scope) -> str:
    """The route template (``/v1/answers/{answer_id}``), so metrics do not grow with every id."""
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return route.path
    if scope["path"].startswith("/static/"):
        return "/static"
    return "unmatched"


class JsonFormatter(logging.Formatter):
    """One JSON object per log line: time, level, logger, message, and the request fields when present."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
                "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        line.update(getattr(record, "request", {}))
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)

    converter = staticmethod(time.gmtime)  # a plain function in the class would bind as a method for mypy


def json_log_config(level: str = "INFO") -> dict:
    """A ``logging.config.dictConfig`` (uvicorn's ``log_config``) writing JSON lines to stderr: the
    service's loggers, our request lines, uvicorn's own messages; uvicorn's access lines are replaced by ours."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "service.api.observe.JsonFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "loggers": {
            "": {"handlers": ["stderr"], "level": level},
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
