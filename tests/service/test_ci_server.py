"""The CI drivers' server (``scripts/ci_server.py``): a port taken before the server binds it is replaced by
another, so a port some other connection happened to take does not fail a CI run (session 38: "address already in
use" failed the rebuild check once, on a machine where other servers and clients were running)."""
from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def _ci_server():
    spec = importlib.util.spec_from_file_location("ci_server", REPO / "scripts" / "ci_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ci_server"] = module
    spec.loader.exec_module(module)
    return module


def test_a_taken_port_is_replaced_and_the_server_comes_up(corpus_index: Path, tmp_path: Path) -> None:
    ci_server = _ci_server()
    (tmp_path / "db").mkdir()
    server = ci_server.Server(corpus_index, tmp_path / "db" / "answers.sqlite", tmp_path / "server.log")
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", server.port))
        blocker.listen()
        taken = server.port
        server.start()
        try:
            assert server.port != taken
            assert "already in use" in (tmp_path / "server.log").read_text()
            assert httpx.get(server.url + "/readyz", timeout=10).status_code == 200
        finally:
            server.stop()
