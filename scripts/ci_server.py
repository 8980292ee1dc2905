"""A real ``medcite serve`` in a child process, for the CI drivers (fuzz, soak, faults): start it on a free
loopback port over a given index and answer database, wait until it is ready, read its memory, stop it
gently (SIGTERM) or not at all (SIGKILL). Plain Python; run from the repository root."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from eval.bench_server import free_port

REPO = Path(__file__).resolve().parents[1]
ADMIN_TOKEN = "ci-admin-token"


def _env(**settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDCITE_")}
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(settings)
    return env


def build_index(index: Path) -> Path:
    """The index of the default corpus at ``index`` (built once; later calls reuse it)."""
    if not index.exists():
        subprocess.run([sys.executable, "-m", "service.cli", "index", "build", str(REPO / "corpus"),
                        "--index", str(index)], env=_env(), check=True, stdout=subprocess.DEVNULL)
    return index


def copy_index(index: Path, target: Path) -> Path:
    """A private copy of an index directory (its link and version folder), to damage or rebuild."""
    from index.location import current_version, versions_dir

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(versions_dir(index), versions_dir(target), symlinks=True)
    target.symlink_to(os.readlink(index))
    assert current_version(target).is_dir()
    return target


class Server:
    """One ``medcite serve`` process over ``index`` and ``db`` (the admin token set)."""

    def __init__(self, index: Path, db: Path, log: Path, **settings: str) -> None:
        self.index, self.db, self.log_path = index, db, log
        self.settings = settings
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, ready: bool = True, timeout: float = 180, attempts: int = 3) -> "Server":
        """Start the server and wait until it listens (and, with ``ready``, until /readyz is 200). A port taken
        between choosing it and the server binding it (the server binds only after loading its index, and the
        ephemeral range the free port comes from is also where other connections' local ports come from) is
        replaced by another free port, up to ``attempts`` starts."""
        env = _env(MEDCITE_INDEX=str(self.index), MEDCITE_DB=str(self.db), MEDCITE_ADMIN_TOKEN=ADMIN_TOKEN,
                   MEDCITE_DATA_DIR=str(self.db.parent), **self.settings)
        self.log_file = open(self.log_path, "ab")
        for _ in range(attempts):
            logged = self.log_path.stat().st_size
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "serve", "--port", str(self.port), "--no-access-log"],
                env=env, cwd=REPO, stdout=self.log_file, stderr=subprocess.STDOUT)
            if not self._port_taken(logged, timeout, ready):
                return self
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
        raise RuntimeError(f"the server's port was taken at each of {attempts} starts; see {self.log_path}")

    def _port_taken(self, logged: int, timeout: float, ready: bool) -> bool:
        """Wait until the started server is up (False), or find it exited because its port was taken (True);
        any other exit, or no readiness within ``timeout``, raises. ``logged``: the log's size before the start."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                self.log_file.flush()
                with open(self.log_path, "rb") as log:
                    log.seek(logged)
                    if b"already in use" in log.read():  # uvicorn's bind error, or the CLI's own check
                        return True
                raise RuntimeError(f"the server exited with {self.process.returncode}; see {self.log_path}")
            try:
                status = httpx.get(self.url + ("/readyz" if ready else "/healthz"), timeout=5).status_code
                if status == 200 or (not ready and status < 500):
                    return False
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"the server was not ready within {timeout:.0f} s; see {self.log_path}")
            time.sleep(0.2)

    def rss_mb(self) -> float:
        """The server's resident memory (Linux /proc), in MB."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS in /proc")

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait for the exit (SIGKILL after ``timeout``); returns the exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log_file.close()
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL: the process gets no chance to finish anything."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.stop()
