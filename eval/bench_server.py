"""A real ``medcite serve`` for the benchmark: started on a free loopback port with its own answer
database, waited for until ready, warmed up, and stopped with its whole process group."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from eval.bench_proc import cpu_seconds, descendants, pss_mb, status_mb
from eval.errors import BenchServerError
from eval.load import run_load

READY_TIMEOUT = 600.0  # a cold server loads torch, the model and the index; slow on a busy machine


@dataclass
class ServerRun:
    """A running benchmark server: its URL, its processes' ids and its log file."""

    url: str
    process: subprocess.Popen
    log: Path

    def pids(self) -> list[int]:
        """The server process and every process under it (uvicorn workers)."""
        return [self.process.pid, *descendants(self.process.pid)]

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak RSS (VmHWM) of each server process, by pid; pages shared between workers count in each."""
        return {str(pid): mb for pid in self.pids() if (mb := status_mb(pid, "VmHWM")) is not None}

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server's processes have used so far."""
        return cpu_seconds(self.pids())

    def pss_mb(self) -> float:
        """The server's current proportional set size (shared pages split between the processes)."""
        return round(sum(pss_mb(pid) for pid in self.pids()), 1)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(index_dir: Path, workers: int = 1, ready_timeout: float = READY_TIMEOUT,
                   extra_env: dict[str, str] | None = None, extra_args: tuple[str, ...] = ()) -> Iterator[ServerRun]:
    """``medcite serve`` on a free loopback port, over ``index_dir``, with a fresh answer database in a
    temporary folder; yields once /readyz says the index is loaded, and stops the server after."""
    with tempfile.TemporaryDirectory(prefix="medcite-bench-") as tmp:
        port = free_port()
        env = {**os.environ, "MEDCITE_INDEX": str(index_dir), "MEDCITE_DB": str(Path(tmp) / "answers.sqlite"),
               "MEDCITE_DATA_DIR": tmp, **(extra_env or {})}
        env.pop("MEDCITE_ADMIN_TOKEN", None)
        log = Path(tmp) / "server.log"
        command = [sys.executable, "-m", "service.cli", "serve", "--index", str(index_dir), "--host", "127.0.0.1",
                   "--port", str(port), "--workers", str(workers), *extra_args]
        with log.open("wb") as out:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        run = ServerRun(url=f"http://127.0.0.1:{port}", process=process, log=log)
        try:
            _wait_ready(run, ready_timeout)
            yield run
        finally:
            _stop(process)


def warm_up(url: str, questions: list[str], workers: int, rounds: int = 20) -> None:
    """Ask until every worker has answered a few times in a row without an error: a worker that is still
    loading answers 503, and first answers pay for lazy imports and caches."""
    bodies = [{"question": q} for q in questions]
    for _ in range(rounds):
        result = run_load(url, bodies, concurrency=max(workers, 1) * 2, requests=max(workers, 1) * 8,
                          time_cap=120.0)
        if result.errors == 0:
            return
        time.sleep(0.5)
    raise BenchServerError(f"the server kept failing during warm-up: {result.statuses}")


def _wait_ready(run: ServerRun, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    host_port = run.url.removeprefix("http://")
    while True:
        if run.process.poll() is not None:
            raise BenchServerError(f"the server exited with {run.process.returncode}: {_tail(run.log)}")
        try:
            con = http.client.HTTPConnection(host_port, timeout=5)
            con.request("GET", "/readyz")
            status = con.getresponse().status
            con.close()
            if status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise BenchServerError(f"the server was not ready after {timeout:.0f}s: {_tail(run.log)}")
        time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the server's process group (uvicorn stops its workers), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def _tail(log: Path, lines: int = 15) -> str:
    try:
        return " | ".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
