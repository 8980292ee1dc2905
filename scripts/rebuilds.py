"""Rebuilds through the server release the versions they replace: rebuild ``--rebuilds`` times via
POST /v1/index/rebuild (searches running meanwhile), then compare the server's memory and open index
files after the first rebuild and after the last. Passes when RSS after the last is within ``--max-ratio``
of RSS after the first, one store file is open, and no request failed.

    python scripts/rebuilds.py --work /tmp/medcite-ci --rebuilds 10
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import httpx

from ci_server import ADMIN_TOKEN, Server, build_index, copy_index


def open_store_files(pid: int) -> int:
    """How many index store files the process has open (deleted ones included)."""
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += "store.sqlite" in os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
    return count


def rebuild(http: httpx.Client) -> None:
    """One rebuild through the API, waited for."""
    response = http.post("/v1/index/rebuild", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    response.raise_for_status()
    deadline = time.monotonic() + 300
    while (state := http.get("/v1/index").json()["rebuild"]["state"]) == "running":
        if time.monotonic() > deadline:
            raise RuntimeError("a rebuild did not finish within 300 s")
        time.sleep(0.2)
    if state != "done":
        raise RuntimeError(f"a rebuild ended {state}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="Folder for the index, database and log.")
    parser.add_argument("--rebuilds", type=int, default=10)
    parser.add_argument("--max-ratio", type=float, default=1.2)
    args = parser.parse_args()
    work = args.work / "rebuilds"
    work.mkdir(parents=True, exist_ok=True)
    index = copy_index(build_index(args.work / "index"), work / f"index-{os.getpid()}" / "index")
    errors: list[str] = []
    stop = threading.Event()
    with Server(index, work / "answers.sqlite", work / "server.log").start() as server:
        def search_meanwhile() -> None:
            with httpx.Client(base_url=server.url, timeout=60) as http:
                while not stop.is_set():
                    status = http.get("/v1/search", params={"q": "vitamin K2 tendon"}).status_code
                    if status != 200:
                        errors.append(f"search answered {status} during a rebuild")

        searcher = threading.Thread(target=search_meanwhile)
        searcher.start()
        with httpx.Client(base_url=server.url, timeout=60) as http:
            rebuild(http)
            rss_first, files_first = server.rss_mb(), open_store_files(server.process.pid)
            for _ in range(args.rebuilds - 1):
                rebuild(http)
        stop.set()  # measured once no search holds a version any more
        searcher.join(60)
        rss_last, files_last = server.rss_mb(), open_store_files(server.process.pid)
    ratio = rss_last / rss_first
    print(f"rebuilds: {args.rebuilds} rebuilds through the server with searches running: RSS {rss_first:.0f} MB after "
          f"the first, {rss_last:.0f} MB after the last ({ratio:.2f}x), open store files {files_first} -> {files_last}, "
          f"request errors {len(errors)}")
    problems = errors[:5]
    if ratio > args.max_ratio:
        problems.append(f"RSS grew {ratio:.2f}x (limit {args.max_ratio}x)")
    if files_last > 1:
        problems.append(f"{files_last} store files still open after the last rebuild")
    for problem in problems:
        print(f"rebuilds: FAILED {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
