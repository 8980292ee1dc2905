"""Fault injection in CI, against a real ``medcite serve``:

1. ``kill -9`` of the server under load, then a restart on the same answer database: every answer the
   server acknowledged (a 201) is still there, and ``PRAGMA integrity_check`` is ok;
2. a truncated index store, a truncated FAISS file, a missing manifest: /readyz and every index route
   answer 503 with the reason, never a 500;
3. the index store truncated while the server runs: the routes that read it answer 503, never a 500, and
   /readyz answers 503 from then on.

    python scripts/faults.py --work /tmp/medcite-ci
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Callable

import httpx

from ci_server import Server, build_index, copy_index

QUESTIONS = ("Can vitamin K2 be used to treat tendon calcification?", "What dose of vitamin D is recommended?",
             "Does exercise help knee osteoarthritis?", "Is aspirin useful after a heart attack?")


def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def kill_under_load(index: Path, work: Path, seconds: float, threads: int) -> list[str]:
    """Post questions from ``threads`` clients, SIGKILL the server after ``seconds``, restart it, and
    check every acknowledged answer. Returns the problems found (empty: passed)."""
    db = work / "answers.sqlite"
    acknowledged: list[str] = []
    stop = threading.Event()
    server = Server(index, db, work / "server.log").start()

    def client(n: int) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            i = n
            while not stop.is_set():
                try:
                    response = http.post("/v1/answers", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                except httpx.TransportError:
                    return  # the server is gone: this request was never acknowledged
                if response.status_code == 201:
                    acknowledged.append(response.json()["id"])
                i += 1

    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    time.sleep(seconds)
    server.kill()
    stop.set()
    for worker in workers:
        worker.join(60)
    problems = []
    with Server(index, db, work / "server.log").start() as again:
        with httpx.Client(base_url=again.url, timeout=60) as http:
            missing = [answer_id for answer_id in acknowledged if http.get(f"/v1/answers/{answer_id}").status_code != 200]
    if missing:
        problems.append(f"{len(missing)} of {len(acknowledged)} acknowledged answers are gone after kill -9")
    con = sqlite3.connect(db)
    check = con.execute("PRAGMA integrity_check").fetchall()
    con.close()
    if check != [("ok",)]:
        problems.append(f"integrity_check after kill -9: {check[:3]}")
    print(f"faults: kill -9 after {seconds:.0f} s at concurrency {threads}: {len(acknowledged)} answers acknowledged, "
          f"{len(missing)} missing after restart, integrity_check {check[0][0]}")
    return problems


class Outcome:
    """A response's status, or the transport error that took its place (a reset connection)."""

    def __init__(self, send: Callable[[], httpx.Response]) -> None:
        try:
            response = send()
            self.status_code: int | str = response.status_code
            self.detail = response.json().get("detail", "") if response.headers.get("content-type", "").endswith(
                "json") else ""
        except httpx.TransportError as exc:
            self.status_code, self.detail = type(exc).__name__, str(exc)


def damaged_index(index: Path, work: Path, name: str, damage: Callable[[Path], None], says: str) -> list[str]:
    """Serve a copy of ``index`` damaged by ``damage``: /readyz and the index routes must be 503."""
    from index.location import current_version

    copy = copy_index(index, work / name / "index")
    damage(current_version(copy))
    problems = []
    with Server(copy, work / name / "answers.sqlite", work / name / "server.log").start(ready=False) as server:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            responses = {"/readyz": Outcome(lambda: http.get("/readyz")),
                         "/v1/search": Outcome(lambda: http.get("/v1/search", params={"q": "vitamin"})),
                         "/v1/answers": Outcome(lambda: http.post("/v1/answers", json={"question": QUESTIONS[0]}))}
    for route, response in responses.items():
        if response.status_code != 503:
            problems.append(f"{name}: {route} answered {response.status_code}, not 503")
    reason = responses["/readyz"].detail
    if says not in reason:
        problems.append(f"{name}: /readyz does not name {says}: {reason!r}")
    print(f"faults: {name}: " + ", ".join(f"{route} {r.status_code}" for route, r in responses.items())
          + f"; reason: {reason[:160]}")
    return problems


def store_damaged_while_serving(index: Path, work: Path) -> list[str]:
    """Truncate the store under a running server: search and answers must be 503, never 500, and the
    server must stop calling itself ready."""
    from index.location import current_version

    copy = copy_index(index, work / "live-store" / "index")
    problems = []
    with Server(copy, work / "live-store" / "answers.sqlite", work / "live-store" / "server.log").start() as server:
        _truncate(current_version(copy) / "store.sqlite")
        with httpx.Client(base_url=server.url, timeout=60) as http:
            responses = {"/v1/search": Outcome(lambda: http.get("/v1/search", params={"q": "vitamin K2 tendon"})),
                         "/v1/answers": Outcome(lambda: http.post("/v1/answers", json={"question": QUESTIONS[0]})),
                         "/readyz": Outcome(lambda: http.get("/readyz"))}  # after a failed read: not ready
    for route, response in responses.items():
        if response.status_code != 503:
            problems.append(f"live-store: {route} answered {response.status_code}, not 503")
    print("faults: store truncated while serving: " + ", ".join(f"{route} {r.status_code}" for route, r in responses.items()))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="Folder for the index, databases and logs.")
    parser.add_argument("--seconds", type=float, default=15, help="Load before the kill -9.")
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    work = args.work / "faults"
    work.mkdir(parents=True, exist_ok=True)
    index = build_index(args.work / "index")
    (work / "kill").mkdir(exist_ok=True)
    problems = kill_under_load(index, work / "kill", args.seconds, args.threads)
    problems += damaged_index(index, work, "truncated-store", lambda v: _truncate(v / "store.sqlite"), "store.sqlite")
    problems += damaged_index(index, work, "truncated-faiss", lambda v: _truncate(v / "vectors.faiss"), "vectors.faiss")
    problems += damaged_index(index, work, "missing-manifest", lambda v: (v / "manifest.json").unlink(), "manifest.json")
    problems += store_damaged_while_serving(index, work)
    for problem in problems:
        print(f"faults: FAILED {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
