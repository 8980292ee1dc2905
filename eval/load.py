"""An HTTP load generator for loopback benchmarks: N client threads, each with one keep-alive connection.

``run_load`` sends a bounded number of requests (with a time cap) and counts what came back: a request
is an answer when its status is 2xx, and an error otherwise (a 4xx/5xx status, a refused or reset
connection, a timeout). Throughput is answers per second of wall time from the first send to the last
reply, so errors never inflate it.
"""
from __future__ import annotations

import http.client
import json
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import numpy as np


@dataclass(frozen=True)
class LoadResult:
    """One load level: how many requests were sent and answered, how fast, and how long each took."""

    concurrency: int
    sent: int
    answers: int
    errors: int
    seconds: float
    answers_per_s: float
    p50_ms: float
    p99_ms: float
    statuses: dict[str, int] = field(default_factory=dict)  # status code (or exception name) -> count
    capped: bool = False  # the time cap ended the level before every request was sent

    def to_json(self) -> dict:
        """The level as the bench JSON prints it."""
        return {"concurrency": self.concurrency, "sent": self.sent, "answers": self.answers,
                "errors": self.errors, "seconds": round(self.seconds, 3),
                "answers_per_s": round(self.answers_per_s, 1), "p50_ms": round(self.p50_ms, 2),
                "p99_ms": round(self.p99_ms, 2), "statuses": self.statuses, "capped": self.capped}


def percentile_ms(seconds: list[float], q: float) -> float:
    """The q-th percentile of durations in seconds, in milliseconds (0.0 for none)."""
    return float(np.percentile(np.asarray(seconds) * 1000.0, q)) if seconds else 0.0


def run_load(url: str, bodies: list[dict], concurrency: int, requests: int, time_cap: float = 60.0,
             timeout: float = 30.0, keep_alive: bool = False) -> LoadResult:
    """POST ``requests`` JSON bodies (cycling through ``bodies``) to ``url`` from ``concurrency`` threads.

    ``url`` must be a plain ``http://`` address (the bench talks to loopback only). Sending stops early
    once ``time_cap`` seconds have passed; requests already in flight finish and count. Each request
    opens its own connection unless ``keep_alive``: uvicorn's workers share one listening socket, and
    a few long-lived connections accepted at once can all land on one worker, leaving the other idle
    (measured: 34 answers/s with kept-alive connections against 62 with a connection per request).
    """
    if not bodies:
        raise ValueError("no request bodies to send")
    if concurrency < 1 or requests < 1:
        raise ValueError("concurrency and requests must be at least 1")
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"not a plain http URL: {url!r}")
    host, port, path = parts.hostname, parts.port or 80, parts.path or "/"
    payloads = [json.dumps(b).encode() for b in bodies]
    lock = threading.Lock()
    state = {"next": 0}
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    answers = errors = 0
    capped = False
    started = time.perf_counter()
    deadline = started + time_cap
    last_reply = started

    def take() -> int | None:
        nonlocal capped
        with lock:
            n = state["next"]
            if n >= requests:
                return None
            if time.perf_counter() > deadline:
                capped = True
                return None
            state["next"] = n + 1
            return n

    def worker() -> None:
        nonlocal answers, errors, last_reply
        con: http.client.HTTPConnection | None = None
        while (n := take()) is not None:
            body = payloads[n % len(payloads)]
            sent = time.perf_counter()
            try:
                if con is None:
                    con = http.client.HTTPConnection(host, port, timeout=timeout)
                con.request("POST", path, body=body, headers={"Content-Type": "application/json"})
                response = con.getresponse()
                response.read()
                outcome = str(response.status)
                ok = 200 <= response.status < 300
                if not keep_alive or response.getheader("Connection", "").lower() == "close":
                    con.close()
                    con = None
            except (OSError, http.client.HTTPException) as exc:
                outcome, ok = type(exc).__name__, False
                if con is not None:
                    con.close()
                con = None
            done = time.perf_counter()
            with lock:
                statuses[outcome] = statuses.get(outcome, 0) + 1
                last_reply = max(last_reply, done)
                if ok:
                    answers += 1
                    latencies.append(done - sent)
                else:
                    errors += 1
        if con is not None:
            con.close()

    threads = [threading.Thread(target=worker, name=f"load-{i}", daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = max(last_reply - started, 1e-9)
    return LoadResult(concurrency=concurrency, sent=answers + errors, answers=answers, errors=errors,
                      seconds=seconds, answers_per_s=answers / seconds, p50_ms=percentile_ms(latencies, 50),
                      p99_ms=percentile_ms(latencies, 99), statuses=dict(sorted(statuses.items())),
                      capped=capped)
