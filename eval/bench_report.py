"""What one ``medcite-eval bench`` run measured, and the flat JSON object it prints."""
from __future__ import annotations

from dataclasses import dataclass, field

from eval.bench_measure import LatencyStats
from eval.load import LoadResult


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
