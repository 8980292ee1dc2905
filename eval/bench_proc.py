"""What Linux's /proc says about a process tree: its members, their memory and their CPU time."""
from __future__ import annotations

import os
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """Every process under ``pid``, children before their own children (from /proc/<pid>/task/*/children)."""
    children: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                children.append(int(child))
    except OSError:
        return []
    return [c for child in children for c in (child, *descendants(child))]


def status_mb(pid: int, key: str) -> float | None:
    """A memory line of /proc/<pid>/status (``VmHWM``, ``VmRSS``, ...) in MB; None when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def pss_mb(pid: int) -> float:
    """The process's proportional set size in MB (shared pages split between their users); 0 when gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) the processes have used so far; a process that is gone counts nothing."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks
