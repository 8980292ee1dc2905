"""Schema fuzzing in CI: schemathesis, every check, a fixed seed, against a real ``medcite serve`` on
127.0.0.1 over the default corpus with the admin token set. Fails on any server error, any schema
violation, or fewer requests than ``--min-requests``.

    python scripts/fuzz.py --work /tmp/medcite-ci
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from pathlib import Path

from ci_server import ADMIN_TOKEN, Server, build_index


def count_requests(ndjson: Path) -> collections.Counter:
    """Responses by status code, from a schemathesis NDJSON report."""
    statuses: collections.Counter = collections.Counter()
    for line in ndjson.read_text().splitlines():
        event = json.loads(line)
        for interaction in event.get("ScenarioFinished", {}).get("recorder", {}).get("interactions", {}).values():
            if interaction.get("response"):
                statuses[interaction["response"]["status_code"]] += 1
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="Folder for the index, database, logs, report.")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--max-examples", type=int, default=40, help="Examples per operation and phase.")
    parser.add_argument("--min-requests", type=int, default=500)
    parser.add_argument("--max-time", type=int, default=300, help="Time budget of schemathesis, in seconds.")
    args = parser.parse_args()
    work = args.work / "fuzz"
    work.mkdir(parents=True, exist_ok=True)
    index = build_index(args.work / "index")
    report = work / "report"
    started = time.monotonic()
    with Server(index, work / "answers.sqlite", work / "server.log").start() as server:
        run = subprocess.run(
            [sys.executable, "-c", "from schemathesis.cli import schemathesis; schemathesis()", "run", server.url + "/openapi.json", "--checks", "all", "--seed", str(args.seed),
             "--max-examples", str(args.max_examples), "--max-time", str(args.max_time),
             "-H", f"Authorization: Bearer {ADMIN_TOKEN}", "--no-color", "--report", "ndjson",
             "--report-dir", str(report)],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    (work / "schemathesis.out").write_text(run.stdout)
    statuses = count_requests(max(report.glob("*.ndjson"), key=lambda p: p.stat().st_mtime))
    total, errors = sum(statuses.values()), sum(n for code, n in statuses.items() if code >= 500)
    print(f"fuzz: {total} requests in {time.monotonic() - started:.0f} s, seed {args.seed}, "
          f"statuses {dict(sorted(statuses.items()))}, server errors {errors}, schemathesis exit {run.returncode}")
    if run.returncode != 0:
        print(run.stdout[-6000:])
    failed = run.returncode != 0 or errors or total < args.min_requests
    if total < args.min_requests:
        print(f"fuzz: only {total} requests (at least {args.min_requests} wanted)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
