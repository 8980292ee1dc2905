"""The /proc readings the service benchmark takes of its server's process tree (eval.bench_proc)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Iterator

import pytest

from eval.bench_proc import cpu_seconds, descendants, pss_mb, status_mb

# A parent that starts one child and waits: a two-level tree under the test's own process.
TREE = ("import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']); "
        "time.sleep(30)")


@pytest.fixture
def tree() -> Iterator[subprocess.Popen]:
    parent = subprocess.Popen([sys.executable, "-c", TREE], start_new_session=True)
    try:
        yield parent
    finally:
        os.killpg(parent.pid, 9)
        parent.wait()


def test_descendants_finds_children_and_grandchildren(tree: subprocess.Popen) -> None:
    deadline = time.monotonic() + 20
    while not descendants(tree.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    children = descendants(tree.pid)
    assert len(children) == 1
    assert tree.pid in descendants(os.getpid())
    assert set(children) <= set(descendants(os.getpid()))


def test_memory_and_cpu_of_this_process() -> None:
    sum(i * i for i in range(2_000_000))  # some CPU time to count
    peak, now = status_mb(os.getpid(), "VmHWM"), status_mb(os.getpid(), "VmRSS")
    assert peak is not None and now is not None and peak >= now > 0
    assert pss_mb(os.getpid()) > 0
    assert cpu_seconds([os.getpid()]) >= cpu_seconds([]) + 0.01


def test_a_gone_process_reads_as_nothing() -> None:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    assert descendants(done.pid) == [] and status_mb(done.pid, "VmHWM") is None
    assert pss_mb(done.pid) == 0.0 and cpu_seconds([done.pid]) == 0.0
