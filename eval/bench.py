"""The service benchmark: how far answering is above raw retrieval, what HTTP serving sustains, and what
ingest costs beside the model's own encode, measured in one run on one index.

- floor: per question, the index's embedder on the query + a raw FAISS search + a raw bm25s retrieval
  (the least any answer must cost);
- answer: ``answer_question`` on the loaded index, in process;
- HTTP: a real ``medcite serve`` subprocess on 127.0.0.1 (a free port, its own answer database in a
  temporary folder), POST /v1/answers from 1, 4, 16 ... keep-alive clients (``eval.load``);
- ingest: ``eval.ingest_speed.measure_ingest`` (pipeline chunks/s beside raw encode chunks/s);
- memory: peak RSS of this process and of the server's processes.
"""
from __future__ import annotations

import http.client
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import numpy as np

from eval.load import LoadResult, percentile_ms, run_load

if TYPE_CHECKING:
    from index.search import Index

# Realistic clinical questions over the shared guideline corpus and the default corpus: therapy, safety,
# dosing, mechanism, diagnosis and open questions, with and without a named intervention.
BUILTIN_QUESTIONS: tuple[str, ...] = (
    "Can vitamin K2 be used to treat tendon calcification?",
    "Does vitamin K supplementation reduce vascular calcification?",
    "What is the role of matrix Gla protein in calcific tendinopathy?",
    "Is extracorporeal shock wave therapy effective for calcific tendinitis of the shoulder?",
    "What are the risks of warfarin in elderly patients with atrial fibrillation?",
    "How should warfarin be managed before surgery?",
    "Does vitamin K interact with warfarin?",
    "What dose of vitamin K should be given for an elevated INR?",
    "What is the recommended first-line treatment for mild persistent asthma?",
    "Are inhaled corticosteroids safe in children with asthma?",
    "How is asthma diagnosed in adults?",
    "What is the first-line drug treatment for hypertension in adults?",
    "Should ACE inhibitors be used in patients with diabetes and hypertension?",
    "What blood pressure target is recommended for older adults?",
    "Is metformin recommended as first-line therapy for type 2 diabetes?",
    "How often should HbA1c be measured in type 2 diabetes?",
    "What are the side effects of insulin therapy?",
    "Which antibiotics are recommended for community-acquired pneumonia?",
    "How is pneumonia treated in children?",
    "When should patients with pneumonia be admitted to hospital?",
    "What is the first-line treatment for major depression?",
    "Are SSRIs safe during pregnancy?",
    "Does cognitive behavioural therapy help depression in adolescents?",
    "How should chronic low back pain be managed?",
    "What screening is recommended for colorectal cancer?",
    "Is aspirin recommended for primary prevention of cardiovascular disease?",
    "What are the treatment options for osteoporosis in postmenopausal women?",
    "How is heart failure with reduced ejection fraction treated?",
    "Should statins be used to prevent stroke?",
    "What is the management of acute otitis media in children?",
)

FLOOR_DEPTH = 100  # what one hybrid search asks each retriever for (FusionSettings.depth)
READY_TIMEOUT = 600.0  # a cold server loads torch, the model and the index; slow on a busy machine


@dataclass(frozen=True)
class LatencyStats:
    """Per-call latencies of one measured operation: wall time, and the CPU time of this process (which
    other programs on a busy machine inflate far less than the wall time)."""

    calls: int
    p50_ms: float
    p99_ms: float
    mean_ms: float
    cpu_p50_ms: float = 0.0

    @classmethod
    def of(cls, seconds: list[float], cpu_seconds: list[float] | None = None) -> "LatencyStats":
        return cls(calls=len(seconds), p50_ms=percentile_ms(seconds, 50), p99_ms=percentile_ms(seconds, 99),
                   mean_ms=float(np.mean(seconds) * 1000.0) if seconds else 0.0,
                   cpu_p50_ms=percentile_ms(cpu_seconds or [], 50))


@dataclass
class ServerRun:
    """A running benchmark server: its URL, its processes' ids and its log file."""

    url: str
    process: subprocess.Popen
    log: Path

    def pids(self) -> list[int]:
        """The server process and every process under it (uvicorn workers)."""
        return [self.process.pid, *_descendants(self.process.pid)]

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak RSS (VmHWM) of each server process, by pid; pages shared between workers count in each."""
        return {str(pid): mb for pid in self.pids() if (mb := _status_mb(pid, "VmHWM")) is not None}

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server's processes have used so far."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def pss_mb(self) -> float:
        """The server's current proportional set size (shared pages split between the processes)."""
        return round(sum(_pss_mb(pid) for pid in self.pids()), 1)


@dataclass(frozen=True)
class BenchResult:
    """Everything one ``medcite-eval bench`` run measured."""

    index: str
    corpus: str | None
    questions: int
    workers: int
    cores: int
    floor: LatencyStats
    floor_parts_ms: dict[str, float]
    answer: LatencyStats
    http_single: LoadResult | None
    http_levels: list[LoadResult] = field(default_factory=list)
    ingest: dict | None = None
    bench_rss_mb: float = 0.0
    server_rss_mb: dict[str, float] = field(default_factory=dict)
    server_pss_mb: float = 0.0
    # Server CPU (all processes) per answer at each concurrency: what the machine's cores would sustain if
    # nothing else ran on them is cores * 1000 / this (the client's own CPU not counted).
    server_cpu_ms_per_answer: dict[str, float] = field(default_factory=dict)
    threads: int = 0  # torch threads of the in-process measurements
    load_average: tuple[float, ...] = ()  # 1-minute load average before and after: others' work on the machine

    def to_json(self) -> dict:
        """The flat JSON object the command prints (required keys first, the details after)."""
        best = max(self.http_levels, key=lambda r: r.answers_per_s, default=None)
        highest = max(self.http_levels, key=lambda r: r.concurrency, default=None)
        server_peak = round(sum(self.server_rss_mb.values()), 1)
        return {
            "answer_p50_ms": round(self.answer.p50_ms, 2),
            "answer_p99_ms": round(self.answer.p99_ms, 2),
            "floor_p50_ms": round(self.floor.p50_ms, 2),
            "answer_over_floor": round(self.answer.p50_ms / self.floor.p50_ms, 2) if self.floor.p50_ms else None,
            "http_answers_per_s": round(best.answers_per_s, 1) if best else None,
            "http_best_concurrency": best.concurrency if best else None,
            "http_answers_per_s_at_highest": round(highest.answers_per_s, 1) if highest else None,
            "http_answers_per_s_by_concurrency": {str(r.concurrency): round(r.answers_per_s, 1)
                                                  for r in self.http_levels},
            "server_cpu_ms_per_answer": self.server_cpu_ms_per_answer,
            "cpu_bound_answers_per_s": {c: round(self.cores * 1000 / ms, 1)
                                        for c, ms in self.server_cpu_ms_per_answer.items() if ms},
            "http_errors": sum(r.errors for r in self.http_levels) + (self.http_single.errors
                                                                      if self.http_single else 0),
            "http_p50_ms": round(self.http_single.p50_ms, 2) if self.http_single else None,
            "http_p99_ms": round(self.http_single.p99_ms, 2) if self.http_single else None,
            "ingest_chunks_per_s": self.ingest.get("pipeline_chunks_per_s") if self.ingest else None,
            "raw_encode_chunks_per_s": self.ingest.get("raw_chunks_per_s") if self.ingest else None,
            "ingest_ratio": self.ingest.get("ratio") if self.ingest else None,
            "rss_mb": {"bench": self.bench_rss_mb, "server_peak_sum": server_peak,
                       "server_peak_by_pid": self.server_rss_mb, "server_pss": self.server_pss_mb},
            "floor_p99_ms": round(self.floor.p99_ms, 2),
            "answer_cpu_p50_ms": round(self.answer.cpu_p50_ms, 2),
            "floor_cpu_p50_ms": round(self.floor.cpu_p50_ms, 2),
            "load_average": self.load_average,
            "threads": self.threads,
            "floor_parts_p50_ms": self.floor_parts_ms,
            "http_levels": [r.to_json() for r in self.http_levels],
            "ingest": self.ingest,
            "index": self.index, "corpus": self.corpus, "questions": self.questions,
            "workers": self.workers, "cores": self.cores,
        }


def read_questions(path: Path | None) -> list[str]:
    """Questions from a file (one a line; blank lines and ``#`` comments skipped), else the built-in list."""
    if path is None:
        return list(BUILTIN_QUESTIONS)
    lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()]
    questions = [line for line in lines if line and not line.startswith("#")]
    if not questions:
        raise ValueError(f"no questions in {path}")
    return questions


def measure_floor(index: Index, questions: list[str], repeats: int = 3,
                  depth: int = FLOOR_DEPTH) -> tuple[LatencyStats, dict[str, float]]:
    """Per question: the index's embedder on the query, a raw FAISS search and a raw bm25s retrieval
    (the index's tokenizer + ``BM25.retrieve``), each at the depth hybrid search uses. Also the p50 of
    each part."""
    from index.lexical import tokenize

    vocab = index.bm25.vocab_dict
    k_lex = min(depth, int(index.bm25.scores.get("num_docs", depth)))
    k_vec = min(depth, index.vectors.ntotal)
    parts: dict[str, list[float]] = {"encode": [], "faiss": [], "bm25": []}
    totals: list[float] = []
    cpu: list[float] = []

    def once(question: str) -> tuple[float, float, float]:
        t0 = time.perf_counter()
        vector = index.embedder.encode_query(question)
        t1 = time.perf_counter()
        index.vectors.search(vector.reshape(1, -1), k_vec)
        t2 = time.perf_counter()
        terms = [t for t in tokenize(question) if t in vocab]
        if terms:
            index.bm25.retrieve([terms], k=k_lex, show_progress=False, n_threads=0)
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2

    for question in questions:  # warm-up: first calls pay for lazy initialisation
        once(question)
    for _ in range(repeats):
        for question in questions:
            cpu_started = time.process_time()
            encode, faiss_s, bm25_s = once(question)
            cpu.append(time.process_time() - cpu_started)
            parts["encode"].append(encode)
            parts["faiss"].append(faiss_s)
            parts["bm25"].append(bm25_s)
            totals.append(encode + faiss_s + bm25_s)
    return LatencyStats.of(totals, cpu), {name: round(percentile_ms(v, 50), 2) for name, v in parts.items()}


def measure_answers(index: Index, questions: list[str], repeats: int = 3) -> LatencyStats:
    """Per question: ``answer_question`` on the loaded index, in this process."""
    from service.answer.pipeline import answer_question

    for question in questions:
        answer_question(index, question)
    seconds, cpu = [], []
    for _ in range(repeats):
        for question in questions:
            started, cpu_started = time.perf_counter(), time.process_time()
            answer_question(index, question)
            seconds.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    return LatencyStats.of(seconds, cpu)


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
    raise RuntimeError(f"the server kept failing during warm-up: {result.statuses}")


def run_bench(index_dir: Path, corpus: Path | None, questions: list[str], concurrency: list[int],
              requests: int, workers: int, repeats: int = 3, time_cap: float = 60.0, threads: int | None = None,
              say: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Every measurement of the benchmark, in order: floor, in-process answers, HTTP, ingest.

    ``threads`` caps torch in this process (the in-process and ingest measurements); the server's
    workers get ``medcite serve``'s own default (cores / workers each).
    """
    import torch

    from index.search import open_index

    load_before = os.getloadavg()[0]
    if threads:
        torch.set_num_threads(threads)
    say(f"loading {index_dir}")
    index = open_index(index_dir)
    say("floor: embed + FAISS + bm25s")
    floor, parts = measure_floor(index, questions, repeats)
    say(f"floor p50 {floor.p50_ms:.1f} ms; in-process answers")
    answer = measure_answers(index, questions, repeats)
    say(f"answer p50 {answer.p50_ms:.1f} ms; starting the server ({workers} worker(s))")
    index.close()
    single, levels = None, []
    server_cpu_ms: dict[str, float] = {}
    with running_server(index_dir, workers) as server:
        url = f"{server.url}/v1/answers"
        warm_up(url, questions, workers)
        bodies = [{"question": q} for q in questions]
        single = run_load(url, bodies, concurrency=1, requests=max(len(questions) * repeats, 1),
                          time_cap=time_cap)
        say(f"http single client p50 {single.p50_ms:.1f} ms")
        for level in concurrency:
            cpu_before = server.cpu_seconds()
            result = run_load(url, bodies, concurrency=level, requests=requests, time_cap=time_cap)
            if result.answers:
                server_cpu_ms[str(level)] = round((server.cpu_seconds() - cpu_before) * 1000 / result.answers, 1)
            say(f"http c={level}: {result.answers_per_s:.1f} answers/s, {result.errors} errors, "
                f"server CPU {server_cpu_ms.get(str(level))} ms/answer")
            levels.append(result)
        server_rss = server.peak_rss_mb()
        server_pss = server.pss_mb()
    ingest = None
    if corpus is not None:
        from dataclasses import asdict

        from eval.ingest_speed import measure_ingest

        say(f"ingest of {corpus}")
        ingest = asdict(measure_ingest(corpus))
    return BenchResult(
        index=str(index_dir), corpus=str(corpus) if corpus else None, questions=len(questions), workers=workers,
        cores=len(os.sched_getaffinity(0)), floor=floor, floor_parts_ms=parts, answer=answer,
        http_single=single, http_levels=levels, ingest=ingest,
        bench_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        server_rss_mb=server_rss, server_pss_mb=server_pss, server_cpu_ms_per_answer=server_cpu_ms,
        threads=torch.get_num_threads(),
        load_average=(round(load_before, 2), round(os.getloadavg()[0], 2)),
    )


def _wait_ready(run: ServerRun, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    host_port = run.url.removeprefix("http://")
    while True:
        if run.process.poll() is not None:
            raise RuntimeError(f"the server exited with {run.process.returncode}: {_tail(run.log)}")
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
            raise RuntimeError(f"the server was not ready after {timeout:.0f}s: {_tail(run.log)}")
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


def _descendants(pid: int) -> list[int]:
    children: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                children.append(int(child))
    except OSError:
        return []
    return [c for child in children for c in (child, *_descendants(child))]


def _status_mb(pid: int, key: str) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
