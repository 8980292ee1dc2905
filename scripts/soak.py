"""A short soak in CI: a bounded mixed load (questions and follow-ups, searches, answer fetches in three
formats, reviews) against a real ``medcite serve``. Passes when no request failed, the answer store holds
exactly as many answers as were acknowledged (201), and the server's memory grew by less than
``--max-growth`` from the end of the warm-up to the end of the run.

    python scripts/soak.py --work /tmp/medcite-ci --seconds 60 --concurrency 8
"""
from __future__ import annotations

import argparse
import collections
import random
import sqlite3
import sys
import threading
import time
from pathlib import Path

import httpx

from ci_server import ADMIN_TOKEN, Server, build_index

QUESTIONS = (
    "Can vitamin K2 be used to treat tendon calcification?",
    "What dose of vitamin D is recommended for adults?",
    "Does exercise therapy help knee osteoarthritis?",
    "Is aspirin useful for preventing a second heart attack?",
    "What are the side effects of statins?",
    "How is iron deficiency anaemia treated?",
    "Which antibiotics are used for acute otitis media in children?",
    "Is metformin safe in kidney disease?",
)
FOLLOW_UPS = ("What dose is typically used?", "Are there any safety concerns?", "How strong is the evidence?")
SEARCHES = ("vitamin K2", "calcification", "statin myopathy", "inhaled corticosteroid", "warfarin vitamin K")
# Statuses a request of each kind may answer with in a healthy run (anything else is an error).
EXPECTED = {"ask": {201}, "follow": {201}, "search": {200}, "get": {200}, "review": {200}}


class Tally:
    """Counts shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: collections.Counter = collections.Counter()
        self.errors: list[str] = []
        self.created: list[str] = []

    def record(self, kind: str, response: httpx.Response | None, error: str | None = None) -> None:
        with self.lock:
            if response is None:
                self.errors.append(f"{kind}: {error}")
                return
            self.statuses[(kind, response.status_code)] += 1
            if response.status_code not in EXPECTED[kind]:
                self.errors.append(f"{kind}: {response.status_code} {response.text[:200]}")
            elif response.status_code == 201:
                self.created.append(response.json()["id"])


def client(url: str, seed: int, until: float, tally: Tally) -> None:
    """One client: a random mix of requests, weighted towards what a page user does."""
    rng = random.Random(seed)
    auth = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    with httpx.Client(base_url=url, timeout=120) as http:
        while time.monotonic() < until:
            kind = rng.choices(("ask", "follow", "search", "get", "review"), weights=(3, 1, 3, 3, 1))[0]
            with tally.lock:
                known = rng.choice(tally.created) if tally.created else None
            if kind in ("follow", "get", "review") and known is None:
                kind = "ask"
            try:
                if kind == "ask":
                    response = http.post("/v1/answers", json={"question": rng.choice(QUESTIONS),
                                                              "audience": rng.choice(("clinician", "patient"))})
                elif kind == "follow":
                    response = http.post("/v1/answers", json={"question": rng.choice(FOLLOW_UPS), "follows": known})
                elif kind == "search":
                    response = http.get("/v1/search", params={"q": rng.choice(SEARCHES), "k": rng.choice((5, 10))})
                elif kind == "get":
                    response = http.get(f"/v1/answers/{known}", params={"format": rng.choice(("json", "md", "fragment"))})
                else:
                    response = http.post(f"/v1/answers/{known}/review", headers=auth,
                                         # the review workflow allows under_review from a new answer and
                                         # again as a note, so every review of the soak is a valid move
                                         json={"status": "under_review", "note": "soak"})
            except httpx.HTTPError as exc:
                tally.record(kind, None, f"{type(exc).__name__}: {exc}")
                continue
            tally.record(kind, response)


def run(server: Server, seconds: float, concurrency: int, seed: int, tally: Tally) -> None:
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(server.url, seed + n, until, tally)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="Folder for the index, database and log.")
    parser.add_argument("--seconds", type=float, default=60, help="Length of the measured run.")
    parser.add_argument("--warmup", type=float, default=15, help="Load before the first memory reading.")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--max-growth", type=float, default=0.05, help="Allowed RSS growth after the warm-up.")
    args = parser.parse_args()
    work = args.work / "soak"
    work.mkdir(parents=True, exist_ok=True)
    db = work / "answers.sqlite"
    db.unlink(missing_ok=True)
    index = build_index(args.work / "index")
    tally = Tally()
    with Server(index, db, work / "server.log").start() as server:
        rss_start = server.rss_mb()
        run(server, args.warmup, args.concurrency, args.seed, tally)
        rss_warm = server.rss_mb()
        warm_requests = sum(tally.statuses.values())
        started = time.monotonic()
        run(server, args.seconds, args.concurrency, args.seed + 1000, tally)
        elapsed = time.monotonic() - started
        rss_end = server.rss_mb()
    con = sqlite3.connect(db)
    rows = con.execute("SELECT count(*) FROM answers").fetchone()[0]
    con.close()
    requests = sum(tally.statuses.values())
    created = sum(n for (_, code), n in tally.statuses.items() if code == 201)
    growth = (rss_end - rss_warm) / rss_warm
    by_kind = collections.Counter()
    for (kind, _), n in tally.statuses.items():
        by_kind[kind] += n
    print(f"soak: {args.warmup:.0f} s warm-up + {elapsed:.0f} s at concurrency {args.concurrency}: "
          f"{requests} requests ({requests - warm_requests} measured, {(requests - warm_requests) / elapsed:.1f}/s), "
          f"by kind {dict(by_kind)}, errors {len(tally.errors)}, 201s {created}, store rows {rows}, "
          f"RSS {rss_start:.0f} MB at start, {rss_warm:.0f} MB after warm-up, {rss_end:.0f} MB at end "
          f"({growth:+.1%})")
    problems = [f"error: {e}" for e in tally.errors[:10]]
    if rows != created:
        problems.append(f"the store holds {rows} answers but {created} were acknowledged")
    if growth >= args.max_growth:
        problems.append(f"RSS grew {growth:.1%} after the warm-up (limit {args.max_growth:.0%})")
    for problem in problems:
        print(f"soak: FAILED {problem}")
    return 1 if problems or tally.errors else 0


if __name__ == "__main__":
    sys.exit(main())
