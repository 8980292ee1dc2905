"""The service benchmark: the load generator counts answers, errors and throughput as a user would, and
one small ``medcite-eval bench`` run reports every required figure."""
from __future__ import annotations

import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest
from typer.testing import CliRunner

from eval.bench_questions import read_questions
from eval.bench_server import free_port
from eval.cli import app
from eval.load import run_load
from index.build import build_index
from service.settings import REPO_CORPUS

REQUIRED = ("answer_p50_ms", "answer_p99_ms", "floor_p50_ms", "http_answers_per_s", "http_errors",
            "ingest_chunks_per_s", "raw_encode_chunks_per_s", "rss_mb")


class _Handler(BaseHTTPRequestHandler):
    """201 for a body asking {"ok": true}, 500 otherwise; keep-alive, with a small delay per request."""

    protocol_version = "HTTP/1.1"
    delay = 0.01
    in_flight = 0  # requests being served now, and the most served at once since the last reset
    most_in_flight = 0
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802 - the http.server naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.most_in_flight = max(cls.most_in_flight, cls.in_flight)
        time.sleep(self.delay)
        with cls.lock:
            cls.in_flight -= 1
        payload = b'{"id": "x"}'
        self.send_response(201 if body.get("ok") else 500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def tiny_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/answers"
    server.shutdown()
    server.server_close()


def test_load_counts_answers_and_errors_separately(tiny_server):
    bodies = [{"ok": True}, {"ok": True}, {"ok": False}]
    result = run_load(tiny_server, bodies, concurrency=4, requests=30)
    assert (result.sent, result.answers, result.errors) == (30, 20, 10)
    assert result.statuses == {"201": 20, "500": 10}
    assert not result.capped
    # Throughput counts answers only, over the wall time of the level.
    assert result.answers_per_s == pytest.approx(20 / result.seconds)
    assert result.p50_ms >= _Handler.delay * 1000 * 0.9


def _most_in_flight(url: str, concurrency: int, requests: int) -> int:
    _Handler.most_in_flight = 0
    result = run_load(url, [{"ok": True}], concurrency=concurrency, requests=requests)
    assert result.errors == 0 and result.answers == requests
    return _Handler.most_in_flight


def test_load_clients_overlap_their_requests(tiny_server):
    # Counted by the server, not timed: one client never has two requests out; eight have several at once.
    assert _most_in_flight(tiny_server, concurrency=1, requests=20) == 1
    assert _most_in_flight(tiny_server, concurrency=8, requests=40) >= 2


def test_refused_connections_are_errors_not_answers():
    url = f"http://127.0.0.1:{free_port()}/v1/answers"
    result = run_load(url, [{"ok": True}], concurrency=2, requests=6, timeout=2)
    assert (result.answers, result.errors) == (0, 6)
    assert result.answers_per_s == 0
    assert set(result.statuses) == {"ConnectionRefusedError"}


def test_time_cap_stops_sending(tiny_server):
    result = run_load(tiny_server, [{"ok": True}], concurrency=1, requests=10_000, time_cap=0.3)
    assert result.capped and 0 < result.sent < 10_000 and result.errors == 0


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        run_load("https://127.0.0.1:1/x", [{"ok": True}], 1, 1)
    with pytest.raises(ValueError):
        run_load("http://127.0.0.1:1/x", [], 1, 1)


def test_questions_from_a_file_skip_blanks_and_comments(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("# asthma\nWhat is the first-line treatment for asthma?\n\n  Is warfarin safe?  \n")
    assert read_questions(path) == ["What is the first-line treatment for asthma?", "Is warfarin safe?"]
    assert len(read_questions(None)) >= 30


def test_bench_json_has_every_required_figure(tmp_path):
    """One whole run on a three-document corpus with a handful of requests (well under a minute on 2 cores
    when the machine is idle: most of it is the server loading torch)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in sorted(REPO_CORPUS.glob("*.md"))[:3]:
        shutil.copy(source, corpus / source.name)
    questions = tmp_path / "questions.txt"
    questions.write_text("Can vitamin K2 be used to treat tendon calcification?\nDoes vitamin K interact with warfarin?\n")
    index = tmp_path / "index"
    build_index(corpus, index)
    started = time.monotonic()
    result = CliRunner().invoke(app, ["bench", "--index", str(index), "--corpus", str(corpus),
                                      "--questions", str(questions), "--concurrency", "1,2", "--requests", "6",
                                      "--repeats", "1", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    for key in REQUIRED:
        assert data[key] is not None, key
    assert data["http_errors"] == 0
    assert set(data["http_answers_per_s_by_concurrency"]) == {"1", "2"}
    assert all(level["answers"] == 6 for level in data["http_levels"])
    assert data["floor_p50_ms"] > 0 and data["answer_p50_ms"] > 0
    assert data["ingest_chunks_per_s"] > 0 and data["raw_encode_chunks_per_s"] > 0
    assert data["rss_mb"]["bench"] > 0 and data["rss_mb"]["server_peak_sum"] > 0
    assert time.monotonic() - started < 600  # a bound for a busy machine; idle it is far less


def test_bench_refuses_a_bad_concurrency_list(tmp_path):
    result = CliRunner().invoke(app, ["bench", "--index", str(tmp_path), "--concurrency", "4,zero"])
    assert result.exit_code == 2
